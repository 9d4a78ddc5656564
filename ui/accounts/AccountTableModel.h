#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// The users of the file: name, full name, role, the units a clerk works for, whether active, and
/// who set the password last.
class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DisplayNameColumn,
        RoleColumn,
        UnitsColumn,
        ActiveColumn,
        PasswordColumn,
        ColumnCount
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    void setAccounts(QList<Account> accounts, QHash<qint64, QString> unitNames);
    const Account *accountAt(int row) const;
    const Account *accountWithId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const Account &account, int column) const;

    QList<Account> m_accounts;
    QHash<qint64, QString> m_unitNames;
};

} // namespace rongpei
