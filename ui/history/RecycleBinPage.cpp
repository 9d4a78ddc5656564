#include "history/RecycleBinPage.h"

#include "Workspace.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "common/UserMessage.h"
#include "history/RecycleBinTableModel.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/RecordRepository.h"
#include "study/StudySessionRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

RecycleBinPage::RecycleBinPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new RecycleBinTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-undo")), tr("Restore"), this,
                    &RecycleBinPage::restoreSelected)
        ->setToolTip(
            tr("Put the selected record back as it was, with what was deleted along with it (Enter)"));
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Empty the recycle bin…"), this,
                    &RecycleBinPage::emptyBin)
        ->setToolTip(tr("Stop listing these records; their history is kept"));

    m_search->setPlaceholderText(tr("Search name, kind, branch or who deleted it (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("recycleBinTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(RecycleBinTableModel::DeletedAtColumn, Qt::DescendingOrder);
    connect(m_table, &QTableView::activated, this, &RecycleBinPage::restoreSelected);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n deleted record(s)", nullptr, m_proxy->rowCount())); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            [this] { m_count->setText(tr("%n deleted record(s)", nullptr, m_proxy->rowCount())); });

    // A deletion anywhere adds to the bin: read again when next shown, or now if shown.
    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    RecordRepository::onAnyChange(workspace.cadres(), this, stale);
    RecordRepository::onAnyChange(workspace.studySessions(), this, stale);
    RecordRepository::onAnyChange(workspace.organizations(), this, stale);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

QString RecycleBinPage::title() const
{
    return tr("Recycle bin");
}

QString RecycleBinPage::iconName() const
{
    return QStringLiteral("user-trash");
}

QAbstractItemView *RecycleBinPage::mainTable() const
{
    return m_table;
}

int RecycleBinPage::recordCount() const
{
    return m_model->rowCount();
}

void RecycleBinPage::firstShown()
{
    refresh();
}

void RecycleBinPage::showEvent(QShowEvent *event)
{
    ModulePage::showEvent(event);
    if (m_stale)
        refresh();
}

void RecycleBinPage::refresh()
{
    m_stale = false;
    QHash<qint64, QString> names;
    try {
        for (const Organization &unit : m_workspace.organizations().all())
            names.insert(unit.id, unit.name);
        m_model->setRecords(RecycleBin::contents(m_workspace.database(), m_workspace.access()), names);
    } catch (const std::exception &error) {
        showRefusal(tr("Recycle bin"), error);
    }
    m_table->resizeColumnsToContents();
}

void RecycleBinPage::editSelected()
{
    restoreSelected();
}

void RecycleBinPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecycleBinPage::restoreSelected()
{
    const qint64 sequence = selectedRecordId(m_table);
    if (sequence <= 0)
        return;
    try {
        QString name;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->recordAt(row)->tombstone.sequence == sequence)
                name = m_model->recordAt(row)->name;
        // Written past the repositories: they announce it from the journal rows the restore wrote.
        m_workspace.announceChanges(RecycleBin::restore(m_workspace.database(), sequence));
        refresh();
        emit statusMessage(tr("\"%1\" restored.").arg(name));
    } catch (const std::exception &error) {
        showRefusal(tr("Restore"), error);
    }
}

void RecycleBinPage::emptyBin()
{
    if (m_model->rowCount() == 0 ||
        !confirm(
            tr("Empty the recycle bin"),
            tr("Stop listing the %n deleted record(s) here? They can then no longer be restored from here; "
               "their history stays in the change journal.",
               nullptr, m_model->rowCount())))
        return;
    try {
        RecycleBin::empty(m_workspace.database(), m_workspace.access());
        refresh();
        emit statusMessage(tr("The recycle bin was emptied."));
    } catch (const std::exception &error) {
        showRefusal(tr("Empty the recycle bin"), error);
    }
}

} // namespace rongpei
