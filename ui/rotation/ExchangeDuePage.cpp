#include "rotation/ExchangeDuePage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BranchCombo.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/ExchangeDueTableModel.h"
#include "rotation/ExchangeRulesDialog.h"
#include "rotation/PostHistoryDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

namespace {

struct DueRead
{
    ExchangeDue due;
    QHash<qint64, Cadre> cadres;
};

} // namespace

ExchangeDuePage::ExchangeDuePage(Workspace &workspace, QWidget *parent)
    : YearFiguresPage(parent)
    , m_workspace(workspace)
    , m_model(new ExchangeDueTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("x-office-address-book")), tr("Post history…"), this,
                    &ExchangeDuePage::showPostHistory)
        ->setToolTip(tr("The selected cadre's posts and rotations (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("preferences-system")), tr("Exchange rules…"), this,
                    &ExchangeDuePage::editRules)
        ->setToolTip(
            tr("For which levels and after how many years in one post a cadre is due for an exchange"));
    m_search->setObjectName(QStringLiteral("exchangeSearch"));
    m_search->setPlaceholderText(tr("Search name, branch, post or level (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("exchange-due"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(ExchangeDueTableModel::YearsColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(toolBar->actions());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_table, &QTableView::activated, this, &ExchangeDuePage::showPostHistory);
    followChangesOf({&workspace.cadres(), &workspace.postHistory(), &workspace.exchangeRules()});
}

QString ExchangeDuePage::title() const
{
    return tr("Exchange due");
}

QString ExchangeDuePage::iconName() const
{
    return QStringLiteral("appointment-missed");
}

QAbstractItemView *ExchangeDuePage::mainTable() const
{
    return m_table;
}

bool ExchangeDuePage::isComputing() const
{
    return m_job->isRunning();
}

void ExchangeDuePage::compute(int year)
{
    const QString path = m_workspace.database().path();
    const QDate today = m_workspace.clock().today();
    const QDate asOf = year < today.year() ? QDate(year, 12, 31) : today;
    m_summary->setText(tr("Computing…"));
    m_job->start<DueRead>(
        [path, asOf](const TaskControl &control) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            DueRead read;
            const QList<Cadre> cadres = CadreRepository::all(reader);
            control.checkpoint();
            read.due = ExchangeDue::compute(cadres, PostHistoryRepository::ofAll(reader),
                                            ExchangeRuleRepository::rules(reader), asOf);
            for (const ExchangeDueLine &line : std::as_const(read.due.lines))
                if (const auto cadre = std::find_if(cadres.cbegin(), cadres.cend(),
                                                    [&line](const Cadre &c) { return c.id == line.cadreId; });
                    cadre != cadres.cend())
                    read.cadres.insert(cadre->id, *cadre);
            return read;
        },
        [this](DueRead read) {
            QList<ExchangeDueLine> readable;
            for (const ExchangeDueLine &line : std::as_const(read.due.lines))
                if (m_workspace.access().mayRead(read.cadres.value(line.cadreId).branchId))
                    readable.append(line);
            const QList<Organization> units = m_workspace.organizations().all();
            QHash<qint64, QString> names;
            for (const Organization &unit : units)
                names.insert(unit.id, unit.name);
            m_unknownSince = read.due.unknownSince;
            m_model->setLines(std::move(readable), std::move(read.cadres), std::move(names));
            applyScope();
            emit computed();
        });
}

void ExchangeDuePage::applyScope()
{
    m_proxy->setAccepted(ExchangeDueTableModel::BranchColumn, shellScope().branches);
    if (m_job->isRunning())
        return;
    const QList<ExchangeRule> rules = m_workspace.exchangeRules().rules();
    const bool anyRule =
        std::any_of(rules.cbegin(), rules.cend(), [](const ExchangeRule &r) { return r.applies; });
    if (!anyRule) {
        m_summary->setText(
            tr("No exchange rule applies yet: nobody is listed. An administrator sets the rules "
               "with Exchange rules…"));
        return;
    }
    QString text = tr("%n cadre(s) in scope have held their post as long as their level's rule allows.",
                      nullptr, m_proxy->rowCount());
    if (m_unknownSince > 0)
        text +=
            QLatin1Char(' ') + tr("For %n cadre(s) of the enterprise under a rule, the day they took up the "
                                  "post is not recorded: add it to their post history.",
                                  nullptr, m_unknownSince);
    m_summary->setText(text);
}

void ExchangeDuePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ExchangeDuePage::editRules()
{
    openDialog(new ExchangeRulesDialog(m_workspace.exchangeRules(), this),
               [this] { emit statusMessage(tr("Exchange rules saved.")); });
}

void ExchangeDuePage::showPostHistory()
{
    const qint64 id = selectedRecordId(m_table);
    if (id <= 0)
        return;
    auto *dialog = new PostHistoryDialog(m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rongpei
