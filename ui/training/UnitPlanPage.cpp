#include "training/UnitPlanPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/StudySessionRepository.h"
#include "training/TrainingClassRepository.h"
#include "training/UnitPlanDialog.h"
#include "training/UnitPlanRepository.h"
#include "training/UnitPlanTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const UnitPlan &plan)
{
    return UnitPlanPage::tr("training plan %1").arg(plan.year);
}

namespace {

QTableWidget *detailTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QColor &background = {})
{
    auto *item = new QTableWidgetItem(text);
    if (background.isValid()) {
        item->setBackground(background);
        item->setForeground(Qt::black);
    }
    return item;
}

} // namespace

UnitPlanPage::UnitPlanPage(Workspace &workspace, QWidget *parent)
    : YearFiguresPage(parent)
    , m_workspace(workspace)
    , m_model(new UnitPlanTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_targets(detailTable(this, QStringLiteral("unitPlanTargets"),
                            {tr("Target"), tr("Planned"), tr("Reached"), tr("Met")}))
    , m_items(
          detailTable(this, QStringLiteral("unitPlanItems"),
                      {tr("Kind"), tr("What is planned"), tr("Quarter"), tr("State"), tr("Fulfilled by")}))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New plan"), this,
                    &UnitPlanPage::newRecord)
        ->setToolTip(tr("Make the yearly training plan of a unit (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                    &UnitPlanPage::editSelected)
        ->setToolTip(tr("Edit the selected plan, link its items to the classes held (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &UnitPlanPage::deleteSelected)
        ->setToolTip(tr("Delete the selected plan (Delete)"));
    toolBar->addSeparator();
    toolBar->addAction(themedIcon(QStringLiteral("document-export")), tr("Export CSV…"), this,
                       &UnitPlanPage::exportTable);
    toolBar->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Recompute"), this,
                       &YearFiguresPage::refresh);

    m_search->setObjectName(QStringLiteral("unitPlanSearch"));
    m_search->setPlaceholderText(tr("Search unit or what is open (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new BusyIndicator(m_job, this));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("unitPlanTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("unitPlans"));
    setUpRecordTable(m_table);
    m_table->setAlternatingRowColors(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(UnitPlanTableModel::UnitColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);
    m_summary->setObjectName(QStringLiteral("unitPlanSummary"));
    m_summary->setWordWrap(true);

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_targets);
    details->addWidget(m_items);
    details->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_table, &QTableView::activated, this, &UnitPlanPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitPlanPage::showDetails);
    connect(m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        forgetFigures();
        m_summary->setText(tr("The plans could not be computed: %1").arg(message));
    });
    // A plan's figures are made of the plans, the classes, the sessions and the roster.
    followChangesOf({&workspace.unitPlans(), &workspace.trainingClasses(), &workspace.studySessions(),
                     &workspace.cadres()});
    connect(&workspace.trainingClasses(), &TrainingClassRepository::rulesChanged, this,
            &UnitPlanPage::markStale);
}

QString UnitPlanPage::title() const
{
    return tr("Yearly training plans");
}

QString UnitPlanPage::iconName() const
{
    return QStringLiteral("x-office-spreadsheet");
}

QAbstractItemView *UnitPlanPage::mainTable() const
{
    return m_table;
}

bool UnitPlanPage::isComputing() const
{
    return m_job->isRunning();
}

void UnitPlanPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UnitPlanPage::compute(int year)
{
    const QString path = m_workspace.database().path();
    const QDate today = m_workspace.clock().today();
    QSet<qint64> readable;
    for (const Organization &unit : m_workspace.organizations().all())
        if (m_workspace.access().mayRead(unit.id))
            readable.insert(unit.id);
    m_job->start<QList<UnitPlanStatus>>(
        [path, today, year, readable](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            return UnitPlanProgress::ofYear(reader, year, today, readable);
        },
        [this](QList<UnitPlanStatus> statuses) { showStatuses(std::move(statuses)); });
}

void UnitPlanPage::showStatuses(QList<UnitPlanStatus> statuses)
{
    const qint64 selected = m_selectAfterCompute > 0 ? m_selectAfterCompute : selectedRecordId(m_table);
    m_selectAfterCompute = 0;
    m_model->setStatuses(std::move(statuses));
    applyScope();
    selectPlan(selected);
    if (selectedRecordId(m_table) <= 0 && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
    emit computed();
}

void UnitPlanPage::applyScope()
{
    // The plans of the units in scope, and the scope's own.
    std::optional<QSet<qint64>> units = shellScope().hosts;
    if (units && shellScope().unitId > 0)
        units->insert(shellScope().unitId);
    m_proxy->setAccepted(UnitPlanTableModel::UnitColumn, units);
    const int shown = m_proxy->rowCount();
    double sum = 0;
    int measured = 0;
    for (int row = 0; row < shown; ++row)
        if (const UnitPlanStatus *status =
                m_model->statusOf(m_proxy->index(row, 0).data(TableRole::Id).toLongLong());
            status && status->completionPercent) {
            sum += *status->completionPercent;
            ++measured;
        }
    m_summary->setText(
        tr("%n plan(s) of %1 shown, completed %2 % on average. The completion rate counts the "
           "targets met and the items fulfilled, of all the plan sets; both are computed from the "
           "records, not typed in.",
           nullptr, shown)
            .arg(computedYear())
            .arg(measured > 0 ? QLocale().toString(sum / measured, 'f', 0) : QStringLiteral("–")));
}

void UnitPlanPage::selectPlan(qint64 id)
{
    selectRecord(m_table, m_proxy, id);
}

void UnitPlanPage::showDetails()
{
    m_targets->setRowCount(0);
    m_items->setRowCount(0);
    const UnitPlanStatus *status = m_model->statusOf(selectedRecordId(m_table));
    if (!status)
        return;
    for (const UnitPlanTarget &target : status->targets) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        m_targets->setItem(row, 0, cell(UnitPlanProgress::targetLabel(target.kind)));
        m_targets->setItem(row, 1, cell(UnitPlanProgress::valueText(target.kind, target.target)));
        m_targets->setItem(row, 2, cell(UnitPlanProgress::valueText(target.kind, target.actual)));
        m_targets->setItem(row, 3,
                           cell(target.met() ? tr("met") : tr("not yet"),
                                target.met() ? StatusColors::good() : StatusColors::warning()));
    }
    for (const UnitPlanItemStatus &item : status->items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, cell(enumLabel(item.item.kind)));
        m_items->setItem(row, 1, cell(item.item.title));
        m_items->setItem(row, 2, cell(item.item.quarter > 0 ? tr("Q%1").arg(item.item.quarter) : QString()));
        m_items->setItem(row, 3,
                         cell(item.fulfilled ? tr("done") : tr("open"),
                              item.fulfilled ? StatusColors::good() : StatusColors::warning()));
        m_items->setItem(row, 4, cell(item.fulfilment));
    }
    m_targets->resizeColumnsToContents();
    m_items->resizeColumnsToContents();
}

void UnitPlanPage::openPlanDialog(const UnitPlan &plan)
{
    const auto classesOf = [this](int year, qint64 unitId) {
        const QSet<qint64> hosts = hostsBelow(m_workspace.organizations().all(), unitId);
        QList<PlannableClass> classes;
        for (const TrainingClass &c :
             m_workspace.trainingClasses().startingBetween(QDate(year, 1, 1), QDate(year, 12, 31)))
            if (hosts.contains(c.branchId))
                classes.append(
                    {c.id, tr("%1 (%2 to %3)").arg(c.name, displayDate(c.startsOn), displayDate(c.endsOn)),
                     c.branchId});
        return classes;
    };
    const QList<Organization> units = m_workspace.organizations().all();
    if (plan.id == 0) {
        auto addedId = std::make_shared<qint64>(0);
        auto *dialog = new UnitPlanDialog(
            plan, units, classesOf,
            addingSaver<UnitPlanRepository, UnitPlan>(m_workspace.unitPlans(), addedId), this);
        ModulePage::openDialog(dialog, [this, addedId] {
            emit statusMessage(tr("Plan saved."));
            m_selectAfterCompute = *addedId;
            if (const std::optional<UnitPlan> saved = m_workspace.unitPlans().find(*addedId);
                saved && saved->year != computedYear())
                emit periodRequested(Period::year(saved->year));
        });
        return;
    }
    auto *dialog =
        new UnitPlanDialog(plan, units, classesOf, editingSaver(m_workspace.unitPlans(), plan), this);
    const std::optional<Organization> unit = m_workspace.organizations().find(plan.unitId);
    dialog->followRecord(
        tr("History: training plan %1 of %2").arg(plan.year).arg(unit ? unit->name : QString()), m_workspace,
        QStringLiteral("unit-plan"), plan.uuid);
    ModulePage::openDialog(dialog, [this, id = plan.id] {
        emit statusMessage(tr("Changes saved."));
        m_selectAfterCompute = id;
    });
}

void UnitPlanPage::newRecord()
{
    UnitPlan plan;
    plan.year = shellScope().period.yearNumber();
    plan.unitId = shellScope().unitId;
    if (plan.unitId == 0)
        for (const Organization &unit : m_workspace.organizations().all())
            if (unit.kind == OrganizationKind::Enterprise)
                plan.unitId = unit.id;
    openPlanDialog(plan);
}

void UnitPlanPage::editSelected()
{
    const qint64 id = selectedRecordId(m_table);
    if (id <= 0)
        return;
    if (const std::optional<UnitPlan> plan = m_workspace.unitPlans().find(id))
        openPlanDialog(*plan);
    else
        refresh();
}

void UnitPlanPage::deleteSelected()
{
    const UnitPlanStatus *status = m_model->statusOf(selectedRecordId(m_table));
    if (!status)
        return;
    deleteWithUndo(
        m_workspace.unitPlans(), status->plan.id, tr("Delete plan"),
        tr("Delete the training plan %1 of %2 with its %n item(s)?\n\nYou can undo this with Ctrl+Z.",
           nullptr, static_cast<int>(status->plan.items.size()))
            .arg(status->plan.year)
            .arg(status->unitName),
        tr("Plan deleted. Ctrl+Z brings it back."));
}

} // namespace rongpei
