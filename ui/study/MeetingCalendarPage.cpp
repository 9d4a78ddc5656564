#include "study/MeetingCalendarPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "storage/Database.h"
#include "study/MeetingCalendar.h"
#include "study/OverdueTableModel.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rongpei {

MeetingCalendarPage::MeetingCalendarPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_branch(new ScopeCombo(workspace.organizations(), QString(), true, this))
    , m_stateFilter(new QComboBox(this))
    , m_grid(new QStandardItemModel(this))
    , m_overdue(new OverdueTableModel(this))
    , m_overdueProxy(new SearchFilterProxy(this))
    , m_gridView(new QTableView(this))
    , m_overdueView(new QTableView(this))
    , m_overdueCount(new QLabel(this))
    , m_gridJob(new BackgroundJob(this))
    , m_overdueJob(new BackgroundJob(this))
{
    m_branch->setObjectName(QStringLiteral("calendarBranch"));
    m_stateFilter->setObjectName(QStringLiteral("overdueState"));
    m_stateFilter->addItem(tr("Missed and due"), -1);
    for (const PeriodState state : {PeriodState::Missed, PeriodState::Due})
        m_stateFilter->addItem(enumLabel(state), static_cast<int>(state));

    m_gridView->setObjectName(QStringLiteral("calendarGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_overdueProxy->setSourceModel(m_overdue);
    m_overdueView->setObjectName(QStringLiteral("overdueTable"));
    m_overdueView->setModel(m_overdueProxy);
    ColumnWidths::keep(m_overdueView, QStringLiteral("meetingOverdue"));
    m_overdueView->setSortingEnabled(true);
    m_overdueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdueView->verticalHeader()->hide();
    m_overdueView->horizontalHeader()->setStretchLastSection(true);
    m_overdueView->horizontalHeader()->setResizeContentsPrecision(200); // sample rows, not thousands
    m_overdueView->setToolTip(tr("Double-click or press Enter to show the branch's calendar above."));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *gridBar = new QHBoxLayout;
    gridBar->addWidget(new QLabel(tr("Branch:"), top));
    gridBar->addWidget(m_branch);
    gridBar->addWidget(new BusyIndicator(m_gridJob, top));
    gridBar->addStretch();
    auto *legend = new QLabel(
        tr("Numbers are meetings held in the month. Green: the required meeting of the "
           "period was held; red: missed; amber: due and not yet held; grey: not yet "
           "due, or before the branch's records start. A star (2*): a meeting of the month was held "
           "without its minutes or its signed sign-in sheet attached; the study page's "
           "file filter lists them."),
        top);
    legend->setWordWrap(true);
    topLayout->addLayout(gridBar);
    topLayout->addWidget(m_gridView, 1);
    topLayout->addWidget(legend);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *overdueBar = new QHBoxLayout;
    auto *overdueTitle = new QLabel(tr("<b>Overdue meetings</b>"), bottom);
    overdueBar->addWidget(overdueTitle);
    overdueBar->addWidget(m_stateFilter);
    overdueBar->addWidget(new BusyIndicator(m_overdueJob, bottom));
    overdueBar->addStretch();
    overdueBar->addWidget(m_overdueCount);
    bottomLayout->addLayout(overdueBar);
    bottomLayout->addWidget(m_overdueView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Typing a year recomputes once the typing pauses, not at every digit.
    connect(m_branch, &ScopeCombo::scopeChanged, this, &MeetingCalendarPage::fillGrid);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_overdueProxy->setAccepted(OverdueTableModel::StateColumn,
                                    state < 0 ? std::nullopt : std::optional(QSet<qint64>{state}));
        updateOverdueCount();
    });
    // A row opens its branch's calendar in the grid above.
    connect(m_overdueView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_branch->setUnitId(index.data(TableRole::Id).toLongLong());
    });
    RecordRepository::onAnyChange(workspace.studySessions(), this, [this] { markStale(); });
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this,
            &MeetingCalendarPage::markStale);
}

void MeetingCalendarPage::showBranch(qint64 branchId)
{
    m_branch->setUnitId(branchId);
    emit showRequested();
}

QString MeetingCalendarPage::title() const
{
    return tr("Meetings (三会一课)");
}

QString MeetingCalendarPage::iconName() const
{
    return QStringLiteral("x-office-calendar");
}

void MeetingCalendarPage::showEvent(QShowEvent *event)
{
    ModulePage::showEvent(event);
    if (m_stale)
        refresh();
}

void MeetingCalendarPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void MeetingCalendarPage::followShellScope()
{
    // The grid shows one branch of the scope: the one chosen if it is in scope, else the first.
    const std::optional<QSet<qint64>> &inScope = shellScope().branches;
    if (inScope && !inScope->contains(m_branch->unitId())) {
        const QSignalBlocker blocker(m_branch);
        for (int i = 0; i < m_branch->count(); ++i)
            if (inScope->contains(m_branch->itemData(i).toLongLong())) {
                m_branch->setCurrentIndex(i);
                break;
            }
    }
    // Both are worked out per year and scope: another quarter or month of the year only filters.
    if (shellScope().period.yearNumber() == m_computedYear && shellScope().branches == m_computedBranches) {
        showOverdueOfPeriod();
        return;
    }
    markStale();
}

bool MeetingCalendarPage::isComputing() const
{
    return m_gridJob->isRunning() || m_overdueJob->isRunning();
}

void MeetingCalendarPage::refresh()
{
    fillGrid();
    fillOverdue();
    m_computedYear = shellScope().period.yearNumber();
    m_computedBranches = shellScope().branches;
    m_stale = false;
}

void MeetingCalendarPage::fillGrid()
{
    const qint64 branchId = m_branch->unitId();
    if (branchId <= 0) {
        m_gridJob->cancel();
        showGrid({});
        return;
    }
    const QString path = m_workspace.database().path();
    const QDateTime now = m_workspace.clock().now();
    const int year = shellScope().period.yearNumber();
    m_gridJob->start<QList<MeetingCalendarRow>>(
        [path, now, branchId, year](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            const StoppedClock clock(now);
            return MeetingCalendar(reader, clock).rows(branchId, year);
        },
        [this](const QList<MeetingCalendarRow> &rows) { showGrid(rows); });
}

void MeetingCalendarPage::showGrid(const QList<MeetingCalendarRow> &rows)
{
    m_grid->clear();
    QStringList headers{tr("Frequency")};
    for (int month = 1; month <= 12; ++month)
        headers.append(QLocale().standaloneMonthName(month, QLocale::ShortFormat));
    m_grid->setHorizontalHeaderLabels(headers);
    for (const MeetingCalendarRow &row : rows) {
        QList<QStandardItem *> items{new QStandardItem(enumLabel(row.frequency))};
        for (int month = 1; month <= 12; ++month) {
            const int held = row.heldPerMonth[static_cast<size_t>(month - 1)];
            const PeriodState state = row.stateInMonth(month);
            const int withoutMinutes = row.withoutMinutesPerMonth[static_cast<size_t>(month - 1)];
            const int withoutSheet = row.withoutSignInSheetPerMonth[static_cast<size_t>(month - 1)];
            const bool incomplete = withoutMinutes > 0 || withoutSheet > 0;
            // A star marks held meetings whose papers an inspection would ask for are not attached.
            auto *item = new QStandardItem(held > 0 ? QString::number(held) +
                                                          (incomplete ? QStringLiteral("*") : QString())
                                                    : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(OverdueTableModel::stateColor(state));
            item->setForeground(Qt::black);
            item->setData(static_cast<int>(state), Qt::UserRole);
            item->setData(incomplete, IncompleteRole);
            QStringList tip{enumLabel(state)};
            if (withoutMinutes > 0)
                tip.append(tr("%n held without minutes attached", nullptr, withoutMinutes));
            if (withoutSheet > 0)
                tip.append(tr("%n held without a signed sign-in sheet attached", nullptr, withoutSheet));
            item->setToolTip(tip.join(u'\n'));
            items.append(item);
        }
        m_grid->appendRow(items);
        m_grid->setVerticalHeaderItem(m_grid->rowCount() - 1, new QStandardItem(row.kindName));
    }
    emit gridComputed();
}

void MeetingCalendarPage::fillOverdue()
{
    const std::optional<QSet<qint64>> scope = shellScope().branches;
    if (scope && scope->isEmpty()) { // a committee without branches has nothing overdue
        m_overdueJob->cancel();
        showOverdue({});
        return;
    }
    const QString path = m_workspace.database().path();
    const QDateTime now = m_workspace.clock().now();
    const int year = shellScope().period.yearNumber();
    const QSet<qint64> branches = scope.value_or(QSet<qint64>{});
    m_overdueJob->start<QList<OverdueMeeting>>(
        [path, now, year, branches](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            const StoppedClock clock(now);
            return MeetingCalendar(reader, clock).overdue(year, branches);
        },
        [this](const QList<OverdueMeeting> &items) { showOverdue(items); });
}

void MeetingCalendarPage::showOverdue(const QList<OverdueMeeting> &items)
{
    m_overdueOfYear = items;
    showOverdueOfPeriod();
    emit overdueComputed();
}

void MeetingCalendarPage::showOverdueOfPeriod()
{
    // The year's list is computed once; a quarter or month of it is a filter.
    const Period &period = shellScope().period;
    QList<OverdueMeeting> inPeriod;
    for (const OverdueMeeting &item : std::as_const(m_overdueOfYear))
        if (item.period.start <= period.end() && item.period.end >= period.start())
            inPeriod.append(item);
    m_overdue->setRows(std::move(inPeriod));
    updateOverdueCount();
}

void MeetingCalendarPage::updateOverdueCount()
{
    QSet<qint64> branches;
    for (int row = 0; row < m_overdueProxy->rowCount(); ++row)
        branches.insert(m_overdueProxy->index(row, 0).data(TableRole::Id).toLongLong());
    m_overdueCount->setText(tr("%n item(s)", nullptr, m_overdueProxy->rowCount()) +
                            tr(", in %n branch(es)", nullptr, int(branches.size())));
}

QAbstractItemView *MeetingCalendarPage::mainTable() const
{
    return m_overdueView;
}

} // namespace rongpei
