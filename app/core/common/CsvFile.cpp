#include "common/CsvFile.h"

#include "common/FileError.h"

#include <QDir>
#include <QSaveFile>

namespace rongpei {

QString CsvFile::field(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString CsvFile::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

void CsvFile::writeForSpreadsheets(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw FileError(tr("%1 could not be written: %2. Choose another folder or free some space, then try "
                           "again.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace rongpei
