#include "study/CompliancePage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/RecordTable.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/ComplianceTableModel.h"
#include "study/StudyModule.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

CompliancePage::CompliancePage(Workspace &workspace, QWidget *parent)
    : YearFiguresPage(parent)
    , m_workspace(workspace)
    , m_model(new ComplianceTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_levelFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(themedIcon(QStringLiteral("document-export")), tr("Export CSV…"), this,
                       &CompliancePage::exportTable);
    toolBar->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Recompute"), this,
                       &YearFiguresPage::refresh);

    m_search->setObjectName(QStringLiteral("complianceSearch"));
    m_search->setPlaceholderText(tr("Search name, employee no. or branch (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("Everyone"), -1);
    m_levelFilter->addItem(tr("Behind or far behind"), -2);
    for (ComplianceLevel level : enumValues<ComplianceLevel>())
        m_levelFilter->addItem(enumLabel(level), static_cast<int>(level));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_levelFilter);
    filters->addWidget(new BusyIndicator(m_job, this));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("compliance"));
    setUpRecordTable(m_table);
    m_table->setAlternatingRowColors(false); // the status colours carry the meaning
    m_table->sortByColumn(ComplianceTableModel::LevelColumn, Qt::AscendingOrder);
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_table, &QTableView::activated, this, &CompliancePage::showStudyFile);
    connect(m_job, &BackgroundJob::failed, this, [this](const QString &message) {
        forgetFigures();
        m_summary->setText(tr("The figures could not be computed: %1").arg(message));
    });
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, &CompliancePage::applyScope);
    followChangesOf({&workspace.studySessions(), &workspace.cadres()});
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this, &CompliancePage::markStale);
}

QString CompliancePage::title() const
{
    return tr("Hour compliance");
}

QString CompliancePage::iconName() const
{
    return QStringLiteral("emblem-ok");
}

void CompliancePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CompliancePage::isComputing() const
{
    return m_job->isRunning();
}

void CompliancePage::compute(int year)
{
    const QString path = m_workspace.database().path();
    const QDateTime now = m_workspace.clock().now();
    m_job->start<QList<ComplianceRow>>(
        [path, now, year](const TaskControl &control) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            const StoppedClock clock(now);
            return HourCompliance(reader, clock).compute(year, {}, control);
        },
        [this](QList<ComplianceRow> rows) { showRows(std::move(rows)); });
}

void CompliancePage::showRows(QList<ComplianceRow> rows)
{
    m_model->setRows(std::move(rows));
    applyScope();
    emit computed();
}

void CompliancePage::applyScope()
{
    m_proxy->setAccepted(ComplianceTableModel::BranchColumn, shellScope().branches);
    const int level = m_levelFilter->currentData().toInt();
    std::optional<QSet<qint64>> levels;
    if (level == -2)
        levels = QSet<qint64>{static_cast<qint64>(ComplianceLevel::Behind),
                              static_cast<qint64>(ComplianceLevel::FarBehind)};
    else if (level >= 0)
        levels = QSet<qint64>{level};
    m_proxy->setAccepted(ComplianceTableModel::LevelColumn, levels);

    int counts[3] = {0, 0, 0};
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ++counts[m_proxy->index(row, ComplianceTableModel::LevelColumn).data(TableRole::Filter).toInt()];
    const QDate today = m_workspace.clock().today();
    m_summary->setText(tr("%n cadre(s) shown: %1 on track, %2 behind, %3 far behind. Expected hours are the "
                          "requirement pro rata to %4; each cadre is measured against the most pressing "
                          "requirement that applies. Hover over a row for its source.",
                          nullptr, m_proxy->rowCount())
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(displayDate(today)));
}

void CompliancePage::showStudyFile(const QModelIndex &index)
{
    const std::optional<Cadre> cadre = m_workspace.cadres().find(index.data(TableRole::Id).toLongLong());
    if (!cadre)
        return;
    StudyModule::openStudyFile(m_workspace, *cadre, this);
}

QAbstractItemView *CompliancePage::mainTable() const
{
    return m_table;
}

} // namespace rongpei
