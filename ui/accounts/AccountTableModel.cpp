#include "accounts/AccountTableModel.h"

#include "common/TableRoles.h"

#include <QLocale>

namespace rongpei {

AccountTableModel::AccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountTableModel::setAccounts(QList<Account> accounts, QHash<qint64, QString> unitNames)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_unitNames = std::move(unitNames);
    endResetModel();
}

const Account *AccountTableModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

const Account *AccountTableModel::accountWithId(qint64 id) const
{
    for (const Account &account : m_accounts)
        if (account.id == id)
            return &account;
    return nullptr;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::text(const Account &account, int column) const
{
    switch (column) {
    case NameColumn:
        return account.name;
    case DisplayNameColumn:
        return account.displayName;
    case RoleColumn:
        return enumLabel(account.role);
    case UnitsColumn: {
        if (account.role != AccountRole::Clerk)
            return tr("All");
        QStringList names;
        for (const qint64 unit : account.units)
            names.append(m_unitNames.value(unit));
        return QLocale().createSeparatedList(names);
    }
    case ActiveColumn:
        return account.active ? tr("Active") : tr("Disabled");
    case PasswordColumn:
        return tr("%1, by %2")
            .arg(QLocale().toString(account.passwordChangedAt.toLocalTime(), QLocale::ShortFormat),
                 enumLabel(account.passwordSetBy));
    default:
        return {};
    }
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    const Account *account = accountAt(index.row());
    if (!index.isValid() || account == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*account, index.column());
    case TableRole::Id:
        return account->id;
    case TableRole::Sort:
        if (index.column() == PasswordColumn)
            return account->passwordChangedAt;
        return text(*account, index.column());
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(*account, column); });
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case UnitsColumn:
        return tr("Works for");
    case ActiveColumn:
        return tr("Status");
    case PasswordColumn:
        return tr("Password set");
    default:
        return {};
    }
}

} // namespace rongpei
