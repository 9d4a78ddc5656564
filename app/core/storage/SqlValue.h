#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <array>
#include <cstring>

namespace rongpei {

/// How repositories bind values: the same conventions in every table.
namespace SqlValue {

/// For NOT NULL text columns: a null QString would bind as SQL NULL.
inline QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// A reference that may be absent: 0 binds as SQL NULL.
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// A date as stored (yyyy-MM-dd); an invalid date binds as SQL NULL.
inline QVariant date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// The record's own uuid, or a new one for a record that has none yet.
/// A random (version 4) uuid. QUuid::createUuid() reads the system's entropy for every one,
/// about 1 µs: 2 s for a demo's two million roll-call lines. Qt's global generator is seeded
/// from it once per process, and 122 random bits keep uuids apart across every branch.
inline QString newUuid()
{
    std::array<quint64, 2> words;
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    std::array<char, 16> bytes;
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size())).toString(QUuid::WithoutBraces);
}

inline QString uuidOrNew(const QString &uuid)
{
    return uuid.isEmpty() ? newUuid() : uuid;
}

} // namespace SqlValue

} // namespace rongpei
