#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "study/StudyRules.h"
#include "training/CohortModel.h"
#include "training/Course.h"
#include "training/TrainingClass.h"
#include "training/TrainingRules.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace rongpei {

/// What the class dialog chooses from besides the class.
struct ClassDialogData
{
    QList<StudyKind> kinds;
    QList<Organization> units;          // committees and branches can organise a class
    QList<Course> courses;              // the catalogue, retired courses too
    QHash<qint64, CohortPerson> people; // the cadres who may appear in the cohort
    TrainingRules rules;
    QDate today;
    /// Lets the officer choose cadres; returns their ids (none if cancelled).
    std::function<QList<qint64>(QWidget *parent)> pickCadres;
    /// Who the chosen cadres are, for those not in `people` yet.
    std::function<QHash<qint64, CohortPerson>(const QList<qint64> &ids)> describe;
};

/// Opens or edits a training class: its courses, dates, days, cohort, each participant's
/// marks per day and score. The track mix shows as the cohort changes, with the warning for a
/// joint class that is one-sided.
class ClassDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the class; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const TrainingClass &trainingClass)>;

    ClassDialog(ClassDialogData dialogData, const TrainingClass &trainingClass, Saver saver,
                QWidget *parent = nullptr);

    TrainingClass trainingClass() const;
    CohortModel *cohort() const { return m_cohort; }
    QTableView *cohortView() const { return m_cohortView; }
    QTableWidget *daysTable() const { return m_days; }
    QLabel *mixLabel() const { return m_mix; }
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

public slots:
    void addParticipants();
    void removeSelectedParticipants();
    /// Marks the selected cells: each participant's row and each day's column.
    void markSelected(AttendanceStatus status);
    void markSelectedWithDialog();
    /// One day for each weekday from the start to the end date, of the hours given.
    void fillDays();
    void addDay();
    void removeSelectedDays();

protected:
    void save() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createCourseList(const TrainingClass &trainingClass);
    QWidget *createDayEditor();
    QWidget *createCohortEditor();
    QList<ClassDay> daysFromTable() const;
    void daysEdited();
    void updateMix();
    void updatePassMark();
    QList<std::pair<int, int>> selectedMarkCells() const;

    ClassDialogData m_data;
    TrainingClass m_original;
    Saver m_saver;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_organiser;
    QDateEdit *m_startsOn;
    QDateEdit *m_endsOn;
    QLineEdit *m_location;
    QSpinBox *m_capacity;
    QCheckBox *m_offTheJob;
    QCheckBox *m_joint;
    QCheckBox *m_assessed;
    QDoubleSpinBox *m_passMark;
    QLineEdit *m_notes;
    QListWidget *m_courses;
    QTableWidget *m_days;
    QDoubleSpinBox *m_dayHours;
    CohortModel *m_cohort;
    QTableView *m_cohortView;
    QLabel *m_mix;
};

} // namespace rongpei
