#include "roster/RosterPage.h"

#include "Workspace.h"
#include "attachments/AttachmentsPanel.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/UserMessage.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreCommands.h"
#include "roster/CadreDialog.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"
#include "roster/CadreTableModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rongpei {

namespace {

template <typename E>
void addEnumItems(QComboBox *combo, const QString &allText)
{
    combo->addItem(allText, -1);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), static_cast<int>(value));
}

template <typename E>
std::optional<E> comboEnum(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(static_cast<E>(value));
}

} // namespace

RosterPage::RosterPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new CadreTableModel(workspace.cadres(), workspace.organizations(), this))
    , m_proxy(new CadreFilterProxy(*m_model, this))
    , m_loadJob(new BackgroundJob(this))
    , m_undoStack(new QUndoStack(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_trackFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    QToolBar *toolBar = m_toolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New cadre"), this, &RosterPage::newRecord)
        ->setToolTip(tr("Add a cadre (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this, &RosterPage::editSelected)
        ->setToolTip(tr("Edit the selected cadre (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &RosterPage::deleteSelected)
        ->setToolTip(tr("Delete the selected cadre (Delete)"));
    toolBar->addSeparator();

    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, employee no. or post (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    addEnumItems<Track>(m_trackFilter, tr("All tracks"));
    addEnumItems<EmploymentStatus>(m_statusFilter, tr("All employment states"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_trackFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_count);
    filters->addWidget(new BusyIndicator(m_loadJob, this));

    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(CadreTableModel::EmployeeNumberColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CadreFilterProxy::setSearchText);
    connect(m_trackFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTrack(comboEnum<Track>(m_trackFilter)); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEmploymentStatus(comboEnum<EmploymentStatus>(m_statusFilter)); });
    connect(m_table, &QTableView::activated, this, &RosterPage::editSelected);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RosterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RosterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RosterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RosterPage::updateCount);
    connect(m_loadJob, &BackgroundJob::failed, this, [this](const QString &message) {
        m_count->setText(tr("The roster could not be read: %1").arg(message));
    });
    ColumnWidths::keep(m_table, QStringLiteral("roster"));
    updateCount();
}

void RosterPage::firstShown()
{
    loadCadres();
}

bool RosterPage::isLoaded() const
{
    return m_model->isLoaded() && !m_loadJob->isRunning();
}

void RosterPage::loadCadres()
{
    const QString path = m_workspace.database().path();
    m_loadJob->startReading<std::vector<CadreTableModel::Row>>(
        [this] { return m_model->changeCount(); },
        [path](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            return CadreTableModel::rowsFor(CadreRepository::all(reader));
        },
        [this](std::vector<CadreTableModel::Row> rows) {
            const qint64 id = selectedId();
            m_model->setRows(std::move(rows));
            selectCadre(id);
            emit cadresLoaded();
        });
    updateCount();
}

QString RosterPage::title() const
{
    return tr("Cadre roster");
}

QString RosterPage::iconName() const
{
    return QStringLiteral("system-users");
}

void RosterPage::newRecord()
{
    // A new cadre starts in the branch the roster is filtered to, if it is a single one.
    Cadre cadre;
    const QList<Organization> units = m_workspace.organizations().all();
    cadre.branchId = shellScope().singleBranch();
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog = new CadreDialog(units, cadre, m_workspace.clock().today(),
                                   addingSaver<CadreRepository, Cadre>(m_workspace.cadres(), addedId), this);
    AttachmentsPanel *files =
        AttachmentsPanel::addTo(dialog, m_workspace, QStringLiteral("cadre"), 0, cadre.branchId);
    openDialog(dialog, [this, addedId, files] {
        files->attachPendingTo(QStringLiteral("cadre"), *addedId);
        emit statusMessage(tr("Cadre added and saved."));
        selectCadre(*addedId);
    });
}

void RosterPage::editSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    // Read afresh, not from the table: another window may have changed it a moment ago.
    const std::optional<Cadre> stored = m_workspace.cadres().find(id);
    if (!stored) {
        refresh();
        return;
    }
    const Cadre before = *stored;
    auto *dialog = new CadreDialog(m_workspace.organizations().all(), before, m_workspace.clock().today(),
                                   editingSaver(m_workspace.cadres(), before), this);
    dialog->followRecord(tr("History: %1").arg(before.name), m_workspace, QStringLiteral("cadre"),
                         before.uuid);
    AttachmentsPanel::addTo(dialog, m_workspace, QStringLiteral("cadre"), id, before.branchId);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        selectCadre(id);
    });
}

void RosterPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Cadre cadre = m_model->cadreAt(m_model->rowOf(id));
    deleteWithUndo(m_workspace.cadres(), id, tr("Delete cadre"),
                   tr("Delete %1 (%2) from the roster?\n\nYou can undo this with Ctrl+Z.")
                       .arg(cadre.name, cadre.employeeNumber),
                   tr("Cadre deleted. Ctrl+Z brings it back."));
}

void RosterPage::addCadreAction(const CadreAction &cadreAction)
{
    QAction *action = m_toolBar->addAction(cadreAction.icon, cadreAction.text, this, [this, cadreAction] {
        const qint64 id = selectedId();
        if (id > 0)
            cadreAction.run(m_model->cadreAt(m_model->rowOf(id)), this);
    });
    action->setShortcut(cadreAction.shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(cadreAction.toolTip);
    m_table->addAction(action);
}

void RosterPage::followShellScope()
{
    m_proxy->setBranches(shellScope().branches);
}

void RosterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RosterPage::refresh()
{
    loadCadres();
}

void RosterPage::updateCount()
{
    if (!m_model->isLoaded()) {
        m_count->setText(tr("Reading the roster…"));
        return;
    }
    m_count->setText(tr("%1 of %2 cadres").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

qint64 RosterPage::selectedId() const
{
    return selectedRecordId(m_table);
}

void RosterPage::selectCadre(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectSourceRow(m_table, m_proxy, m_model->index(row, 0));
}

QAbstractItemView *RosterPage::mainTable() const
{
    return m_table;
}

} // namespace rongpei
