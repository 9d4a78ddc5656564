#include "training/PlanDialog.h"

#include "training/DevelopmentPlanRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

namespace {

enum CategoryColumn
{
    CategoryNameColumn,
    CategoryHoursColumn
};

enum CourseColumn
{
    CourseTitleColumn,
    CourseReasonColumn
};

QDoubleSpinBox *hoursBox(QWidget *parent, const QString &name, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, DevelopmentPlanRepository::maxHours);
    box->setDecimals(1);
    box->setSingleStep(4);
    box->setSuffix(PlanDialog::tr(" hours"));
    box->setValue(value);
    return box;
}

QTableWidget *listTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setFixedHeight(table->fontMetrics().lineSpacing() * 9);
    return table;
}

} // namespace

PlanDialog::PlanDialog(const DevelopmentPlan &plan, PlanDialogData dialogData, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(plan)
    , m_data(std::move(dialogData))
    , m_saver(std::move(saver))
    , m_cadreLabel(new QLabel(m_data.cadre.label, this))
    , m_year(new QSpinBox(this))
    , m_theoryHours(hoursBox(this, QStringLiteral("theoryHours"), plan.theoryHours))
    , m_managementHours(hoursBox(this, QStringLiteral("managementHours"), plan.managementHours))
    , m_categoryHours(listTable(this, QStringLiteral("categoryHours"), {tr("Category"), tr("Target hours")}))
    , m_courses(listTable(this, QStringLiteral("courses"), {tr("Course"), tr("Why")}))
    , m_courseChoice(new QComboBox(this))
    , m_rotation(new QLineEdit(plan.plannedRotation, this))
    , m_goals(new QPlainTextEdit(plan.goals, this))
    , m_reasons(new QLabel(this))
{
    setWindowTitle(plan.id > 0 ? tr("Development plan %1: %2").arg(plan.year).arg(m_data.cadre.label)
                               : tr("New development plan"));
    m_cadreLabel->setObjectName(QStringLiteral("cadre"));
    auto *cadreRow = new QWidget(this);
    auto *cadreLayout = new QHBoxLayout(cadreRow);
    cadreLayout->setContentsMargins(0, 0, 0, 0);
    cadreLayout->addWidget(m_cadreLabel, 1);
    if (m_data.pickCadre) {
        auto *choose = new QPushButton(tr("C&hoose…"), cadreRow);
        choose->setObjectName(QStringLiteral("chooseCadre"));
        connect(choose, &QPushButton::clicked, this, &PlanDialog::chooseCadre);
        cadreLayout->addWidget(choose);
    }
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(plan.year);

    for (int row = 0; row < m_data.categories.size(); ++row) {
        const CourseCategory &category = m_data.categories.at(row);
        m_categoryHours->insertRow(row);
        auto *name = new QTableWidgetItem(category.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::UserRole, category.id);
        m_categoryHours->setItem(row, CategoryNameColumn, name);
        auto *hours = new QTableWidgetItem;
        hours->setData(Qt::EditRole, 0.0);
        m_categoryHours->setItem(row, CategoryHoursColumn, hours);
    }
    m_categoryHours->setToolTip(tr("The management hours planned in each category; their sum may not "
                                   "exceed the management target. Type a number in a row to set it."));

    m_courseChoice->setObjectName(QStringLiteral("courseChoice"));
    for (const Course &course : std::as_const(m_data.courses))
        if (course.active)
            m_courseChoice->addItem(tr("%1 (%2 hours)").arg(course.title).arg(course.hours), course.id);
    auto *add = new QPushButton(tr("&Add course"), this);
    add->setObjectName(QStringLiteral("addCourse"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeCourse"));
    remove->setToolTip(tr("Remove the selected course from the plan (Delete)"));
    connect(add, &QPushButton::clicked, this, &PlanDialog::addCourse);
    connect(remove, &QPushButton::clicked, this, &PlanDialog::removeSelectedCourse);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_courses, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PlanDialog::removeSelectedCourse);
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_courseChoice, 1);
    courseRow->addWidget(add);
    courseRow->addWidget(remove);
    auto *courseBox = new QWidget(this);
    auto *courseLayout = new QVBoxLayout(courseBox);
    courseLayout->setContentsMargins(0, 0, 0, 0);
    courseLayout->addWidget(m_courses);
    courseLayout->addLayout(courseRow);

    m_rotation->setObjectName(QStringLiteral("plannedRotation"));
    m_rotation->setMaxLength(DevelopmentPlanRepository::maxTextLength);
    m_rotation->setPlaceholderText(tr("e.g. three months in the finance department"));
    m_goals->setObjectName(QStringLiteral("goals"));
    m_goals->setTabChangesFocus(true);
    m_goals->setFixedHeight(m_goals->fontMetrics().lineSpacing() * 4);

    auto *suggestButton = new QPushButton(tr("&Suggest"), this);
    suggestButton->setObjectName(QStringLiteral("suggest"));
    suggestButton->setToolTip(tr("Propose targets and courses from the cadre's track, level, post and "
                                 "last year's record (Ctrl+G); what is in the form is replaced"));
    suggestButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(suggestButton, &QPushButton::clicked, this, &PlanDialog::suggest);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->hide();

    addCheckedRow(tr("&Cadre:"), cadreRow, PlanField::cadre);
    addCheckedRow(tr("&Year:"), m_year, PlanField::year);
    form()->addRow(QString(), suggestButton);
    form()->addRow(QString(), m_reasons);
    addCheckedRow(tr("&Political theory:"), m_theoryHours, PlanField::theoryHours);
    addCheckedRow(tr("&Management skill:"), m_managementHours, PlanField::managementHours);
    addCheckedRow(tr("By ca&tegory:"), m_categoryHours, PlanField::categories);
    addCheckedRow(tr("Required c&ourses:"), courseBox, PlanField::courses);
    form()->addRow(tr("Planned &rotation or project:"), m_rotation);
    addCheckedRow(tr("&Goals:"), m_goals, PlanField::text);
    fill(plan);
    if (m_data.pickCadre && m_data.cadre.id == 0)
        m_year->setFocus();
    else
        m_theoryHours->setFocus();
}

void PlanDialog::fill(const DevelopmentPlan &plan)
{
    m_theoryHours->setValue(plan.theoryHours);
    m_managementHours->setValue(plan.managementHours);
    for (int row = 0; row < m_categoryHours->rowCount(); ++row) {
        const qint64 id = m_categoryHours->item(row, CategoryNameColumn)->data(Qt::UserRole).toLongLong();
        m_categoryHours->item(row, CategoryHoursColumn)->setData(Qt::EditRole, plan.categoryHours.value(id));
    }
    m_courses->setRowCount(0);
    for (const PlanCourse &course : plan.courses)
        appendCourse(course);
    m_rotation->setText(plan.plannedRotation);
    m_goals->setPlainText(plan.goals);
}

QString PlanDialog::courseTitle(qint64 courseId) const
{
    for (const Course &course : m_data.courses)
        if (course.id == courseId)
            return course.title;
    return tr("(course %1)").arg(courseId);
}

void PlanDialog::appendCourse(const PlanCourse &course)
{
    const int row = m_courses->rowCount();
    m_courses->insertRow(row);
    auto *title = new QTableWidgetItem(courseTitle(course.courseId));
    title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    title->setData(Qt::UserRole, course.courseId);
    m_courses->setItem(row, CourseTitleColumn, title);
    m_courses->setItem(row, CourseReasonColumn, new QTableWidgetItem(course.reason));
}

void PlanDialog::addCourse()
{
    const qint64 id = m_courseChoice->currentData().toLongLong();
    if (id <= 0)
        return;
    for (int row = 0; row < m_courses->rowCount(); ++row)
        if (m_courses->item(row, CourseTitleColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_courses->selectRow(row);
            return;
        }
    appendCourse({id, QString()});
    m_courses->selectRow(m_courses->rowCount() - 1);
}

void PlanDialog::removeSelectedCourse()
{
    const int row = m_courses->currentRow();
    if (row >= 0)
        m_courses->removeRow(row);
}

void PlanDialog::chooseCadre()
{
    if (const std::optional<PlanCadre> cadre = m_data.pickCadre(this)) {
        m_data.cadre = *cadre;
        m_cadreLabel->setText(cadre->label);
    }
}

void PlanDialog::suggest()
{
    if (m_data.cadre.id == 0) {
        chooseCadre();
        if (m_data.cadre.id == 0)
            return;
    }
    showSuggestion(m_data.suggest(m_data.cadre.id, m_year->value()));
}

void PlanDialog::showSuggestion(const SuggestedPlan &suggested)
{
    DevelopmentPlan plan = suggested.plan;
    // The officer's own words stay unless the suggestion has some.
    if (plan.goals.isEmpty())
        plan.goals = m_goals->toPlainText();
    if (plan.plannedRotation.isEmpty())
        plan.plannedRotation = m_rotation->text();
    fill(plan);
    QStringList lines;
    for (const QString &reason : suggested.reasons)
        lines.append(tr("• %1").arg(reason));
    for (const PlanCourse &course : suggested.plan.courses)
        if (!course.reason.isEmpty())
            lines.append(tr("• %1: %2").arg(courseTitle(course.courseId), course.reason));
    m_reasons->setText(tr("Why this plan:\n%1").arg(lines.join(u'\n')));
    m_reasons->setVisible(!lines.isEmpty());
}

DevelopmentPlan PlanDialog::plan() const
{
    DevelopmentPlan plan = m_original;
    plan.cadreId = m_data.cadre.id;
    plan.year = m_year->value();
    plan.theoryHours = m_theoryHours->value();
    plan.managementHours = m_managementHours->value();
    plan.categoryHours.clear();
    for (int row = 0; row < m_categoryHours->rowCount(); ++row) {
        const double hours = m_categoryHours->item(row, CategoryHoursColumn)->data(Qt::EditRole).toDouble();
        if (hours > 0)
            plan.categoryHours.insert(
                m_categoryHours->item(row, CategoryNameColumn)->data(Qt::UserRole).toLongLong(), hours);
    }
    plan.courses.clear();
    for (int row = 0; row < m_courses->rowCount(); ++row)
        plan.courses.append({m_courses->item(row, CourseTitleColumn)->data(Qt::UserRole).toLongLong(),
                             m_courses->item(row, CourseReasonColumn)->text()});
    plan.plannedRotation = m_rotation->text();
    plan.goals = m_goals->toPlainText();
    return plan;
}

void PlanDialog::save()
{
    m_saver(plan());
}

} // namespace rongpei
