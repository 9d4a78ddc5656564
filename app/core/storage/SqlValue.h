#pragma once

#include <QDate>
#include <QString>
#include <QUuid>
#include <QVariant>

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
inline QString uuidOrNew(const QString &uuid)
{
    return uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid;
}

} // namespace SqlValue

} // namespace rongpei
