#pragma once

#include "roster/Cadre.h"
#include "training/TrainingClass.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// Who a participant is, for display.
struct CohortPerson
{
    QString name;
    QString employeeNumber;
    Track track = Track::Operations;
};

/// The cohort of a class being edited: one row per participant, with their score and one column
/// per class day holding the day's mark. The score is edited in place; marks are set on a
/// selection of cells (setMark).
class CohortModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TrackColumn,
        ScoreColumn,
        FirstDayColumn // then one column per day
    };

    explicit CohortModel(QHash<qint64, CohortPerson> people, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDays(const QList<ClassDay> &days);
    const QList<ClassDay> &days() const { return m_days; }
    void setEnrollments(QList<Enrollment> enrollments);
    const QList<Enrollment> &enrollments() const { return m_enrollments; }
    /// Adds the cadres not in the cohort yet, present on the days already past; returns how many.
    int addCadres(const QList<qint64> &cadreIds, QDate today);
    void removeRows(QList<int> rows);
    /// Sets the mark of the participant on `row` for the day of `column`; an Unmarked mark clears it.
    void setMark(int row, int column, const DayMark &mark);
    /// Marks present every participant not yet marked on a day up to `today`.
    void markUnmarkedPresent(QDate today);
    /// The day of `column`, or nullptr for the name, track and score columns.
    const ClassDay *dayAt(int column) const;
    const DayMark *markAt(int row, int column) const;
    bool isKnown(qint64 cadreId) const { return m_people.contains(cadreId); }
    void addPeople(const QHash<qint64, CohortPerson> &people) { m_people.insert(people); }
    Track trackOf(qint64 cadreId) const { return m_people.value(cadreId).track; }

signals:
    void cohortChanged();

private:
    QString markText(const DayMark &mark, const ClassDay &day) const;

    QHash<qint64, CohortPerson> m_people;
    QList<ClassDay> m_days;
    QList<Enrollment> m_enrollments;
};

} // namespace rongpei
