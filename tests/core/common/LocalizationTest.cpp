#include "common/Localization.h"

#include "TestSupport.h"
#include "roster/Cadre.h"
#include "storage/Database.h"

#include <QFile>
#include <QTranslator>

using namespace rongpei;

TEST_CASE("The interface language follows the setting, then the system", "[localization]")
{
    const QLocale chinaSystem(QLocale::Chinese, QLocale::China);
    const QLocale usSystem(QLocale::English, QLocale::UnitedStates);
    CHECK(uiLocale(UiLanguage::System, chinaSystem).language() == QLocale::Chinese);
    CHECK(uiLocale(UiLanguage::System, usSystem).language() == QLocale::English);
    CHECK(uiLocale(UiLanguage::System, QLocale(QLocale::German, QLocale::Germany)).language() ==
          QLocale::English);
    CHECK(uiLocale(UiLanguage::Chinese, usSystem).language() == QLocale::Chinese);
    CHECK(uiLocale(UiLanguage::English, chinaSystem).language() == QLocale::English);
    for (UiLanguage language : {UiLanguage::System, UiLanguage::Chinese, UiLanguage::English})
        CHECK(uiLanguageFromCode(uiLanguageCode(language)) == language);
    CHECK(uiLanguageFromCode(QStringLiteral("garbage")) == UiLanguage::System);
}

TEST_CASE("The shipped Chinese translation is complete", "[localization]")
{
    QFile ts(QStringLiteral(RONGPEI_TS_FILE));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    CHECK(text.count("<message") > 150);
    CHECK(text.count("type=\"unfinished\"") == 0);
    CHECK(text.count("type=\"vanished\"") == 0);
}

TEST_CASE("Chinese translations reach core messages and labels", "[localization]")
{
    const QLocale chinese = uiLocale(UiLanguage::Chinese);
    REQUIRE(installTranslations(*QCoreApplication::instance(), chinese));
    CHECK(enumLabel(Gender::Male) == QStringLiteral("男"));
    CHECK(enumLabel(PartyStatus::Member) == QStringLiteral("中共党员"));
    CHECK(enumLabel(OrganizationKind::Branch) == QStringLiteral("党支部"));
    try {
        Database::check(QStringLiteral("/nonexistent/rongpei.db"));
        FAIL("a missing file passed the check");
    } catch (const DatabaseError &error) {
        CHECK(error.message().contains(QStringLiteral("不存在")));
    }
    // Back to English for the tests that follow in this process.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    CHECK(enumLabel(Gender::Male) == QStringLiteral("Male"));
}
