#pragma once

#include "common/RecordDialog.h"
#include "training/Course.h"
#include "training/PlanSuggestion.h"

#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rongpei {

/// A cadre chosen for a plan: their id and how the dialog names them.
struct PlanCadre
{
    qint64 id = 0;
    QString label; // "张伟 (E0001, 第一党支部)"
};

/// What the plan dialog offers and how it asks the rest of RongPei.
struct PlanDialogData
{
    PlanCadre cadre;                                                    // none yet for a new plan
    std::function<std::optional<PlanCadre>(QWidget *parent)> pickCadre; // empty: the cadre is fixed
    QList<CourseCategory> categories;
    QList<Course> courses; // those offered: the active catalogue and any the plan already holds
    /// The suggested plan of a cadre for a year.
    std::function<SuggestedPlan(qint64 cadreId, int year)> suggest;
};

/// Edits a cadre's development plan (培养规划) for a year: targets by side and category, required
/// courses with their reasons, a planned rotation or project, goals. Suggest fills it as
/// PlanSuggestion proposes, showing why; the officer edits it before saving.
class PlanDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const DevelopmentPlan &plan)>;

    PlanDialog(const DevelopmentPlan &plan, PlanDialogData dialogData, Saver saver,
               QWidget *parent = nullptr);

    DevelopmentPlan plan() const;
    /// Fills the form as `suggested` proposes and shows its reasons.
    void showSuggestion(const SuggestedPlan &suggested);
    QLabel *reasons() const { return m_reasons; }

public slots:
    void suggest();
    void chooseCadre();
    void addCourse();
    void removeSelectedCourse();

protected:
    void save() override;

private:
    void fill(const DevelopmentPlan &plan);
    void appendCourse(const PlanCourse &course);
    QString courseTitle(qint64 courseId) const;

    DevelopmentPlan m_original;
    PlanDialogData m_data;
    Saver m_saver;
    QLabel *m_cadreLabel;
    QSpinBox *m_year;
    QDoubleSpinBox *m_theoryHours;
    QDoubleSpinBox *m_managementHours;
    QTableWidget *m_categoryHours;
    QTableWidget *m_courses;
    QComboBox *m_courseChoice;
    QLineEdit *m_rotation;
    QPlainTextEdit *m_goals;
    QLabel *m_reasons;
};

} // namespace rongpei
