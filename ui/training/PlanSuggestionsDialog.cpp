#include "training/PlanSuggestionsDialog.h"

#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/ErrorMessageBox.h"
#include "common/Localization.h"
#include "common/WindowSize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

namespace {

enum Column
{
    NameColumn, // checkable
    EmployeeNumberColumn,
    TrackColumn,
    TheoryColumn,
    ManagementColumn,
    CoursesColumn,
    RotationColumn,
    ColumnCount
};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

PlanSuggestionsDialog::PlanSuggestionsDialog(const QString &scope, int year, Compute compute,
                                             const QHash<qint64, QString> &courseTitles, Accept accept,
                                             QWidget *parent)
    : QDialog(parent)
    , m_courseTitles(courseTitles)
    , m_accept(std::move(accept))
    , m_job(new BackgroundJob(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_reasons(new QLabel(this))
    , m_count(new QLabel(this))
    , m_acceptButton(new QPushButton(tr("&Accept checked"), this))
{
    setWindowTitle(tr("Suggested development plans %1: %2").arg(year).arg(scope));
    auto *intro = new QLabel(tr("For each cadre at work in %1 without a development plan for %2, RongPei "
                                "proposes one from their track, level, post and the records of %3. Check "
                                "those to accept; each can be edited afterwards on the page.")
                                 .arg(scope)
                                 .arg(year)
                                 .arg(year - 1),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("suggestionSearch"));
    m_search->setPlaceholderText(tr("Search name, employee no. or course"));
    m_search->setClearButtonEnabled(true);
    auto *checkAll = new QPushButton(tr("Check a&ll"), this);
    auto *checkNone = new QPushButton(tr("Check &none"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(checkAll);
    top->addWidget(checkNone);
    top->addWidget(new BusyIndicator(m_job, this));

    m_table->setObjectName(QStringLiteral("suggestions"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Employee no."), tr("Track"), tr("Theory hours"),
                                        tr("Management hours"), tr("Required courses"),
                                        tr("Rotation or project")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setMinimumHeight(m_reasons->fontMetrics().lineSpacing() * 5);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_count->setObjectName(QStringLiteral("checkedCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_acceptButton->setObjectName(QStringLiteral("acceptChecked"));
    m_acceptButton->setEnabled(false);
    m_acceptButton->setDefault(true);
    buttons->addButton(m_acceptButton, QDialogButtonBox::AcceptRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reasons);
    layout->addLayout(bottom);
    resizeWithinScreen(this, QSize(1100, 640));

    connect(buttons, &QDialogButtonBox::accepted, this, &PlanSuggestionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_search, &QLineEdit::textChanged, this, &PlanSuggestionsDialog::filter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlanSuggestionsDialog::showReasons);
    connect(m_table, &QTableWidget::itemChanged, this, &PlanSuggestionsDialog::countChecked);
    connect(m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_reasons->setText(tr("The suggestions could not be made: %1").arg(message));
    });
    m_reasons->setText(tr("Making the suggestions…"));
    m_job->start<QList<SuggestedPlan>>(
        std::move(compute), [this](QList<SuggestedPlan> suggestions) { show(std::move(suggestions)); });
}

bool PlanSuggestionsDialog::isComputing() const
{
    return m_job->isRunning();
}

void PlanSuggestionsDialog::show(QList<SuggestedPlan> suggestions)
{
    m_suggestions = std::move(suggestions);
    fillTable();
    m_reasons->setText(m_suggestions.isEmpty()
                           ? tr("Every cadre at work here has a development plan for this year already.")
                           : tr("Select a row to see why it is proposed."));
    countChecked();
    if (!m_suggestions.isEmpty())
        m_table->selectRow(0);
    emit computed();
}

void PlanSuggestionsDialog::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_suggestions.size()));
    for (int row = 0; row < m_suggestions.size(); ++row) {
        const SuggestedPlan &suggestion = m_suggestions.at(row);
        auto *name = readOnly(suggestion.cadreName);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        name->setData(Qt::UserRole, row);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, EmployeeNumberColumn, readOnly(suggestion.employeeNumber));
        m_table->setItem(row, TrackColumn, readOnly(enumLabel(suggestion.track)));
        auto *theory = readOnly(QString());
        theory->setData(Qt::DisplayRole, suggestion.plan.theoryHours);
        m_table->setItem(row, TheoryColumn, theory);
        auto *management = readOnly(QString());
        management->setData(Qt::DisplayRole, suggestion.plan.managementHours);
        m_table->setItem(row, ManagementColumn, management);
        QStringList titles;
        for (const PlanCourse &course : suggestion.plan.courses)
            titles.append(m_courseTitles.value(course.courseId));
        m_table->setItem(row, CoursesColumn, readOnly(titles.join(tr(", "))));
        m_table->setItem(row, RotationColumn, readOnly(suggestion.plan.plannedRotation));
    }
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // a sample: a scope has thousands
    m_table->resizeColumnsToContents();
}

void PlanSuggestionsDialog::showReasons()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn))
        return;
    const SuggestedPlan &suggestion =
        m_suggestions.at(m_table->item(row, NameColumn)->data(Qt::UserRole).toInt());
    QStringList lines{tr("Why this plan for %1:").arg(suggestion.cadreName)};
    for (const QString &reason : suggestion.reasons)
        lines.append(tr("• %1").arg(reason));
    for (const PlanCourse &course : suggestion.plan.courses)
        lines.append(tr("• %1: %2").arg(m_courseTitles.value(course.courseId), course.reason));
    m_reasons->setText(lines.join(u'\n'));
}

void PlanSuggestionsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed().toCaseFolded();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList words;
        for (int column = 0; column < ColumnCount; ++column)
            words.append(m_table->item(row, column)->text());
        m_table->setRowHidden(row, !wanted.isEmpty() && !words.join(u' ').toCaseFolded().contains(wanted));
    }
}

void PlanSuggestionsDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (!m_table->isRowHidden(row))
                m_table->item(row, NameColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    countChecked();
}

QList<DevelopmentPlan> PlanSuggestionsDialog::checkedPlans() const
{
    QList<DevelopmentPlan> plans;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        if (name && name->checkState() == Qt::Checked)
            plans.append(m_suggestions.at(name->data(Qt::UserRole).toInt()).plan);
    }
    return plans;
}

void PlanSuggestionsDialog::countChecked()
{
    const qsizetype checked = checkedPlans().size();
    m_count->setText(
        tr("%1 of %n suggestion(s) checked", nullptr, static_cast<int>(m_suggestions.size())).arg(checked));
    m_acceptButton->setEnabled(checked > 0);
}

void PlanSuggestionsDialog::accept()
{
    const QList<DevelopmentPlan> plans = checkedPlans();
    if (plans.isEmpty())
        return;
    try {
        m_accept(plans);
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Accept suggestions"), error);
        return;
    }
    QDialog::accept();
}

} // namespace rongpei
