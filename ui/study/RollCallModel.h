#pragma once

#include "study/RollCall.h"
#include "study/StudySession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// Who a roll-call line is, for display.
struct RollCallPerson
{
    QString name;
    QString employeeNumber;
    QString unit; // department, else branch
};

/// The roll call of one session being edited: lines in order, with a present tick,
/// a status and the reason for an excused absence.
class RollCallModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        EmployeeNumberColumn,
        UnitColumn,
        PresentColumn,
        StatusColumn,
        ExcuseColumn,
        ColumnCount
    };

    RollCallModel(QHash<qint64, RollCallPerson> people, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Attendance> &lines() const { return m_lines; }
    void setLines(const QList<Attendance> &lines);
    RollCallCounts counts() const;
    bool contains(qint64 cadreId) const;

    /// Present ↔ absent for one line: the tick in the Present column.
    void togglePresent(int row);
    void setAllPresent();
    /// Attending lines become absent and absent ones present; excused lines keep their reason.
    void invert();
    /// The mark of lines added from now on (RollCall::initialMark).
    void setInitialMark(AttendanceStatus mark) { m_initialMark = mark; }
    /// Appends cadres not yet on the roll call, with the initial mark.
    void append(const QList<qint64> &cadreIds);
    void removeLines(QList<int> rows);

signals:
    void countsChanged();

private:
    void setStatus(int row, AttendanceStatus status);
    void changedAll();

    QHash<qint64, RollCallPerson> m_people;
    QList<Attendance> m_lines;
    AttendanceStatus m_initialMark = AttendanceStatus::Present;
};

} // namespace rongpei
