#include "training/ClassTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QLocale>

namespace rongpei {

void ClassTableModel::setClasses(QList<ClassFigures> classes, QHash<qint64, QString> organiserNames)
{
    beginResetModel();
    m_classes = std::move(classes);
    m_organiserNames = std::move(organiserNames);
    endResetModel();
}

const ClassFigures *ClassTableModel::figuresOf(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_classes.at(row) : nullptr;
}

int ClassTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_classes.size(); ++row)
        if (m_classes.at(row).trainingClass.id == id)
            return row;
    return -1;
}

int ClassTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_classes.size());
}

int ClassTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClassTableModel::text(const ClassFigures &f, int column) const
{
    const TrainingClass &c = f.trainingClass;
    switch (column) {
    case NameColumn:
        return c.name;
    case OrganiserColumn:
        return m_organiserNames.value(c.branchId);
    case StartsColumn:
        return displayDate(c.startsOn);
    case EndsColumn:
        return displayDate(c.endsOn);
    case HoursColumn:
        return QLocale().toString(f.hours, 'g', 6);
    case OffTheJobColumn:
        return c.offTheJob ? tr("Off the job") : tr("On the job");
    case ParticipantsColumn:
        return c.capacity > 0 ? tr("%1 of %2").arg(c.enrollments.size()).arg(c.capacity)
                              : QString::number(c.enrollments.size());
    case MixColumn: {
        const QString mix = tr("%1 party-affairs · %2 operations").arg(f.mix.party).arg(f.mix.operations);
        if (!c.joint)
            return mix;
        return f.oneSided ? tr("⚠ %1").arg(mix) : tr("Joint: %1").arg(mix);
    }
    case CompletionColumn:
        return f.completionPercent() ? tr("%1 % (%2 of %3)")
                                           .arg(QLocale().toString(*f.completionPercent(), 'f', 0))
                                           .arg(f.completed)
                                           .arg(f.decided)
                                     : QString();
    case MeanScoreColumn:
        return f.scored > 0 ? QLocale().toString(f.meanScore, 'f', 1) : QString();
    case FeedbackColumn:
        return f.meanFeedback ? QLocale().toString(*f.meanFeedback, 'f', 1) : QString();
    case LocationColumn:
        return c.location;
    default:
        return {};
    }
}

QVariant ClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ClassFigures &f = m_classes.at(index.row());
    const TrainingClass &c = f.trainingClass;
    switch (role) {
    case Qt::DisplayRole:
        return text(f, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case HoursColumn:
        case ParticipantsColumn:
        case CompletionColumn:
        case MeanScoreColumn:
        case FeedbackColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == MixColumn && f.oneSided ? QVariant(QBrush(StatusColors::warning()))
                                                         : QVariant();
    case Qt::ForegroundRole:
        return index.column() == MixColumn && f.oneSided ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MixColumn && f.mix.total() > 0)
            return tr("Party-affairs %1 % · operations %2 %")
                .arg(QLocale().toString(f.mix.percent(Track::Party), 'f', 0),
                     QLocale().toString(f.mix.percent(Track::Operations), 'f', 0));
        if (index.column() == FeedbackColumn)
            return tr("%n feedback form(s) of %1 participant(s); ratings 1–5", nullptr, f.feedbackForms)
                .arg(f.mix.total());
        return c.notes.isEmpty() ? QVariant() : QVariant(c.notes);
    case TableRole::Id:
        return c.id;
    case TableRole::Filter:
        switch (index.column()) {
        case MixColumn:
            return static_cast<qint64>(!c.joint ? NotJoint : f.oneSided ? JointOneSided : JointMixed);
        case OrganiserColumn:
            return c.branchId;
        default:
            return {};
        }
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(f, column); });
    case TableRole::Sort:
        switch (index.column()) {
        case StartsColumn:
            return c.startsOn;
        case EndsColumn:
            return c.endsOn;
        case HoursColumn:
            return f.hours;
        case ParticipantsColumn:
            return static_cast<qint64>(c.enrollments.size());
        case MixColumn:
            return f.mix.percent(Track::Party);
        case CompletionColumn:
            return f.completionPercent().value_or(-1);
        case MeanScoreColumn:
            return f.scored > 0 ? f.meanScore : -1;
        case FeedbackColumn:
            return f.meanFeedback.value_or(-1);
        default:
            return text(f, index.column());
        }
    default:
        return {};
    }
}

QVariant ClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Class");
    case OrganiserColumn:
        return tr("Organiser");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case HoursColumn:
        return tr("Hours");
    case OffTheJobColumn:
        return tr("Form");
    case ParticipantsColumn:
        return tr("Participants");
    case MixColumn:
        return tr("Track mix");
    case CompletionColumn:
        return tr("Completed");
    case MeanScoreColumn:
        return tr("Mean score");
    case FeedbackColumn:
        return tr("Feedback");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace rongpei
