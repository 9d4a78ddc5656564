#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "training/UnitPlan.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace rongpei {

/// A class a planned item may be linked to.
struct PlannableClass
{
    qint64 id = 0;
    QString label; // its name and dates
    qint64 organiserId = 0;
};

/// Edits an organisation's yearly training plan (年度融合培养计划): its unit and year, the targets
/// it sets (each may be left unset), and the planned classes, rotations and projects with what
/// fulfils each.
class UnitPlanDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const UnitPlan &plan)>;
    /// The classes of a year organised under a unit, for linking planned classes.
    using ClassesOf = std::function<QList<PlannableClass>(int year, qint64 unitId)>;

    UnitPlanDialog(const UnitPlan &plan, const QList<Organization> &units, ClassesOf classesOf, Saver saver,
                   QWidget *parent = nullptr);

    UnitPlan plan() const;
    QTableWidget *items() const { return m_items; }

public slots:
    void addItem();
    void removeSelectedItem();

protected:
    void save() override;

private:
    struct Target
    {
        QCheckBox *set;
        QDoubleSpinBox *value;
    };
    Target addTarget(QFormLayout *targets, const QString &label, const QString &name,
                     const std::optional<double> &value, double maximum, const QString &suffix);
    void appendItem(const UnitPlanItem &item);
    void fillClassChoices(QComboBox *combo, qint64 selected) const;
    /// The year or the unit changed: the classes offered are theirs.
    void refillClasses();

    UnitPlan m_original;
    ClassesOf m_classesOf;
    QList<PlannableClass> m_classes;
    Saver m_saver;
    QComboBox *m_unit;
    QSpinBox *m_year;
    Target m_coverage;
    Target m_partyHours;
    Target m_operationsHours;
    Target m_joint;
    QTableWidget *m_items;
    QPlainTextEdit *m_notes;
};

} // namespace rongpei
