#include "history/AuditPage.h"

#include "Workspace.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "history/AuditTableModel.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/RecordRepository.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace rongpei {

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new AuditTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_user(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const RecordKind &kind : Workspace::recordKinds())
        m_kind->addItem(kind.label, kind.code);
    m_search->setPlaceholderText(tr("Search record, field, value or user (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(AuditTableModel::AtColumn, Qt::DescendingOrder);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_user, &QComboBox::activated, this, &AuditPage::refresh);
    connect(m_kind, &QComboBox::activated, this, &AuditPage::refresh);
    const auto count = [this] {
        m_count->setText(m_truncated ? tr("the newest %n change line(s)", nullptr, m_proxy->rowCount())
                                     : tr("%n change line(s)", nullptr, m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    const auto stale = [this] {
        if (isVisible())
            refresh();
    };
    RecordRepository::onAnyChange(workspace.cadres(), this, stale);
    RecordRepository::onAnyChange(workspace.organizations(), this, stale);
    RecordRepository::onAnyChange(workspace.studySessions(), this, stale);

    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *note =
        new QLabel(tr("Every change anyone saved, in the scope and period chosen above. Nothing here can "
                      "be changed; rongpei-cli check shows that nothing was changed outside RongPei."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

QString AuditPage::title() const
{
    return tr("Audit trail");
}

QString AuditPage::iconName() const
{
    return QStringLiteral("document-open-recent");
}

QAbstractItemView *AuditPage::mainTable() const
{
    return m_table;
}

void AuditPage::firstShown()
{
    refresh();
}

void AuditPage::followShellScope()
{
    if (hasBeenShown())
        refresh();
}

void AuditPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuditPage::refresh()
{
    try {
        const QString chosenUser = m_user->currentData().toString();
        m_user->clear();
        m_user->addItem(tr("Everyone"), QString());
        for (const QString &user : AuditTrail::users(m_workspace.database()))
            m_user->addItem(user, user);
        m_user->setCurrentIndex(qMax(0, m_user->findData(chosenUser)));

        AuditFilter filter;
        filter.user = m_user->currentData().toString();
        filter.kind = m_kind->currentData().toString();
        filter.from = shellScope().period.start();
        filter.to = shellScope().period.end();
        if (shellScope().hosts) {
            filter.units = *shellScope().hosts;
            if (shellScope().branches)
                filter.units->unite(*shellScope().branches);
        }
        QHash<qint64, QString> names;
        for (const Organization &unit : m_workspace.organizations().all())
            names.insert(unit.id, unit.name);
        m_model->setLines(
            AuditTrail::lines(m_workspace.database(), filter, m_workspace.access(), &m_truncated), names);
    } catch (const std::exception &error) {
        showRefusal(tr("Audit trail"), error);
    }
    m_table->resizeColumnsToContents();
}

} // namespace rongpei
