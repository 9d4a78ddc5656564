#include "training/CohortModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace rongpei {

namespace {

QString hours(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

CohortModel::CohortModel(QHash<qint64, CohortPerson> people, QObject *parent)
    : QAbstractTableModel(parent)
    , m_people(std::move(people))
{}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_enrollments.size());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDayColumn + static_cast<int>(m_days.size());
}

const ClassDay *CohortModel::dayAt(int column) const
{
    const int day = column - FirstDayColumn;
    return day >= 0 && day < m_days.size() ? &m_days.at(day) : nullptr;
}

const DayMark *CohortModel::markAt(int row, int column) const
{
    const ClassDay *day = dayAt(column);
    if (!day || row < 0 || row >= m_enrollments.size())
        return nullptr;
    const auto mark = m_enrollments.at(row).marks.constFind(day->date);
    return mark == m_enrollments.at(row).marks.cend() ? nullptr : &*mark;
}

QString CohortModel::markText(const DayMark &mark, const ClassDay &day) const
{
    switch (mark.status) {
    case AttendanceStatus::Excused:
    case AttendanceStatus::Absent:
        // A part of the day only: say how much of it was missed.
        return mark.missedHours < day.hours
                   ? tr("%1 %2 h").arg(enumLabel(mark.status), hours(mark.missedHours))
                   : enumLabel(mark.status);
    default:
        return enumLabel(mark.status);
    }
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Enrollment &participant = m_enrollments.at(index.row());
    const CohortPerson person = m_people.value(participant.cadreId);
    if (const ClassDay *day = dayAt(index.column())) {
        const DayMark *mark = markAt(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            return mark ? markText(*mark, *day) : QString();
        case Qt::ToolTipRole:
            return mark && !mark->excuse.isEmpty() ? QVariant(mark->excuse) : QVariant();
        case Qt::BackgroundRole:
            if (!mark)
                return {};
            if (mark->status == AttendanceStatus::Absent)
                return QBrush(StatusColors::bad());
            if (mark->status == AttendanceStatus::Excused || mark->status == AttendanceStatus::Late)
                return QBrush(StatusColors::warning());
            return {};
        case Qt::ForegroundRole:
            return mark && mark->status != AttendanceStatus::Present ? QVariant(QBrush(Qt::black))
                                                                     : QVariant();
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.employeeNumber.isEmpty() ? person.name
                                                   : tr("%1 (%2)").arg(person.name, person.employeeNumber);
        case TrackColumn:
            return enumLabel(person.track);
        case ScoreColumn:
            return participant.score ? hours(*participant.score) : QString();
        default:
            return {};
        }
    case Qt::EditRole:
        // As text, so the editor is a line: empty until assessed.
        return index.column() == ScoreColumn && participant.score ? hours(*participant.score) : QString();
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ScoreColumn ? tr("The assessment score, 0–100; leave empty until assessed")
                                             : QVariant();
    default:
        return {};
    }
}

bool CohortModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ScoreColumn || role != Qt::EditRole)
        return false;
    Enrollment &participant = m_enrollments[index.row()];
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        participant.score.reset();
    } else {
        // Any number is kept: the validator says on the field what is out of range.
        bool ok = false;
        double score = QLocale().toDouble(text, &ok);
        if (!ok)
            score = text.toDouble(&ok);
        if (!ok)
            return false;
        participant.score = score;
    }
    emit dataChanged(index, index);
    emit cohortChanged();
    return true;
}

Qt::ItemFlags CohortModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ScoreColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (const ClassDay *day = dayAt(section))
            return tr("%1, %2 hours").arg(displayDate(day->date), hours(day->hours));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (const ClassDay *day = dayAt(section))
        return QLocale().toString(day->date, tr("M/d", "a class day's column"));
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case TrackColumn:
        return tr("Track");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

void CohortModel::setDays(const QList<ClassDay> &days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
    emit cohortChanged();
}

void CohortModel::setEnrollments(QList<Enrollment> enrollments)
{
    beginResetModel();
    m_enrollments = std::move(enrollments);
    endResetModel();
    emit cohortChanged();
}

int CohortModel::addCadres(const QList<qint64> &cadreIds, QDate today)
{
    QList<Enrollment> added;
    for (const qint64 id : cadreIds) {
        const bool there =
            std::any_of(m_enrollments.cbegin(), m_enrollments.cend(),
                        [id](const Enrollment &e) { return e.cadreId == id; }) ||
            std::any_of(added.cbegin(), added.cend(), [id](const Enrollment &e) { return e.cadreId == id; });
        if (there)
            continue;
        Enrollment participant;
        participant.cadreId = id;
        for (const ClassDay &day : std::as_const(m_days))
            if (day.date <= today)
                participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
        added.append(participant);
    }
    if (added.isEmpty())
        return 0;
    const int first = static_cast<int>(m_enrollments.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_enrollments.append(added);
    endInsertRows();
    emit cohortChanged();
    return static_cast<int>(added.size());
}

void CohortModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_enrollments.size())
            continue;
        beginRemoveRows({}, row, row);
        m_enrollments.removeAt(row);
        endRemoveRows();
    }
    emit cohortChanged();
}

void CohortModel::setMark(int row, int column, const DayMark &mark)
{
    const ClassDay *day = dayAt(column);
    if (!day || row < 0 || row >= m_enrollments.size())
        return;
    Enrollment &participant = m_enrollments[row];
    if (mark.status == AttendanceStatus::Unmarked) {
        participant.marks.remove(day->date);
    } else {
        DayMark stored = mark;
        // Present and late miss nothing; a whole day's leave or absence unless hours are given.
        if (stored.status == AttendanceStatus::Present || stored.status == AttendanceStatus::Late)
            stored.missedHours = 0;
        else if (stored.missedHours <= 0 || stored.missedHours > day->hours)
            stored.missedHours = day->hours;
        if (stored.status != AttendanceStatus::Excused)
            stored.excuse.clear();
        participant.marks.insert(day->date, stored);
    }
    emit dataChanged(index(row, column), index(row, column));
    emit cohortChanged();
}

void CohortModel::markUnmarkedPresent(QDate today)
{
    for (int row = 0; row < m_enrollments.size(); ++row)
        for (const ClassDay &day : std::as_const(m_days))
            if (day.date <= today && !m_enrollments.at(row).marks.contains(day.date))
                m_enrollments[row].marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
    if (!m_enrollments.isEmpty())
        emit dataChanged(index(0, FirstDayColumn), index(rowCount() - 1, columnCount() - 1));
    emit cohortChanged();
}

} // namespace rongpei
