#include "study/MeetingCalendarPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/ScopeCombo.h"
#include "common/StatusColors.h"
#include "storage/Database.h"
#include "study/MeetingCalendar.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rongpei {

namespace {

QColor stateColor(PeriodState state)
{
    switch (state) {
    case PeriodState::Held:
        return StatusColors::good();
    case PeriodState::Missed:
        return StatusColors::bad();
    case PeriodState::Due:
        return StatusColors::warning();
    case PeriodState::Upcoming:
        return StatusColors::idle();
    }
    return {};
}

QString periodName(const MeetingPeriod &period, MeetingFrequency frequency)
{
    const int year = period.start.year();
    switch (frequency) {
    case MeetingFrequency::Monthly:
        return MeetingCalendarPage::tr("%1-%2").arg(year).arg(period.start.month(), 2, 10, QChar(u'0'));
    case MeetingFrequency::Quarterly:
        return MeetingCalendarPage::tr("%1 Q%2").arg(year).arg((period.start.month() + 2) / 3);
    case MeetingFrequency::HalfYearly:
        return period.start.month() == 1 ? MeetingCalendarPage::tr("%1 first half").arg(year)
                                         : MeetingCalendarPage::tr("%1 second half").arg(year);
    case MeetingFrequency::Yearly:
    case MeetingFrequency::NotRequired:
        return QString::number(year);
    }
    return {};
}

} // namespace

MeetingCalendarPage::MeetingCalendarPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_branch(new ScopeCombo(workspace.organizations(), QString(), true, this))
    , m_stateFilter(new QComboBox(this))
    , m_grid(new QStandardItemModel(this))
    , m_overdue(new QStandardItemModel(this))
    , m_overdueProxy(new QSortFilterProxyModel(this))
    , m_gridView(new QTableView(this))
    , m_overdueView(new QTableView(this))
    , m_overdueCount(new QLabel(this))
    , m_gridJob(new BackgroundJob(this))
    , m_overdueJob(new BackgroundJob(this))
{
    m_branch->setObjectName(QStringLiteral("calendarBranch"));
    m_stateFilter->setObjectName(QStringLiteral("overdueState"));
    m_stateFilter->addItem(tr("Missed and due"), QString());
    m_stateFilter->addItem(enumLabel(PeriodState::Missed), enumLabel(PeriodState::Missed));
    m_stateFilter->addItem(enumLabel(PeriodState::Due), enumLabel(PeriodState::Due));

    m_gridView->setObjectName(QStringLiteral("calendarGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_overdueProxy->setSourceModel(m_overdue);
    m_overdueProxy->setFilterKeyColumn(4);
    m_overdueProxy->setSortLocaleAware(true);
    m_overdueView->setObjectName(QStringLiteral("overdueTable"));
    m_overdueView->setModel(m_overdueProxy);
    ColumnWidths::keep(m_overdueView, QStringLiteral("meetingOverdue"));
    m_overdueView->setSortingEnabled(true);
    m_overdueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdueView->verticalHeader()->hide();
    m_overdueView->horizontalHeader()->setStretchLastSection(true);
    m_overdueView->horizontalHeader()->setResizeContentsPrecision(200); // sample rows, not thousands

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *gridBar = new QHBoxLayout;
    gridBar->addWidget(new QLabel(tr("Branch:"), top));
    gridBar->addWidget(m_branch);
    gridBar->addWidget(new BusyIndicator(m_gridJob, top));
    gridBar->addStretch();
    auto *legend =
        new QLabel(tr("Numbers are meetings held in the month. Green: the required meeting of the "
                      "period was held; red: missed; amber: due and not yet held; grey: not yet due."),
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
        m_overdueProxy->setFilterFixedString(m_stateFilter->currentData().toString());
        m_overdueCount->setText(tr("%n item(s)", nullptr, m_overdueProxy->rowCount()));
    });
    RecordRepository::onAnyChange(workspace.studySessions(), this, [this] { markStale(); });
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this,
            &MeetingCalendarPage::markStale);
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
            auto *item = new QStandardItem(held > 0 ? QString::number(held) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(stateColor(state));
            item->setForeground(Qt::black);
            item->setData(static_cast<int>(state), Qt::UserRole);
            item->setToolTip(enumLabel(state));
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
    // Filled detached from the sorting proxy: attached, it re-sorts after every row, and
    // thousands of rows (the whole enterprise) took the GUI thread for 0.4 s.
    m_overdueProxy->setSourceModel(nullptr);
    m_overdue->clear();
    m_overdue->setHorizontalHeaderLabels(
        {tr("Branch"), tr("Meeting"), tr("Frequency"), tr("Period"), tr("State")});
    m_overdue->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const OverdueMeeting &item = items.at(row);
        auto *state = new QStandardItem(enumLabel(item.state));
        state->setBackground(stateColor(item.state));
        state->setForeground(Qt::black);
        m_overdue->setItem(row, 0, new QStandardItem(item.branchName));
        m_overdue->setItem(row, 1, new QStandardItem(item.kindName));
        m_overdue->setItem(row, 2, new QStandardItem(enumLabel(item.frequency)));
        m_overdue->setItem(row, 3, new QStandardItem(periodName(item.period, item.frequency)));
        m_overdue->setItem(row, 4, state);
    }
    m_overdueProxy->setSourceModel(m_overdue);
    m_overdueCount->setText(tr("%n item(s)", nullptr, m_overdueProxy->rowCount()));
    emit overdueComputed();
}

QAbstractItemView *MeetingCalendarPage::mainTable() const
{
    return m_overdueView;
}

} // namespace rongpei
