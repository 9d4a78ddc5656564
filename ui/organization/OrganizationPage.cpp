#include "organization/OrganizationPage.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/UserMessage.h"
#include "organization/OrganizationDialog.h"
#include "organization/OrganizationRepository.h"
#include "organization/OrganizationTreeModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const Organization &unit)
{
    return unit.name;
}

OrganizationPage::OrganizationPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new OrganizationTreeModel(workspace.organizations(), workspace.cadres(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("Add unit"), this,
                    &OrganizationPage::newRecord)
        ->setToolTip(tr("Add a unit under the selected one (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                    &OrganizationPage::editSelected)
        ->setToolTip(tr("Edit the selected unit: its name and, for a branch, its records start (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("go-jump")), tr("Move…"), this, &OrganizationPage::moveSelected)
        ->setToolTip(tr("Move the selected unit under another one"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &OrganizationPage::deleteSelected)
        ->setToolTip(tr("Delete the selected unit (Delete)"));

    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_search->setPlaceholderText(tr("Find a unit (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_tree->setObjectName(QStringLiteral("organizationTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(OrganizationTreeModel::NameColumn, Qt::AscendingOrder); // pinyin order for Chinese
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(OrganizationTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    ColumnWidths::keep(m_tree, QStringLiteral("organizationTree"));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        m_tree->addAction(action);

    m_details->setObjectName(QStringLiteral("organizationDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMargin(12);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.simplified());
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, &OrganizationPage::editSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganizationPage::updateDetails);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_lastSelectedId = current.siblingAtColumn(OrganizationTreeModel::NameColumn)
                                           .data(OrganizationTreeModel::IdRole)
                                           .toLongLong();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &changed) {
        // A cadre count changed: the details follow it when it is the selected unit's.
        if (changed.siblingAtColumn(OrganizationTreeModel::NameColumn).data(OrganizationTreeModel::IdRole) ==
            m_lastSelectedId)
            updateDetails();
    });
    // Connected after the model's own reload, so this runs on the fresh tree.
    RecordRepository::onAnyChange(workspace.organizations(), this, [this] {
        if (hasBeenShown())
            restoreView(m_lastSelectedId);
    });
}

void OrganizationPage::firstShown()
{
    m_model->reload();
    restoreView(0);
}

QString OrganizationPage::title() const
{
    return tr("Organisation");
}

QString OrganizationPage::iconName() const
{
    return QStringLiteral("network-workgroup");
}

void OrganizationPage::selectUnit(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void OrganizationPage::newRecord()
{
    const std::optional<Organization> parent = selected();
    QList<OrganizationKind> kinds;
    if (parent) {
        kinds = allowedChildKinds(parent->kind);
    } else if (m_workspace.organizations().count() == 0) {
        kinds = {OrganizationKind::Enterprise};
    }
    if (kinds.isEmpty()) {
        QMessageBox::information(this, tr("Add unit"),
                                 parent ? tr("Nothing can be added under a %1.").arg(enumLabel(parent->kind))
                                        : tr("Select the unit the new one belongs to."));
        return;
    }
    Organization unit;
    unit.parentId = parent ? parent->id : 0;
    unit.kind = kinds.first();
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog = new OrganizationDialog(
        tr("Add unit"), unit, parent ? parent->name : QString(), kinds, m_workspace.clock().today(),
        addingSaver<OrganizationRepository, Organization>(m_workspace.organizations(), addedId), this);
    openDialog(dialog, [this, addedId] {
        selectUnit(*addedId);
        emit statusMessage(tr("Unit added and saved."));
    });
}

void OrganizationPage::editSelected()
{
    const std::optional<Organization> unit = selected();
    if (!unit)
        return;
    const qint64 id = unit->id;
    auto *dialog =
        new OrganizationDialog(tr("Edit unit"), *unit, QString(), {unit->kind}, m_workspace.clock().today(),
                               editingSaver(m_workspace.organizations(), *unit), this);
    dialog->followRecord(tr("History: %1").arg(unit->name), m_workspace, QStringLiteral("organization"),
                         unit->uuid);
    openDialog(dialog, [this, id] {
        selectUnit(id);
        emit statusMessage(tr("Changes saved."));
    });
}

void OrganizationPage::moveSelected()
{
    const std::optional<Organization> unit = selected();
    if (!unit)
        return;
    const QList<Organization> all = m_workspace.organizations().all();

    // Candidates: units that may hold this kind, outside the unit's own subtree.
    QSet<qint64> subtree{unit->id};
    for (const Organization &organization : all)
        if (subtree.contains(organization.parentId))
            subtree.insert(organization.id);
    QStringList labels;
    QList<qint64> ids;
    for (const Organization &organization : all) {
        if (subtree.contains(organization.id) || organization.id == unit->parentId ||
            !allowedChildKinds(organization.kind).contains(unit->kind))
            continue;
        labels.append(m_model->pathOf(organization.id));
        ids.append(organization.id);
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Move unit"),
                                 tr("There is no other place \"%1\" can be moved to.").arg(unit->name));
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Move unit"), tr("Move \"%1\" under:").arg(unit->name), labels, 0, false, &ok);
    if (!ok)
        return;
    Organization moved = *unit;
    moved.parentId = ids.at(labels.indexOf(choice));
    try {
        editingSaver(m_workspace.organizations(), *unit)(moved);
        selectUnit(unit->id);
        emit statusMessage(tr("Unit moved and saved. Ctrl+Z moves it back."));
    } catch (const std::exception &error) {
        showRefusal(tr("Move unit"), error);
    }
}

void OrganizationPage::deleteSelected()
{
    const std::optional<Organization> unit = selected();
    if (!unit)
        return;
    // What still belongs to the unit is named before asking, not after the answer.
    try {
        m_workspace.organizations().requireRemovable(unit->id);
    } catch (const std::exception &error) {
        showRefusal(tr("Delete unit"), error);
        return;
    }
    deleteWithUndo(m_workspace.organizations(), unit->id, tr("Delete unit"),
                   tr("Delete \"%1\"?\n\nYou can undo this with Ctrl+Z.").arg(unit->name),
                   tr("Unit deleted. Ctrl+Z brings it back."));
}

void OrganizationPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrganizationPage::refresh()
{
    m_model->reload();
    restoreView(m_lastSelectedId);
}

std::optional<Organization> OrganizationPage::selected() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const qint64 id = current.siblingAtColumn(OrganizationTreeModel::NameColumn)
                          .data(OrganizationTreeModel::IdRole)
                          .toLongLong();
    return m_workspace.organizations().find(id);
}

void OrganizationPage::restoreView(qint64 selectedId)
{
    m_tree->expandToDepth(1);
    if (selectedId > 0 && m_model->indexOf(selectedId).isValid())
        selectUnit(selectedId);
    else if (m_proxy->rowCount() > 0) // the enterprise, so "Add unit" has a place to add to
        m_tree->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
    updateDetails();
}

void OrganizationPage::updateDetails()
{
    const std::optional<Organization> unit = selected();
    if (!unit) {
        m_details->setText(
            m_workspace.organizations().count() == 0
                ? tr("<p>The organisation is empty. Press <b>Add unit</b> (Ctrl+N) to create the "
                     "enterprise, then its party committees, branches and departments.</p>")
                : tr("<p>Select a unit to see its details.</p>"));
        return;
    }
    // The same total as the tree's column: this unit's cadres and those of every unit below it.
    const int cadres =
        m_model->indexOf(unit->id).siblingAtColumn(OrganizationTreeModel::CadresColumn).data().toInt();
    m_details->setText(
        tr("<h3>%1</h3><p>%2</p><table cellspacing='6'>"
           "<tr><td>Place:</td><td>%3</td></tr>"
           "<tr><td>Units directly below:</td><td>%4</td></tr>"
           "<tr><td>Cadres, including units below:</td><td>%5</td></tr></table>")
            .arg(unit->name.toHtmlEscaped(), enumLabel(unit->kind), m_model->pathOf(unit->id).toHtmlEscaped())
            .arg(m_model->childCount(unit->id))
            .arg(cadres));
}

QAbstractItemView *OrganizationPage::mainTable() const
{
    return m_tree;
}

} // namespace rongpei
