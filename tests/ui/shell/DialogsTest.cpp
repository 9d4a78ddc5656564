#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "attachments/AttachmentFile.h"
#include "common/ValidationError.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "shell/FirstRunDialog.h"
#include "shell/GuardedApplication.h"
#include "shell/GuiStartup.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
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

TEST_CASE("The largest attached file is a setting of this computer, 20 MB until changed",
          "[ui][settings][attachments]")
{
    QSettings().clear();
    CHECK(AttachmentFile::maxBytes() == 20 * 1024 * 1024);
    SettingsDialog dialog;
    auto *megabytes = dialog.findChild<QSpinBox *>(QStringLiteral("attachmentMegabytes"));
    REQUIRE(megabytes != nullptr);
    CHECK(megabytes->value() == 20);
    megabytes->setValue(5);
    dialog.accept();
    CHECK(AttachmentFile::maxBytes() == 5 * 1024 * 1024);
    try {
        AttachmentFile::fromBytes(QStringLiteral("scan.pdf"),
                                  QByteArrayLiteral("%PDF-1.4\n") + QByteArray(6 * 1024 * 1024, 'x'),
                                  AttachmentFile::maxBytes());
        FAIL("a file over the limit was taken");
    } catch (const ValidationError &error) {
        CHECK(error.message().contains(QStringLiteral("scan.pdf")));
    }
    CHECK(SettingsDialog().findChild<QSpinBox *>(QStringLiteral("attachmentMegabytes"))->value() == 5);
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

namespace {

class FailingWidget final : public QWidget
{
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User)
            throw DatabaseError(DatabaseError::Kind::Corrupt, QStringLiteral("disk read error"));
        return QWidget::event(event);
    }
};

} // namespace

TEST_CASE("An exception escaping an event handler is reported, not fatal", "[ui][application]")
{
    auto *application = qobject_cast<GuardedApplication *>(QCoreApplication::instance());
    REQUIRE(application != nullptr);
    QStringList reported;
    const auto connection =
        QObject::connect(application, &GuardedApplication::errorReported,
                         [&reported](const QString &message) { reported.append(message); });
    FailingWidget widget;
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    QEvent event(QEvent::User);
    CHECK_FALSE(QCoreApplication::sendEvent(&widget, &event));
    CHECK(reported == QStringList{QStringLiteral("disk read error")});
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first().contains(QStringLiteral("disk read error")));
    QObject::disconnect(connection);
}

TEST_CASE("A database set up while the welcome dialog was open is opened, not overwritten", "[ui][first-run]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("rongpei.db"));
    FixedClock clock;
    QString otherDatabase;
    {
        TemporaryWorkspace other;
        const auto org = SmallOrganization::create(other.workspace());
        other.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
        other.close();
        otherDatabase = other.path();
        // Another RongPei finishes its first start while this one's welcome dialog is open.
        QTimer::singleShot(0, [&] {
            REQUIRE(QFile::copy(otherDatabase, path));
            auto *welcome = qobject_cast<FirstRunDialog *>(QApplication::activeModalWidget());
            REQUIRE(welcome != nullptr);
            welcome->findChildren<QRadioButton *>().last()->setChecked(true); // demo data
            welcome->accept();
        });
        const auto workspace = createWorkspace(path, clock);
        REQUIRE(workspace != nullptr);
        CHECK(workspace->cadres().count() == 1); // the other instance's data, kept
        CHECK(workspace->organizations().count() == 7);
    }
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Start-up checks an existing file off the GUI thread and opens it, or says why not",
          "[ui][startup]")
{
    FixedClock clock;
    TemporaryFolder folder;

    TemporaryWorkspace existing;
    const auto org = SmallOrganization::create(existing.workspace());
    existing.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    existing.close();
    {
        const auto workspace = openWorkspace(existing.path(), clock);
        REQUIRE(workspace != nullptr);
        CHECK(workspace->cadres().count() == 1);
    }

    // A blank file is a first start that never finished: the caller sets it up.
    const QString blank = folder.path(QStringLiteral("blank.rongpei"));
    REQUIRE(QFile(blank).open(QIODevice::WriteOnly));
    CHECK(openWorkspace(blank, clock) == nullptr);

    // Another program's file: the checks refuse it, and opening says so without touching it.
    const QString foreign = folder.path(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes(text)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(foreign);
    try {
        openWorkspace(foreign, clock);
        FAIL("another program's file should have been refused");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::ForeignApplication);
        CHECK(error.message().contains(QStringLiteral("foreign.db")));
    }
    CHECK(fileHash(foreign) == before);
}
