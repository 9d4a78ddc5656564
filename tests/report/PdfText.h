#pragma once

// Reading back the PDFs the report tests write, with poppler-utils' pdftotext and pdfinfo.

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace rongpei::test {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " needs poppler-utils (installer/setup.sh installs it)");
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Qt's PDF text map names each glyph by the lowest code point the font maps to it, so
/// pdftotext reads 一 as ⼀ (U+2F00) and 门 as ⻔ (U+2ED4) where the font draws both alike.
/// Maps those radicals back: the Kangxi block by compatibility normalisation, the rest by
/// finding the ideograph the sheet's font draws with the same glyph.
inline QString withoutRadicals(const QString &text)
{
    static const QHash<char16_t, char16_t> ideographs = [] {
        QHash<char16_t, char16_t> map;
        const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QString unified;
        for (char16_t c = 0x4e00; c <= 0x9fff; ++c)
            unified.append(QChar(c));
        const QList<quint32> glyphs = font.glyphIndexesForString(unified);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size() && i < unified.size(); ++i)
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), unified.at(i).unicode());
        for (char16_t c = 0x2e80; c <= 0x2fd5; ++c) {
            const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(c)));
            if (!glyph.isEmpty() && byGlyph.contains(glyph.first()))
                map.insert(c, byGlyph.value(glyph.first()));
        }
        return map;
    }();
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2f00 && u <= 0x2fd5)
            result.append(QString(c).normalized(QString::NormalizationForm_KC));
        else if (ideographs.contains(u))
            result.append(QChar(ideographs.value(u)));
        else
            result.append(c);
    }
    return result;
}

/// pdftotext -layout of the file, one string per page, radicals mapped back.
inline QStringList pagesOf(const QString &pdf)
{
    QStringList pages = withoutRadicals(run(QStringLiteral("pdftotext"),
                                            {QStringLiteral("-layout"), pdf, QStringLiteral("-")}))
                            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

/// Installs RongPei's Chinese translation and locale for one test.
class ChineseLocale
{
public:
    ChineseLocale()
        : m_previous(QLocale())
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/rongpei_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    }
    ~ChineseLocale()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(ChineseLocale)

private:
    QLocale m_previous;
    QTranslator m_translator;
};

} // namespace rongpei::test
