#include "study/StudyGroupDialog.h"

#include "common/EnumCombo.h"
#include "common/WindowSize.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace rongpei {

namespace {

enum Column
{
    NameColumn,
    EmployeeNumberColumn,
    BranchColumn,
    RoleColumn,
    ColumnCount
};

} // namespace

StudyGroupDialog::StudyGroupDialog(const QString &committeeName, const CommitteeStudyGroup &group,
                                   QHash<qint64, Person> people,
                                   std::function<QList<qint64>(QWidget *)> pickCadres, Saver saver,
                                   QWidget *parent)
    : RecordDialog(parent)
    , m_original(group)
    , m_people(std::move(people))
    , m_pickCadres(std::move(pickCadres))
    , m_saver(std::move(saver))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Study group of %1").arg(committeeName));
    m_table->setObjectName(QStringLiteral("studyGroupTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Employee no."), tr("Branch"), tr("Role")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(BranchColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(260);
    for (const StudyGroupMember &member : group.members)
        addRow(member);

    auto *add = new QPushButton(tr("&Add cadres…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    add->setObjectName(QStringLiteral("addMembers"));
    remove->setObjectName(QStringLiteral("removeMember"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_pickCadres)
            append(m_pickCadres(this));
    });
    connect(remove, &QPushButton::clicked, this, &StudyGroupDialog::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *hint =
        new QLabel(tr("A session the committee hosts (党委理论学习中心组学习) expects these members on "
                      "its roll call, the head first."),
                   this);
    hint->setWordWrap(true);
    auto *members = new QWidget(this);
    auto *layout = new QVBoxLayout(members);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    form()->addRow(tr("Members:"), members);
    resizeWithinScreen(this, QSize(720, 520));
}

void StudyGroupDialog::addRow(const StudyGroupMember &member)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const Person person = m_people.value(member.cadreId);
    auto *name = new QTableWidgetItem(person.name);
    name->setData(Qt::UserRole, member.cadreId);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, EmployeeNumberColumn, new QTableWidgetItem(person.employeeNumber));
    m_table->setItem(row, BranchColumn, new QTableWidgetItem(person.branch));
    QComboBox *role = enumCombo<StudyGroupRole>(m_table, QStringLiteral("role"));
    selectEnum(role, member.role);
    m_table->setCellWidget(row, RoleColumn, role);
}

CommitteeStudyGroup StudyGroupDialog::group() const
{
    CommitteeStudyGroup g{m_original.id, {}};
    for (int row = 0; row < m_table->rowCount(); ++row)
        g.members.append(
            {m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong(),
             selectedEnum<StudyGroupRole>(qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn)))});
    return g;
}

void StudyGroupDialog::append(const QList<qint64> &cadreIds)
{
    QSet<qint64> listed;
    for (const StudyGroupMember &member : group().members)
        listed.insert(member.cadreId);
    for (qint64 id : cadreIds) {
        if (listed.contains(id))
            continue;
        listed.insert(id);
        addRow({id, StudyGroupRole::Member});
    }
}

void StudyGroupDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

void StudyGroupDialog::moveSelected(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    CommitteeStudyGroup g = group();
    g.members.move(row, target);
    m_table->setRowCount(0);
    for (const StudyGroupMember &member : std::as_const(g.members))
        addRow(member);
    m_table->selectRow(target);
}

void StudyGroupDialog::save()
{
    m_saver(group());
}

} // namespace rongpei
