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

TEST_CASE("Dates show the locale's order with a four-digit year, in every language", "[localization]")
{
    const QDate date(1988, 8, 31);
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(displayDate(date, chinese) == QStringLiteral("1988/8/31"));
    CHECK(displayDate(date, english) == QStringLiteral("8/31/1988")); // not 8/31/88
    CHECK(displayDateFormat(english).count(u'y') == 4);
    CHECK(QDate::fromString(displayDate(date, english), displayDateFormat(english)) ==
          date); // date edits read it back
    CHECK(displayDate(QDate(), chinese).isEmpty());
}
