#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "SettingsDialog.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("The chosen language is remembered", "[ui][settings]")
{
    QSettings().clear();
    CHECK(SettingsDialog::savedLanguage() == UiLanguage::System);

    SettingsDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    REQUIRE(language != nullptr);
    CHECK(language->currentData().toString() == uiLanguageCode(UiLanguage::System));
    language->setCurrentIndex(language->findData(uiLanguageCode(UiLanguage::English)));
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    dialog.accept();
    REQUIRE(answers.texts.size() == 1); // told that it applies from the next start
    CHECK(SettingsDialog::savedLanguage() == UiLanguage::English);

    SettingsDialog again;
    CHECK(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString() ==
          uiLanguageCode(UiLanguage::English));
    QSettings().clear();
}

TEST_CASE("The first-run dialog needs the enterprise's name unless demo data is chosen", "[ui][first-run]")
{
    FirstRunDialog dialog(QStringLiteral("/tmp/rongpei.db"));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("enterpriseName"));
    REQUIRE(name != nullptr);
    dialog.accept();
    CHECK(dialog.isVisible()); // refused: no name
    CHECK(dialog.result() != QDialog::Accepted);

    typeText(name, QStringLiteral("  华远能源集团有限公司 "));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.choice() == FirstRunDialog::Choice::CreateOrganization);
    CHECK(dialog.enterpriseName() == QStringLiteral("华远能源集团有限公司"));

    FirstRunDialog demo(QStringLiteral("/tmp/rongpei.db"));
    demo.show();
    const auto radios = demo.findChildren<QRadioButton *>();
    REQUIRE(radios.size() == 2);
    radios.last()->setChecked(true);
    demo.accept();
    CHECK(demo.result() == QDialog::Accepted);
    CHECK(demo.choice() == FirstRunDialog::Choice::LoadDemo);
}
