#include "rotation/RotationTableModel.h"

#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QLocale>

namespace rongpei {

void RotationTableModel::setRotations(QList<Rotation> rotations, Names names, QDate today)
{
    beginResetModel();
    m_rotations = std::move(rotations);
    m_names = std::move(names);
    m_today = today;
    endResetModel();
}

const Rotation *RotationTableModel::rotationWithId(qint64 id) const
{
    for (const Rotation &rotation : m_rotations)
        if (rotation.id == id)
            return &rotation;
    return nullptr;
}

int RotationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rotations.size());
}

int RotationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RotationTableModel::place(qint64 unitId, const QString &post) const
{
    const QString unit = m_names.units.value(unitId);
    if (unit.isEmpty())
        return post;
    return post.isEmpty() ? unit : tr("%1, %2").arg(unit, post);
}

QString RotationTableModel::evaluationText(const Rotation &rotation, QDate today)
{
    if (rotation.finalEvaluation)
        return tr("Final: %1").arg(enumLabel(rotation.finalEvaluation->grade));
    if (rotation.evaluationOverdue(EvaluationStage::Final, today))
        return tr("Final evaluation overdue");
    if (rotation.evaluationOverdue(EvaluationStage::MidTerm, today))
        return tr("Mid-term evaluation overdue");
    if (rotation.midTermEvaluation)
        return tr("Mid-term: %1").arg(enumLabel(rotation.midTermEvaluation->grade));
    return {};
}

QString RotationTableModel::text(const Rotation &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case CadreColumn:
        return m_names.cadres.value(r.cadreId).name;
    case BranchColumn:
        return m_names.units.value(m_names.cadres.value(r.cadreId).branchId);
    case KindColumn:
        return enumLabel(r.kind);
    case DirectionColumn:
        return enumLabel(r.direction());
    case FromColumn:
        return place(r.fromUnitId, r.fromPost);
    case ToColumn:
        return place(r.toUnitId, r.toPost);
    case FirstDayColumn:
        return locale.toString(r.firstDay(), QLocale::ShortFormat);
    case LastDayColumn:
        return locale.toString(r.lastDay(), QLocale::ShortFormat);
    case StatusColumn:
        return enumLabel(r.status(m_today));
    case EvaluationColumn:
        return evaluationText(r, m_today);
    case MentorColumn:
        return r.mentorId > 0 ? m_names.cadres.value(r.mentorId).name : QString();
    default:
        return {};
    }
}

QVariant RotationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Rotation &r = m_rotations.at(index.row());
    const bool overdue = r.evaluationOverdue(EvaluationStage::MidTerm, m_today) ||
                         r.evaluationOverdue(EvaluationStage::Final, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return r.trackStated ? tr("The host post's track was stated by the clerk.")
                                 : tr("Told from the words of the host post.");
        if (index.column() == LastDayColumn && r.extendedTo.isValid())
            return tr("Extended from %1 (%2)")
                .arg(QLocale().toString(r.plannedEnd, QLocale::ShortFormat), r.extensionReference);
        return index.column() == ToColumn ? r.goals : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == EvaluationColumn && overdue)
            return StatusColors::bad();
        if (index.column() == DirectionColumn && r.crossesTracks())
            return StatusColors::good();
        return {};
    case Qt::ForegroundRole:
        return r.cancelled ? QVariant(QColor(Qt::gray)) : QVariant();
    case TableRole::Id:
        return r.id;
    case TableRole::Filter:
        switch (index.column()) {
        case BranchColumn:
            return m_names.cadres.value(r.cadreId).branchId;
        case KindColumn:
            return static_cast<int>(r.kind);
        case StatusColumn:
            return static_cast<int>(r.status(m_today));
        case EvaluationColumn:
            return overdue ? 1 : 0;
        default:
            return {};
        }
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(r, column); });
    case TableRole::Sort:
        switch (index.column()) {
        case FirstDayColumn:
            return r.firstDay();
        case LastDayColumn:
            return r.lastDay();
        case StatusColumn:
            return static_cast<int>(r.status(m_today));
        default:
            return text(r, index.column());
        }
    default:
        return {};
    }
}

QVariant RotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CadreColumn:
        return tr("Cadre");
    case BranchColumn:
        return tr("Party branch");
    case KindColumn:
        return tr("Kind");
    case DirectionColumn:
        return tr("Direction");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case FirstDayColumn:
        return tr("First day");
    case LastDayColumn:
        return tr("Last day");
    case StatusColumn:
        return tr("Status");
    case EvaluationColumn:
        return tr("Evaluation");
    case MentorColumn:
        return tr("Mentor");
    default:
        return {};
    }
}

} // namespace rongpei
