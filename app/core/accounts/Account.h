#pragma once

#include "common/DomainEnum.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace rongpei {

/// What a user may do: see AccessPolicy.
enum class AccountRole
{
    /// Users, rules, the organisation, backups, and every record.
    Administrator,
    /// Reads every record and prints; changes none.
    Manager,
    /// Reads and changes the records of the units the account is bound to.
    Clerk,
};

template <>
struct EnumTraits<AccountRole>
{
    static constexpr std::array<EnumEntry<AccountRole>, 3> entries{{
        {AccountRole::Administrator, u"administrator", QT_TRANSLATE_NOOP("Labels", "Administrator")},
        {AccountRole::Manager, u"manager", QT_TRANSLATE_NOOP("Labels", "Manager")},
        {AccountRole::Clerk, u"clerk", QT_TRANSLATE_NOOP("Labels", "Clerk")},
    }};
};

/// Who set an account's password last.
enum class PasswordSetter
{
    Self,
    Administrator,
    RecoveryKey,
};

template <>
struct EnumTraits<PasswordSetter>
{
    static constexpr std::array<EnumEntry<PasswordSetter>, 3> entries{{
        {PasswordSetter::Self, u"self", QT_TRANSLATE_NOOP("Labels", "The user")},
        {PasswordSetter::Administrator, u"administrator", QT_TRANSLATE_NOOP("Labels", "An administrator")},
        {PasswordSetter::RecoveryKey, u"recovery", QT_TRANSLATE_NOOP("Labels", "The recovery key")},
    }};
};

/// A user who signs in to a RongPei file.
struct Account
{
    qint64 id = 0;
    QString uuid;
    /// What they sign in with; unique, whatever the case.
    QString name;
    QString displayName;
    AccountRole role = AccountRole::Clerk;
    bool active = true;
    /// A clerk's units (branches, or committees with everything beneath them); ids, sorted.
    QList<qint64> units;
    PasswordSetter passwordSetBy = PasswordSetter::Self;
    QDateTime passwordChangedAt;

    /// "张敏 (zhangmin)", or the name alone.
    QString label() const
    {
        return displayName.isEmpty() || displayName == name
                   ? name
                   : displayName + QStringLiteral(" (") + name + u')';
    }
};

} // namespace rongpei
