#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace rongpei {

/// A list of values bound as one parameter instead of written into the SQL: the statement's
/// text stays the same whatever the list holds, and no value ever becomes SQL. Write
/// `x IN ` + SqlList::values() and bind SqlList::bound(list) at that place. (SQLite reads the
/// list as JSON; a server back end will spell values() its own way, here only.)
namespace SqlList {

inline QString values()
{
    return QStringLiteral("(SELECT value FROM json_each(?))");
}

inline QString bound(const QList<qint64> &numbers)
{
    QJsonArray array;
    for (const qint64 number : numbers)
        array.append(number);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString bound(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

} // namespace SqlList

} // namespace rongpei
