#include "training/PlanPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/StudySessionRepository.h"
#include "training/AcceptPlansCommand.h"
#include "training/CourseRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/PlanDialog.h"
#include "training/PlanProgressTableModel.h"
#include "training/PlanSuggestionsDialog.h"
#include "training/TrainingClassRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const DevelopmentPlan &plan)
{
    return PlanPage::tr("development plan %1").arg(plan.year);
}

namespace {

/// The share (0–100) of `year` gone by `today`.
double shareOfYearGone(int year, QDate today)
{
    if (today.year() != year)
        return today.year() > year ? 100 : 0;
    return 100.0 * today.dayOfYear() / today.daysInYear();
}

} // namespace

PlanPage::PlanPage(Workspace &workspace, QWidget *parent)
    : YearFiguresPage(parent)
    , m_workspace(workspace)
    , m_model(new PlanProgressTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_trackFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(themedIcon(QStringLiteral("document-new")), tr("New plan"), this, &PlanPage::newRecord)
        ->setToolTip(tr("Make a development plan for a cadre (Ctrl+N)"));
    toolBar->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this, &PlanPage::editSelected)
        ->setToolTip(tr("Edit the selected plan (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this, &PlanPage::deleteSelected)
        ->setToolTip(tr("Delete the selected plan (Delete)"));
    toolBar->addSeparator();
    QAction *suggest = toolBar->addAction(themedIcon(QStringLiteral("bookmark-new")), tr("Suggest plans…"),
                                          this, &PlanPage::suggestForScope);
    suggest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    suggest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    suggest->setToolTip(tr("Suggest plans for every cadre in scope who has none this year, to review in "
                           "one list (Ctrl+Shift+G)"));
    toolBar->addAction(themedIcon(QStringLiteral("document-export")), tr("Export CSV…"), this,
                       &PlanPage::exportTable);
    toolBar->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Recompute"), this,
                       &YearFiguresPage::refresh);
    addAction(suggest);

    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search name, employee no., branch or course (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_trackFilter->setObjectName(QStringLiteral("planTrackFilter"));
    m_trackFilter->addItem(tr("Both tracks"), -1);
    for (const Track track : enumValues<Track>())
        m_trackFilter->addItem(enumLabel(track), static_cast<int>(track));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_trackFilter);
    filters->addWidget(new BusyIndicator(m_job, this));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("plans"));
    setUpRecordTable(m_table);
    m_table->setAlternatingRowColors(false); // the status colours carry the meaning
    m_table->sortByColumn(PlanProgressTableModel::ProgressColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_trackFilter, &QComboBox::currentIndexChanged, this, &PlanPage::applyScope);
    connect(m_table, &QTableView::activated, this, &PlanPage::editSelected);
    connect(m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        forgetFigures();
        m_summary->setText(tr("The progress could not be computed: %1").arg(message));
    });
    // Progress is made of the plans and of every record that earns hours or completes a course.
    followChangesOf({&workspace.developmentPlans(), &workspace.trainingClasses(), &workspace.studySessions(),
                     &workspace.cadres(), &workspace.courses()});
    connect(&workspace.trainingClasses(), &TrainingClassRepository::rulesChanged, this, &PlanPage::markStale);
}

QString PlanPage::title() const
{
    return tr("Development plans");
}

QString PlanPage::iconName() const
{
    return QStringLiteral("x-office-document");
}

QAbstractItemView *PlanPage::mainTable() const
{
    return m_table;
}

bool PlanPage::isComputing() const
{
    return m_job->isRunning();
}

void PlanPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PlanPage::compute(int year)
{
    const QString path = m_workspace.database().path();
    const QDate today = m_workspace.clock().today();
    m_job->start<QList<PlanProgressLine>>(
        [path, today, year](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            return PlanProgress::ofYear(reader, year, today);
        },
        [this](QList<PlanProgressLine> lines) { showLines(std::move(lines)); });
}

QHash<qint64, QString> PlanPage::courseTitles() const
{
    QHash<qint64, QString> titles;
    for (const Course &course : m_workspace.courses().all())
        titles.insert(course.id, course.title);
    return titles;
}

void PlanPage::showLines(QList<PlanProgressLine> lines)
{
    const qint64 selected = m_selectAfterCompute > 0 ? m_selectAfterCompute : selectedRecordId(m_table);
    m_selectAfterCompute = 0;
    m_model->setLines(std::move(lines), courseTitles(),
                      shareOfYearGone(computedYear(), m_workspace.clock().today()));
    applyScope();
    selectPlan(selected);
    emit computed();
}

void PlanPage::applyScope()
{
    m_proxy->setAccepted(PlanProgressTableModel::BranchColumn, shellScope().branches);
    const int track = m_trackFilter->currentData().toInt();
    m_proxy->setAccepted(PlanProgressTableModel::TrackColumn,
                         track >= 0 ? std::optional(QSet<qint64>{track}) : std::nullopt);
    double sum = 0;
    int counted = 0;
    int behind = 0;
    const double yearGone = shareOfYearGone(computedYear(), m_workspace.clock().today());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const PlanProgressLine &line =
            m_model->lines().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (line.percent) {
            sum += *line.percent;
            ++counted;
            behind += *line.percent < yearGone ? 1 : 0;
        }
    }
    const QLocale locale;
    m_summary->setText(
        tr("%n plan(s) of %1 shown; on average %2 % reached, %3 behind the %4 % of the year gone. Progress "
           "is computed from the study sessions and classes recorded; hover over a row for its goals.",
           nullptr, m_proxy->rowCount())
            .arg(computedYear())
            .arg(counted > 0 ? locale.toString(sum / counted, 'f', 0) : QStringLiteral("–"))
            .arg(behind)
            .arg(locale.toString(yearGone, 'f', 0)));
}

void PlanPage::selectPlan(qint64 id)
{
    selectRecord(m_table, m_proxy, id);
}

PlanDialogData PlanPage::dialogData(qint64 cadreId)
{
    PlanDialogData result;
    const auto label = [this](const Cadre &cadre) {
        const std::optional<Organization> branch = m_workspace.organizations().find(cadre.branchId);
        return tr("%1 (%2, %3)").arg(cadre.name, cadre.employeeNumber, branch ? branch->name : QString());
    };
    if (cadreId > 0) {
        if (const std::optional<Cadre> cadre = m_workspace.cadres().find(cadreId))
            result.cadre = {cadre->id, label(*cadre)};
    } else {
        result.pickCadre = [this, label](QWidget *parent) -> std::optional<PlanCadre> {
            const QList<qint64> ids =
                CadrePickerDialog::pick(m_workspace.cadres(), m_workspace.organizations(), parent);
            if (ids.isEmpty())
                return std::nullopt;
            const std::optional<Cadre> cadre = m_workspace.cadres().find(ids.first());
            return cadre ? std::optional(PlanCadre{cadre->id, label(*cadre)}) : std::nullopt;
        };
    }
    result.categories = m_workspace.courses().categories();
    result.courses = m_workspace.courses().all();
    result.suggest = [this](qint64 id, int year) {
        const std::optional<Cadre> cadre = m_workspace.cadres().find(id);
        return cadre ? PlanSuggestion::forCadre(m_workspace.database(), m_workspace.clock(), *cadre, year)
                     : SuggestedPlan{};
    };
    return result;
}

void PlanPage::newRecord()
{
    DevelopmentPlan plan;
    plan.year = shellScope().period.yearNumber();
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog = new PlanDialog(
        plan, dialogData(0),
        addingSaver<DevelopmentPlanRepository, DevelopmentPlan>(m_workspace.developmentPlans(), addedId),
        this);
    openDialog(dialog, [this, addedId] {
        emit statusMessage(tr("Plan saved."));
        m_selectAfterCompute = *addedId;
        if (const std::optional<DevelopmentPlan> saved = m_workspace.developmentPlans().find(*addedId);
            saved && saved->year != computedYear())
            emit periodRequested(Period::year(saved->year));
    });
}

void PlanPage::editSelected()
{
    const qint64 id = selectedRecordId(m_table);
    if (id <= 0)
        return;
    const std::optional<DevelopmentPlan> before = m_workspace.developmentPlans().find(id);
    if (!before) {
        refresh();
        return;
    }
    PlanDialogData planData = dialogData(before->cadreId);
    const QString cadre = planData.cadre.label;
    auto *dialog = new PlanDialog(*before, std::move(planData),
                                  editingSaver(m_workspace.developmentPlans(), *before), this);
    dialog->followRecord(tr("History: development plan %1 of %2").arg(before->year).arg(cadre), m_workspace,
                         QStringLiteral("plan"), before->uuid);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        m_selectAfterCompute = id;
    });
}

void PlanPage::deleteSelected()
{
    const qint64 id = selectedRecordId(m_table);
    const PlanProgressLine *line = m_model->lineWithPlan(id);
    if (!line)
        return;
    deleteWithUndo(m_workspace.developmentPlans(), id, tr("Delete plan"),
                   tr("Delete the development plan %1 of %2?\n\nYou can undo this with Ctrl+Z.")
                       .arg(line->plan.year)
                       .arg(line->name),
                   tr("Plan deleted. Ctrl+Z brings it back."));
}

QSet<qint64> PlanPage::branchesInScope() const
{
    if (shellScope().branches)
        return *shellScope().branches;
    QSet<qint64> branches;
    for (const Organization &unit : m_workspace.organizations().all())
        if (unit.kind == OrganizationKind::Branch)
            branches.insert(unit.id);
    return branches;
}

void PlanPage::suggestForScope()
{
    const int year = shellScope().period.yearNumber();
    const QString path = m_workspace.database().path();
    const QDateTime now = m_workspace.clock().now();
    const QSet<qint64> branches = branchesInScope();
    auto *dialog = new PlanSuggestionsDialog(
        shellScope().unitName, year,
        [path, now, branches, year](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            const StoppedClock clock(now);
            return PlanSuggestion::forBranches(reader, clock, branches, year);
        },
        courseTitles(),
        [this](const QList<DevelopmentPlan> &plans) {
            pushUndo(AcceptPlansCommand::perform(m_workspace.developmentPlans(), plans, undoErrorHandler()));
            emit statusMessage(
                tr("%n plan(s) accepted. Ctrl+Z takes them back.", nullptr, static_cast<int>(plans.size())));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rongpei
