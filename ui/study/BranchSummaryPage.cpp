#include "study/BranchSummaryPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/BranchSummaryTableModel.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

BranchSummaryPage::BranchSummaryPage(Workspace &workspace, QWidget *parent)
    : YearFiguresPage(parent)
    , m_workspace(workspace)
    , m_model(new BranchSummaryTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(themedIcon(QStringLiteral("document-print")), tr("Print…"), this,
                       &BranchSummaryPage::printTable);
    toolBar->addAction(themedIcon(QStringLiteral("document-export")), tr("Export CSV…"), this,
                       &BranchSummaryPage::exportTable);
    toolBar->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Recompute"), this,
                       &YearFiguresPage::refresh);

    m_search->setObjectName(QStringLiteral("branchSummarySearch"));
    m_search->setPlaceholderText(tr("Search branch or party committee (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new BusyIndicator(m_job, this));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("branchSummaryTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("branchSummary"));
    setUpRecordTable(m_table);
    // Worst first: the smallest share of cadres on track at the top.
    m_table->sortByColumn(BranchSummaryTableModel::OnTrackShareColumn, Qt::AscendingOrder);
    m_summary->setObjectName(QStringLiteral("branchSummaryText"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit calendarRequested(index.data(TableRole::Id).toLongLong());
    });
    connect(m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        forgetFigures();
        m_summary->setText(tr("The figures could not be computed: %1").arg(message));
    });
    followChangesOf({&workspace.studySessions(), &workspace.cadres(), &workspace.organizations()});
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this, &BranchSummaryPage::markStale);
}

QString BranchSummaryPage::title() const
{
    return tr("Branch summary");
}

QString BranchSummaryPage::iconName() const
{
    return QStringLiteral("view-statistics");
}

QAbstractItemView *BranchSummaryPage::mainTable() const
{
    return m_table;
}

void BranchSummaryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BranchSummaryPage::compute(int year)
{
    const QString path = m_workspace.database().path();
    const QDateTime now = m_workspace.clock().now();
    m_job->start<QList<BranchSummaryRow>>(
        [path, now, year](const TaskControl &control) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            const StoppedClock clock(now);
            return BranchSummary(reader, clock).compute(year, {}, control);
        },
        [this](QList<BranchSummaryRow> rows) {
            m_model->setRows(std::move(rows));
            applyScope();
            emit computed();
        });
}

void BranchSummaryPage::applyScope()
{
    m_proxy->setAccepted(BranchSummaryTableModel::BranchColumn, shellScope().branches);
    int behind = 0;
    int missed = 0;
    int attending = 0;
    int base = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const BranchSummaryRow &branch =
            m_model->rows().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        behind += branch.cadresAt(ComplianceLevel::Behind) + branch.cadresAt(ComplianceLevel::FarBehind);
        missed += branch.meetingsMissed;
        attending += branch.rateAttending;
        base += branch.rateBase;
    }
    QString text = tr("%n branch(es) in %1: %2 cadre(s) behind on their hours, %3 required meeting(s) missed",
                      nullptr, m_proxy->rowCount())
                       .arg(computedYear())
                       .arg(behind)
                       .arg(missed);
    if (base > 0)
        text += tr(", attendance rate %1%").arg(qRound(100.0 * attending / base));
    m_summary->setText(text +
                       tr(". Click a column heading to sort; Enter shows a branch's meeting calendar."));
}

} // namespace rongpei
