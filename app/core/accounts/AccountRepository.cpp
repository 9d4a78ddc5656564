#include "accounts/AccountRepository.h"

#include "accounts/AccessPolicy.h"
#include "accounts/PasswordHash.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

#include <algorithm>

namespace rongpei {

namespace {

const QString selectAccount = QStringLiteral(
    "SELECT id, uuid, name, display_name, role, active, password_set_by, password_changed_at, "
    "(SELECT group_concat(branch_id) FROM account_unit u WHERE u.account_id = account.id) FROM account ");

constexpr int maximumNameLength = 32;
// Crockford's base 32: no I, L, O or U to be misread from paper.
constexpr char recoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int recoveryLength = 24;

/// A key as typed: upper case, without the dashes and spaces it was printed with.
QString normalizedKey(const QString &key)
{
    QString out;
    for (const QChar c : key)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

std::optional<Account> accountFrom(const QSqlQuery &query)
{
    const std::optional<AccountRole> role = enumFromCode<AccountRole>(query.value(4).toString());
    if (!role)
        return std::nullopt; // a role forged into the file: no such account can sign in
    Account account;
    account.id = query.value(0).toLongLong();
    account.uuid = query.value(1).toString();
    account.name = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.role = *role;
    account.active = query.value(5).toInt() == 1;
    account.passwordSetBy =
        enumFromCode<PasswordSetter>(query.value(6).toString()).value_or(PasswordSetter::Self);
    account.passwordChangedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    for (const QString &unit : query.value(8).toString().split(u',', Qt::SkipEmptyParts))
        account.units.append(unit.toLongLong());
    std::sort(account.units.begin(), account.units.end());
    return account;
}

} // namespace

AccountRepository::AccountRepository(Database &database, const Clock &clock, const AccessPolicy &access,
                                     QObject *parent)
    : RecordRepository(database, QStringLiteral("account"), parent)
    , m_clock(clock)
    , m_access(access)
{}

bool AccountRepository::isEmpty() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM account)"));
    return m_database.scalar(query).toBool();
}

QList<Account> AccountRepository::all() const
{
    QSqlQuery query = m_database.prepare(selectAccount + QStringLiteral("ORDER BY name"));
    m_database.exec(query);
    QList<Account> accounts;
    while (query.next())
        if (std::optional<Account> account = accountFrom(query))
            accounts.append(*account);
    return accounts;
}

std::optional<Account> AccountRepository::findWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery query = m_database.prepare(selectAccount + condition);
    query.addBindValue(value);
    m_database.exec(query);
    return query.next() ? accountFrom(query) : std::nullopt;
}

std::optional<Account> AccountRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("WHERE id = ?"), id);
}

std::optional<Account> AccountRepository::findByName(const QString &name) const
{
    return findWhere(QStringLiteral("WHERE name = ?"), name.trimmed());
}

std::optional<QString> AccountRepository::passwordProblem(const QString &name, const QString &password)
{
    if (password.trimmed().isEmpty())
        return tr("Enter a password.");
    if (password.size() < minimumPasswordLength)
        return tr("A password needs at least %n characters.", nullptr, minimumPasswordLength);
    if (password.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    return std::nullopt;
}

Account AccountRepository::validated(Account account, qint64 exceptId) const
{
    account.name = account.name.trimmed();
    account.displayName = account.displayName.trimmed();
    if (account.displayName.isNull())
        account.displayName = QStringLiteral(""); // NOT NULL: a null QString binds as NULL
    QList<FieldError> errors;
    if (account.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter a user name.")});
    else if (account.name.size() > maximumNameLength)
        errors.append({QStringLiteral("name"),
                       tr("A user name has at most %n characters.", nullptr, maximumNameLength)});
    else if (std::any_of(account.name.begin(), account.name.end(), [](QChar c) { return c.isSpace(); }))
        errors.append({QStringLiteral("name"), tr("A user name has no spaces.")});
    else if (const std::optional<Account> other = findByName(account.name); other && other->id != exceptId)
        errors.append({QStringLiteral("name"), tr("The user name %1 is taken.").arg(other->name)});
    std::sort(account.units.begin(), account.units.end());
    account.units.erase(std::unique(account.units.begin(), account.units.end()), account.units.end());
    if (account.role == AccountRole::Clerk && account.units.isEmpty())
        errors.append({QStringLiteral("units"), tr("A clerk needs at least one branch to work for.")});
    if (account.role != AccountRole::Clerk)
        account.units.clear();
    for (const qint64 unit : std::as_const(account.units)) {
        QSqlQuery exists = m_database.prepare(
            QStringLiteral("SELECT 1 FROM organization WHERE id = ? AND kind IN ('committee', 'branch')"));
        exists.addBindValue(unit);
        m_database.exec(exists);
        if (!exists.next()) {
            errors.append({QStringLiteral("units"), tr("A clerk works for branches or committees only.")});
            break;
        }
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return account;
}

void AccountRepository::requireAnotherAdministrator(qint64 leavingId) const
{
    QSqlQuery others = m_database.prepare(QStringLiteral(
        "SELECT count(*) FROM account WHERE role = 'administrator' AND active = 1 AND id <> ?"));
    others.addBindValue(leavingId);
    if (m_database.scalar(others).toInt() == 0)
        throw ValidationError(QList<FieldError>{
            {QStringLiteral("role"), tr("This is the last administrator: make another user an "
                                        "administrator first, or nobody could manage the users.")}});
}

QString AccountRepository::createFirstAdministrator(Account account, const QString &password)
{
    account.role = AccountRole::Administrator;
    account.active = true;
    Transaction transaction(m_database);
    if (!isEmpty())
        throw ValidationError(tr("This file already has users: sign in as its administrator."));
    add(account, password);
    const QString key = writeRecoveryKey();
    transaction.commit();
    return key;
}

qint64 AccountRepository::add(Account account, const QString &password)
{
    account = validated(std::move(account), 0);
    if (const std::optional<QString> problem = passwordProblem(account.name, password))
        throw ValidationError(QList<FieldError>{{QStringLiteral("password"), *problem}});
    const QString now = m_clock.timestamp();
    Transaction transaction(m_database);
    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT INTO account (uuid, name, display_name, role, active, password_set_by, "
        "password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'self', ?, ?, ?)"));
    insert.addBindValue(SqlValue::uuidOrNew(account.uuid));
    insert.addBindValue(account.name);
    insert.addBindValue(account.displayName);
    insert.addBindValue(enumCode(account.role));
    insert.addBindValue(account.active ? 1 : 0);
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(now);
    m_database.exec(insert);
    account.id = insert.lastInsertId().toLongLong();
    writeUnits(account, now);
    writePassword(account.id, password);
    transaction.commit();
    notifyAdded(account.id);
    return account.id;
}

void AccountRepository::update(const Account &changed)
{
    const std::optional<Account> current = find(changed.id);
    if (!current)
        throw ValidationError(tr("This user no longer exists."));
    const Account account = validated(changed, changed.id);
    if (current->role == AccountRole::Administrator && current->active &&
        (account.role != AccountRole::Administrator || !account.active))
        requireAnotherAdministrator(account.id);
    const QString now = m_clock.timestamp();
    Transaction transaction(m_database);
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE account SET name = ?, display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ? "
        "AND (name IS NOT ? OR display_name IS NOT ? OR role IS NOT ? OR active IS NOT ?)"));
    for (int pass = 0; pass < 2; ++pass) {
        update.addBindValue(account.name);
        update.addBindValue(account.displayName);
        update.addBindValue(enumCode(account.role));
        update.addBindValue(account.active ? 1 : 0);
        if (pass == 0) {
            update.addBindValue(now);
            update.addBindValue(account.id);
        }
    }
    m_database.exec(update);
    writeUnits(account, now);
    transaction.commit();
    notifyChanged(account.id);
}

void AccountRepository::writeUnits(const Account &account, const QString &now)
{
    QSqlQuery gone =
        m_database.prepare(QStringLiteral("SELECT id, branch_id FROM account_unit WHERE account_id = ?"));
    gone.addBindValue(account.id);
    m_database.exec(gone);
    QList<qint64> kept;
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM account_unit WHERE id = ?"));
    while (gone.next()) {
        const qint64 unit = gone.value(1).toLongLong();
        if (account.units.contains(unit)) {
            kept.append(unit);
            continue;
        }
        remove.bindValue(0, gone.value(0));
        m_database.exec(remove);
    }
    QSqlQuery insert =
        m_database.prepare(QStringLiteral("INSERT INTO account_unit (uuid, account_id, branch_id, "
                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (const qint64 unit : account.units) {
        if (kept.contains(unit))
            continue;
        insert.bindValue(0, SqlValue::uuidOrNew({}));
        insert.bindValue(1, account.id);
        insert.bindValue(2, unit);
        insert.bindValue(3, now);
        insert.bindValue(4, now);
        m_database.exec(insert);
    }
}

void AccountRepository::setPassword(qint64 id, const QString &password, PasswordSetter setter)
{
    const std::optional<Account> account = find(id);
    if (!account)
        throw ValidationError(tr("This user no longer exists."));
    // The hash is not journalled, so the guard cannot see it change: someone else's is the
    // administrator's to set.
    if (!m_access.account() || m_access.account()->id != id)
        m_access.require(Permission::ManageAccounts);
    if (const std::optional<QString> problem = passwordProblem(account->name, password))
        throw ValidationError(QList<FieldError>{{QStringLiteral("password"), *problem}});
    const QString now = m_clock.timestamp();
    Transaction transaction(m_database);
    // The journal records that, when and by whom the password was set; never the password or its hash.
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE account SET password_set_by = ?, password_changed_at = ? WHERE id = ?"));
    update.addBindValue(enumCode(setter));
    update.addBindValue(now);
    update.addBindValue(id);
    m_database.exec(update);
    writePassword(id, password);
    transaction.commit();
    notifyChanged(id);
}

void AccountRepository::writePassword(qint64 id, const QString &password)
{
    QSqlQuery write = m_database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO account_password (account_id, hash) VALUES (?, ?)"));
    write.addBindValue(id);
    write.addBindValue(PasswordHash::hash(password));
    m_database.exec(write);
}

void AccountRepository::remove(qint64 id)
{
    const std::optional<Account> account = find(id);
    if (!account)
        return;
    if (account->role == AccountRole::Administrator && account->active)
        requireAnotherAdministrator(id);
    Transaction transaction(m_database);
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM account WHERE id = ?"));
    remove.addBindValue(id);
    m_database.exec(remove);
    transaction.commit();
    notifyRemoved(id);
}

std::optional<Account> AccountRepository::authenticate(const QString &name, const QString &password)
{
    std::optional<Account> account = findByName(name);
    QSqlQuery stored = m_database.prepare(QStringLiteral(
        "SELECT p.hash FROM account_password p JOIN account a ON a.id = p.account_id WHERE a.name = ?"));
    stored.addBindValue(name.trimmed());
    const QString hash = m_database.scalar(stored).toString();
    if (!account || !account->active || !PasswordHash::verify(hash, password))
        return std::nullopt;
    if (PasswordHash::needsRehash(hash) && !m_database.isReadOnly()) {
        Transaction transaction(m_database);
        writePassword(account->id, password); // not a change of the record: no journal row
        transaction.commit();
    }
    return account;
}

QString AccountRepository::writeRecoveryKey()
{
    const QByteArray random = PasswordHash::randomBytes(recoveryLength);
    QString key;
    for (int i = 0; i < recoveryLength; ++i) {
        if (i > 0 && i % 4 == 0)
            key.append(u'-');
        key.append(QChar::fromLatin1(recoveryAlphabet[static_cast<unsigned char>(random[i]) % 32]));
    }
    QSqlQuery write = m_database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO account_recovery (id, hash) VALUES (1, ?)"));
    write.addBindValue(PasswordHash::hash(normalizedKey(key)));
    m_database.exec(write);
    return key;
}

bool AccountRepository::isRecoveryKey(const QString &key) const
{
    QSqlQuery stored = m_database.prepare(QStringLiteral("SELECT hash FROM account_recovery WHERE id = 1"));
    const QString hash = m_database.scalar(stored).toString();
    return !hash.isEmpty() && PasswordHash::verify(hash, normalizedKey(key));
}

QString AccountRepository::renewRecoveryKey()
{
    m_access.require(Permission::ManageAccounts);
    Transaction transaction(m_database);
    const QString key = writeRecoveryKey();
    transaction.commit();
    return key;
}

} // namespace rongpei
