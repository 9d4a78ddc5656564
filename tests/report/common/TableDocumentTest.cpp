#include "PdfText.h"
#include "TestSupport.h"
#include "common/PrintedTable.h"
#include "common/ValidationError.h"

#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

PrintedTable sampleTable(int rows)
{
    PrintedTable table;
    table.title = QStringLiteral("干部名册");
    table.caption = QStringLiteral("第一党支部 · 2026年第3季度");
    table.headers = {QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("学时")};
    table.numericColumns = {2};
    table.printedOn = QDate(2026, 11, 24);
    for (int i = 0; i < rows; ++i)
        table.rows.append({QStringLiteral("HY%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("张敏"),
                           QString::number(i % 40)});
    return table;
}

} // namespace

TEST_CASE("A printed table holds its title, caption, headings and every row, in order", "[report][table]")
{
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("table.pdf"));
    TableDocument::writePdf(sampleTable(120), pdf);
    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() >= 2);
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("595")));
    CHECK(pages.first().contains(QStringLiteral("干部名册")));
    CHECK(pages.first().contains(QStringLiteral("第一党支部")));
    // The heading row is repeated on every page; the rows follow the table's order.
    qsizetype last = -1;
    int found = 0;
    const QString all = pages.join(QString());
    for (int i = 0; i < 120; ++i) {
        const qsizetype at = all.indexOf(QStringLiteral("HY%1").arg(i, 4, 10, QLatin1Char('0')));
        CHECK(at > last);
        last = at;
        found += at >= 0 ? 1 : 0;
    }
    CHECK(found == 120);
    for (const QString &page : pages)
        CHECK(page.contains(QStringLiteral("姓名")));
}

TEST_CASE("A wide table is printed in landscape, an unwritable path is refused and leaves nothing",
          "[report][table]")
{
    PrintedTable wide = sampleTable(3);
    for (int i = 0; i < 6; ++i)
        wide.headers.append(QStringLiteral("列%1").arg(i));
    CHECK(TableDocument::pageLayout(wide).orientation() == QPageLayout::Landscape);
    CHECK(TableDocument::pageLayout(sampleTable(3)).orientation() == QPageLayout::Portrait);

    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("missing/table.pdf"));
    CHECK_THROWS_AS(TableDocument::writePdf(wide, path), ValidationError);
    CHECK_FALSE(QFile::exists(path));
}
