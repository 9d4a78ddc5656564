#include "roster/CadreTableModel.h"

#include "common/Localization.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/IdNumber.h"

#include <QLocale>

namespace rongpei {

CadreTableModel::CadreTableModel(CadreRepository &cadres, OrganizationRepository &organizations,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_cadres(cadres)
    , m_organizations(organizations)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    connect(&m_cadres, &CadreRepository::recordAdded, this, &CadreTableModel::onCadreAdded);
    connect(&m_cadres, &CadreRepository::recordChanged, this, &CadreTableModel::onCadreChanged);
    connect(&m_cadres, &CadreRepository::recordRemoved, this, &CadreTableModel::onCadreRemoved);
    RecordRepository::onAnyChange(m_cadres, this, [this] { ++m_changeCount; });
    RecordRepository::onAnyChange(m_organizations, this, [this] {
        ++m_changeCount;
        reloadOrganizationNames();
        // A moved department takes its cadres to another branch, so reread them too.
        if (m_loaded)
            reload();
    });
    reloadOrganizationNames();
}

int CadreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CadreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CadreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Cadre &cadre = cadreAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cadre, index.column());
    case IdRole:
        return cadre.id;
    case Qt::ToolTipRole:
        return cadre.notes.isEmpty() ? QVariant() : QVariant(cadre.notes);
    default:
        return {};
    }
}

QVariant CadreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmployeeNumberColumn:
        return tr("Employee no.");
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Date of birth");
    case BranchColumn:
        return tr("Party branch");
    case DepartmentColumn:
        return tr("Department");
    case PostColumn:
        return tr("Post");
    case LevelColumn:
        return tr("Level");
    case TrackColumn:
        return tr("Track");
    case PartyStatusColumn:
        return tr("Party status");
    case EmploymentStatusColumn:
        return tr("Employment");
    case PhoneColumn:
        return tr("Phone");
    case IdNumberColumn:
        return tr("ID number");
    default:
        return {};
    }
}

QString CadreTableModel::displayText(const Cadre &cadre, int column) const
{
    switch (column) {
    case EmployeeNumberColumn:
        return cadre.employeeNumber;
    case NameColumn:
        return cadre.name;
    case GenderColumn:
        return enumLabel(cadre.gender);
    case BirthDateColumn:
        return displayDate(cadre.birthDate);
    case BranchColumn:
        return m_organizationNames.value(cadre.branchId);
    case DepartmentColumn:
        return m_organizationNames.value(cadre.departmentId);
    case PostColumn:
        // The job post, and the branch committee role beside it: the two are kept apart.
        return cadre.partyRole == PartyRole::None ? cadre.post
                                                  : tr("%1 (%2)").arg(cadre.post, enumLabel(cadre.partyRole));
    case LevelColumn:
        return enumLabel(cadre.level);
    case TrackColumn:
        return enumLabel(cadre.track);
    case PartyStatusColumn:
        // An activist's 政治面貌 is still 群众 or 共青团员; the stage follows it.
        return cadre.recruitmentStage == RecruitmentStage::None
                   ? enumLabel(cadre.partyStatus)
                   : tr("%1 (%2)").arg(enumLabel(cadre.partyStatus), enumLabel(cadre.recruitmentStage));
    case EmploymentStatusColumn:
        return enumLabel(cadre.employmentStatus);
    case PhoneColumn:
        return cadre.phone;
    case IdNumberColumn:
        // Until accounts say who may see it whole (the accounts issue), the table never does.
        return cadre.idNumber.isEmpty() ? QString() : IdNumber::masked(cadre.idNumber);
    default:
        return {};
    }
}

bool CadreTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    if (column == BirthDateColumn)
        return cadreAt(leftRow).birthDate < cadreAt(rightRow).birthDate;
    const auto &keys = sortKeys(column);
    return keys[static_cast<size_t>(leftRow)].compare(keys[static_cast<size_t>(rightRow)]) < 0;
}

const std::vector<QCollatorSortKey> &CadreTableModel::sortKeys(int column) const
{
    auto it = m_sortKeys.find(column);
    if (it == m_sortKeys.end()) {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (const Row &row : m_rows)
            keys.push_back(m_collator.sortKey(displayText(row.cadre, column)));
        it = m_sortKeys.insert(column, std::move(keys));
    }
    return *it;
}

void CadreTableModel::reload()
{
    // Read first: if reading fails, the model keeps its rows and stays consistent.
    setRows(rowsFor(m_cadres.all()));
}

std::vector<CadreTableModel::Row> CadreTableModel::rowsFor(const QList<Cadre> &cadres)
{
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(cadres.size()));
    for (const Cadre &cadre : cadres)
        rows.push_back(makeRow(cadre));
    return rows;
}

void CadreTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_loaded = true;
    m_rows = std::move(rows);
    reindex();
    endResetModel();
}

CadreTableModel::Row CadreTableModel::makeRow(const Cadre &cadre)
{
    return {cadre, (cadre.name + u'\n' + cadre.employeeNumber + u'\n' + cadre.post).toCaseFolded()};
}

void CadreTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].cadre.id, static_cast<int>(i));
    m_sortKeys.clear();
}

void CadreTableModel::reloadOrganizationNames()
{
    const QList<Organization> organizations = m_organizations.all();
    m_organizationNames.clear();
    for (const Organization &organization : organizations)
        m_organizationNames.insert(organization.id, organization.name);
    m_sortKeys.clear();
}

void CadreTableModel::onCadreAdded(qint64 id)
{
    const std::optional<Cadre> cadre = m_cadres.find(id);
    if (!cadre || rowOf(id) >= 0)
        return;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(makeRow(*cadre));
    m_rowById.insert(id, row);
    m_sortKeys.clear();
    endInsertRows();
}

void CadreTableModel::onCadreChanged(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Cadre> cadre = m_cadres.find(id);
    if (row < 0 || !cadre)
        return;
    m_rows[static_cast<size_t>(row)] = makeRow(*cadre);
    m_sortKeys.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CadreTableModel::onCadreRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    reindex();
    endRemoveRows();
}

} // namespace rongpei
