#include "common/ReportFont.h"

#include <QStringList>

namespace rongpei {

QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    // Unshaped, Latin runs keep the digits of the font's character map: shaped, Noto Sans CJK
    // swaps in alternates that the PDF's text map cannot name, so "HY0001" extracts as "HY".
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    return font;
}

} // namespace rongpei
