#pragma once

#include "common/RecordDialog.h"
#include "roster/Cadre.h"
#include "study/StudyGroup.h"

#include <QHash>

#include <functional>

class QTableWidget;

namespace rongpei {

/// The study group (中心组) of one party committee: its members in order, the head and the
/// deputy heads. A session the committee hosts expects them on its roll call.
class StudyGroupDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const CommitteeStudyGroup &group)>;

    struct Person
    {
        QString name;
        QString employeeNumber;
        QString branch;
    };

    /// `pickCadres` lets the user choose cadres to add (none if cancelled).
    StudyGroupDialog(const QString &committeeName, const CommitteeStudyGroup &group,
                     QHash<qint64, Person> people, std::function<QList<qint64>(QWidget *)> pickCadres,
                     Saver saver, QWidget *parent = nullptr);

    /// The group as the table now lists it.
    CommitteeStudyGroup group() const;
    QTableWidget *table() const { return m_table; }
    void append(const QList<qint64> &cadreIds);
    void removeSelected();
    /// Moves the selected member one place up (-1) or down (+1).
    void moveSelected(int step);

protected:
    void save() override;

private:
    void addRow(const StudyGroupMember &member);

    CommitteeStudyGroup m_original;
    QHash<qint64, Person> m_people;
    std::function<QList<qint64>(QWidget *)> m_pickCadres;
    Saver m_saver;
    QTableWidget *m_table;
};

} // namespace rongpei
