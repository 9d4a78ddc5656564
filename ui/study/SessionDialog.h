#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "roster/Cadre.h"
#include "study/StudyGroup.h"
#include "study/StudyRules.h"
#include "study/StudySession.h"

#include <QHash>

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimeEdit;

namespace rongpei {

class RollCallModel;

/// What the session dialog needs besides the session: the lists it chooses from and a way
/// to pick further cadres (the guests of a joint session).
struct SessionDialogData
{
    QList<StudyKind> kinds;
    QList<HourConversion> conversions;
    QList<Organization> units;
    QList<Cadre> cadres;
    QHash<qint64, StudyGroup> studyGroups; // by committee: whom a session it hosts expects
    QDate today;
    /// Lets the clerk choose cadres; returns their ids (none if cancelled).
    std::function<QList<qint64>(QWidget *parent)> pickCadres;
    /// The marks left out of the attendance rate (StudyRuleRepository::rateLeftOutStatuses()).
    QSet<AttendanceStatus> rateLeftOut{AttendanceStatus::Excused};
};

/// Records a study session and takes its roll call. The roll call of a new session
/// starts as the host branch's employed cadres (party members only, for a kind that
/// is for members), or a host committee's study group, all present; the clerk ticks off who
/// was not there.
class SessionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the session; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const StudySession &session)>;

    SessionDialog(SessionDialogData dialogData, const StudySession &session, Saver saver,
                  QWidget *parent = nullptr);

    StudySession session() const;
    RollCallModel *rollCall() const { return m_rollCall; }
    QTableView *rollCallView() const { return m_rollCallView; }
    QString countsText() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

public slots:
    void fillFromBranch();
    void addCadres();
    void removeSelectedLines();

protected:
    void save() override;

private:
    void updateHours();
    void updateCounts();
    void onKindOrBranchChanged();
    void onHostChanged();

    StudyKind currentKind() const;
    bool isCommittee(qint64 unitId) const;

    SessionDialogData m_data;
    StudySession m_original;
    Saver m_saver;
    bool m_hoursEdited = false;
    bool m_rollCallEdited = false;
    bool m_kindChosen = false;    // by the clerk, who keeps it whatever the host
    bool m_plannedByDate = false; // the date, not the clerk, made it planned

    QComboBox *m_kind;
    QComboBox *m_state;
    QLineEdit *m_topic;
    QPlainTextEdit *m_content;
    QLineEdit *m_speaker;
    QComboBox *m_branch;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QDoubleSpinBox *m_hours;
    QLabel *m_hoursRule;
    QLineEdit *m_location;
    QLineEdit *m_notes;
    RollCallModel *m_rollCall;
    QTableView *m_rollCallView;
    QLabel *m_counts;
};

} // namespace rongpei
