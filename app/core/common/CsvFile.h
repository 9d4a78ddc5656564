#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rongpei {

/// CSV as RFC 4180 writes it (CRLF lines, quoted fields where needed), for scripts and
/// spreadsheets. Every table RongPei exports, from the GUI or the CLI, is written here.
class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CsvFile)

public:
    /// One field, quoted if it holds a comma, quote or line break. A field a spreadsheet would
    /// run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
    static QString field(QString text);
    /// One line of fields, each quoted as needed, ending in CRLF.
    static QString line(const QStringList &fields);

    /// Writes `text` as UTF-8 with a byte order mark, so Excel and WPS read Chinese correctly;
    /// all or nothing (a temporary file renamed into place). Throws FileError naming the file.
    static void writeForSpreadsheets(const QString &path, const QString &text);
};

} // namespace rongpei
