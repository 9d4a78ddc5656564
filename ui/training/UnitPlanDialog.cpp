#include "training/UnitPlanDialog.h"

#include "common/BranchCombo.h"
#include "common/EnumCombo.h"
#include "training/UnitPlanRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

namespace {

enum ItemColumn
{
    KindColumn,
    TitleColumn,
    QuarterColumn,
    ClassColumn,
    FulfilledByColumn,
    ItemColumnCount
};

} // namespace

UnitPlanDialog::UnitPlanDialog(const UnitPlan &plan, const QList<Organization> &units, ClassesOf classesOf,
                               Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(plan)
    , m_classesOf(std::move(classesOf))
    , m_saver(std::move(saver))
    , m_unit(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_items(new QTableWidget(0, ItemColumnCount, this))
    , m_notes(new QPlainTextEdit(plan.notes, this))
{
    setWindowTitle(plan.id > 0 ? tr("Edit yearly training plan %1").arg(plan.year)
                               : tr("New yearly training plan"));
    m_unit->setObjectName(QStringLiteral("unit"));
    fillPlanningUnitCombo(m_unit, units);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(plan.unitId)));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(plan.year);
    addCheckedRow(tr("&Unit:"), m_unit, UnitPlanField::unit);
    addCheckedRow(tr("&Year:"), m_year, UnitPlanField::year);

    auto *targets = new QWidget(this);
    auto *targetForm = new QFormLayout(targets);
    targetForm->setContentsMargins(0, 0, 0, 0);
    m_coverage = addTarget(targetForm, tr("&Coverage:"), QStringLiteral("coverage"), plan.coveragePercent,
                           100, tr(" %"));
    m_coverage.set->setToolTip(
        tr("The share of the cadres at work under the unit who complete a class in the year"));
    m_partyHours = addTarget(targetForm, tr("Hours per &party-affairs cadre:"), QStringLiteral("partyHours"),
                             plan.partyHoursPerCapita, 1000, tr(" hours"));
    m_operationsHours =
        addTarget(targetForm, tr("Hours per &operations cadre:"), QStringLiteral("operationsHours"),
                  plan.operationsHoursPerCapita, 1000, tr(" hours"));
    m_joint = addTarget(targetForm, tr("Share of &joint classes:"), QStringLiteral("joint"),
                        plan.jointPercent, 100, tr(" %"));
    m_joint.set->setToolTip(
        tr("Of the classes the unit and the units under it hold, those meant to be joint whose "
           "cohort mixes both tracks"));
    addCheckedRow(tr("Targets:"), targets, UnitPlanField::targets);

    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels(
        {tr("Kind"), tr("What is planned"), tr("Quarter"), tr("Fulfilled by class"), tr("Done, in words")});
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setTabKeyNavigation(false);
    m_items->setMinimumHeight(m_items->fontMetrics().lineSpacing() * 10);
    const int em = m_items->fontMetrics().horizontalAdvance(QChar(0x4E2D)); // one Han character
    m_items->setMinimumWidth(em * 56);
    m_items->setColumnWidth(KindColumn, em * 7);
    m_items->setColumnWidth(TitleColumn, em * 16);
    m_items->setColumnWidth(QuarterColumn, em * 4);
    m_items->setColumnWidth(ClassColumn, em * 14);
    auto *add = new QPushButton(tr("&Add item"), this);
    add->setObjectName(QStringLiteral("addItem"));
    auto *remove = new QPushButton(tr("&Remove item"), this);
    remove->setToolTip(tr("Remove the selected item (Ctrl+Delete)"));
    connect(add, &QPushButton::clicked, this, &UnitPlanDialog::addItem);
    connect(remove, &QPushButton::clicked, this, &UnitPlanDialog::removeSelectedItem);
    auto *removeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_items, nullptr, nullptr,
                                    Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QShortcut::activated, this, &UnitPlanDialog::removeSelectedItem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *itemsBox = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_items);
    itemsLayout->addLayout(buttons);
    addCheckedRow(tr("Planned &items:"), itemsBox, UnitPlanField::items);

    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3);
    addCheckedRow(tr("&Notes:"), m_notes, UnitPlanField::notes);

    m_classes = m_classesOf(plan.year, plan.unitId);
    for (const UnitPlanItem &item : plan.items)
        appendItem(item);
    connect(m_year, &QSpinBox::valueChanged, this, &UnitPlanDialog::refillClasses);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnitPlanDialog::refillClasses);
    m_unit->setFocus();
}

UnitPlanDialog::Target UnitPlanDialog::addTarget(QFormLayout *targets, const QString &label,
                                                 const QString &name, const std::optional<double> &value,
                                                 double maximum, const QString &suffix)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    Target target{new QCheckBox(tr("set"), row), new QDoubleSpinBox(row)};
    target.set->setObjectName(name + QStringLiteral("Set"));
    target.value->setObjectName(name);
    target.value->setRange(0, maximum);
    target.value->setDecimals(1);
    target.value->setSuffix(suffix);
    target.value->setValue(value.value_or(0));
    target.value->setEnabled(value.has_value());
    target.set->setChecked(value.has_value());
    connect(target.set, &QCheckBox::toggled, target.value, &QWidget::setEnabled);
    layout->addWidget(target.set);
    layout->addWidget(target.value);
    layout->addStretch();
    targets->addRow(label, row);
    return target;
}

void UnitPlanDialog::fillClassChoices(QComboBox *combo, qint64 selected) const
{
    combo->clear();
    combo->addItem(tr("(not linked)"), qint64(0));
    for (const PlannableClass &c : m_classes)
        combo->addItem(c.label, c.id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void UnitPlanDialog::appendItem(const UnitPlanItem &item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    QComboBox *kind = enumCombo<UnitPlanItemKind>(m_items, QStringLiteral("kind"));
    selectEnum(kind, item.kind);
    m_items->setCellWidget(row, KindColumn, kind);
    m_items->setItem(row, TitleColumn, new QTableWidgetItem(item.title));
    auto *quarter = new QSpinBox(m_items);
    quarter->setRange(0, 4);
    quarter->setSpecialValueText(tr("any"));
    quarter->setValue(item.quarter);
    m_items->setCellWidget(row, QuarterColumn, quarter);
    auto *linked = new QComboBox(m_items);
    fillClassChoices(linked, item.classId);
    m_items->setCellWidget(row, ClassColumn, linked);
    m_items->setItem(row, FulfilledByColumn, new QTableWidgetItem(item.fulfilledBy));
    m_items->item(row, TitleColumn)->setData(Qt::UserRole, item.uuid);
    m_items->item(row, TitleColumn)->setData(Qt::UserRole + 1, item.id);
}

void UnitPlanDialog::addItem()
{
    appendItem({});
    const int row = m_items->rowCount() - 1;
    m_items->setCurrentCell(row, TitleColumn);
    m_items->editItem(m_items->item(row, TitleColumn));
}

void UnitPlanDialog::removeSelectedItem()
{
    const int row = m_items->currentRow();
    if (row >= 0)
        m_items->removeRow(row);
}

void UnitPlanDialog::refillClasses()
{
    m_classes = m_classesOf(m_year->value(), m_unit->currentData().toLongLong());
    for (int row = 0; row < m_items->rowCount(); ++row) {
        auto *linked = static_cast<QComboBox *>(m_items->cellWidget(row, ClassColumn));
        fillClassChoices(linked, linked->currentData().toLongLong());
    }
}

UnitPlan UnitPlanDialog::plan() const
{
    UnitPlan plan = m_original;
    plan.unitId = m_unit->currentData().toLongLong();
    plan.year = m_year->value();
    const auto value = [](const Target &target) {
        return target.set->isChecked() ? std::optional(target.value->value()) : std::nullopt;
    };
    plan.coveragePercent = value(m_coverage);
    plan.partyHoursPerCapita = value(m_partyHours);
    plan.operationsHoursPerCapita = value(m_operationsHours);
    plan.jointPercent = value(m_joint);
    plan.items.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        UnitPlanItem item;
        item.uuid = m_items->item(row, TitleColumn)->data(Qt::UserRole).toString();
        item.id = m_items->item(row, TitleColumn)->data(Qt::UserRole + 1).toLongLong();
        item.kind =
            selectedEnum<UnitPlanItemKind>(static_cast<QComboBox *>(m_items->cellWidget(row, KindColumn)));
        item.title = m_items->item(row, TitleColumn)->text();
        item.quarter = static_cast<QSpinBox *>(m_items->cellWidget(row, QuarterColumn))->value();
        item.classId =
            static_cast<QComboBox *>(m_items->cellWidget(row, ClassColumn))->currentData().toLongLong();
        item.fulfilledBy = m_items->item(row, FulfilledByColumn)->text();
        plan.items.append(item);
    }
    plan.notes = m_notes->toPlainText();
    return plan;
}

void UnitPlanDialog::save()
{
    m_saver(plan());
}

} // namespace rongpei
