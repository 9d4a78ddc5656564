#include "common/TextTable.h"

namespace rongpei::TextTable {

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString format(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<QStringList> cells;
    for (const QStringList &row : rows) {
        QStringList line;
        for (const QString &cell : row)
            line.append(QString(cell).replace(u'\r', u' ').replace(u'\n', u' '));
        cells.append(line);
    }
    QList<int> widths;
    for (const QStringList &line : std::as_const(cells))
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths[c], displayWidth(line.at(c)));
        }
    QString out;
    for (const QStringList &line : std::as_const(cells)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const QString padding(widths.at(c) - displayWidth(line.at(c)), u' ');
            text += rightAligned.value(c) ? padding + line.at(c) : line.at(c) + padding;
            if (c + 1 < line.size())
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' ')) // the last column's padding
            text.chop(1);
        out += text + u'\n';
    }
    return out;
}

} // namespace rongpei::TextTable
