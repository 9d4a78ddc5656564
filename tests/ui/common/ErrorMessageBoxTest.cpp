// Errors shown to clerks: the plain message in the box, SQLite's words only behind "details".
#include "common/ErrorMessageBox.h"

#include "GuiTestSupport.h"
#include "common/ValidationError.h"
#include "storage/DatabaseError.h"

#include <QMessageBox>

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("An error box shows the message, and the storage's findings only as details", "[ui][error]")
{
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    showErrorMessage(
        nullptr, QStringLiteral("RongPei"),
        DatabaseError(
            DatabaseError::Kind::Corrupt, QStringLiteral("数据库已损坏。请从备份恢复。"),
            QStringLiteral("*** in database main ***\nPage 7: btreeInitPage() returns error code 11")),
        QStringLiteral("无法打开数据库。\n\n%1"));
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first() == QStringLiteral("无法打开数据库。\n\n数据库已损坏。请从备份恢复。"));
    CHECK_FALSE(answers.texts.first().contains(QStringLiteral("btree")));
    CHECK(answers.details.first().contains(QStringLiteral("Page 7")));

    answers.answer(QMessageBox::Ok);
    showErrorMessage(nullptr, QStringLiteral("RongPei"), std::runtime_error("plain"));
    REQUIRE(answers.details.size() == 2);
    CHECK(answers.details.last().isEmpty()); // no empty details button for an error without any
}
