#include "shell/GuiStartup.h"

#include "Workspace.h"
#include "accounts/AccountRepository.h"
#include "accounts/AdministratorSetupDialog.h"
#include "accounts/SignInDialog.h"
#include "attachments/DemoAttachmentFiles.h"
#include "attachments/PrivateCopy.h"
#include "common/BackgroundJob.h"
#include "common/Clock.h"
#include "common/ErrorMessageBox.h"
#include "common/Localization.h"
#include "common/UserMessage.h"
#include "demo/DemoGenerator.h"
#include "organization/Organization.h"
#include "organization/OrganizationRepository.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/StartupSplash.h"
#include "storage/ChainAnchor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

#include <optional>

namespace rongpei {

void applyChineseFontFallbacks(QApplication &application)
{
    QFont font = application.font();
    QStringList families{font.family()};
    families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Source Han Sans SC")
             << QStringLiteral("Microsoft YaHei") << QStringLiteral("WenQuanYi Micro Hei");
    font.setFamilies(families);
    QApplication::setFont(font);
}

namespace {

/// Creates the file if nobody has; true if this call created it.
bool claimNewFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/// Fills a just-created workspace as the user chose; throws ValidationError if cancelled.
void fillNewWorkspace(Workspace &workspace, const FirstRunDialog &welcome)
{
    if (welcome.choice() == FirstRunDialog::Choice::CreateOrganization) {
        Organization enterprise;
        enterprise.kind = OrganizationKind::Enterprise;
        enterprise.name = welcome.enterpriseName();
        workspace.organizations().add(enterprise);
        return;
    }
    QProgressDialog progress(QApplication::translate("rongpei::GuiStartup", "Creating demo data…"),
                             QApplication::translate("rongpei::GuiStartup", "Cancel"), 0, 100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false); // reaching the maximum must not forget a cancel
    const DemoAttachmentFiles files;
    DemoOptions options;
    options.files = &files;
    const DemoSummary summary = DemoGenerator(workspace).generate(options, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    QMessageBox::information(
        nullptr, QApplication::translate("rongpei::GuiStartup", "Demo data"),
        QApplication::translate("rongpei::GuiStartup",
                                "The demo file has three users: admin (administrator), manager (manager) and "
                                "clerk (clerk of %1), each with the password %2.")
            .arg(summary.clerkBranch, DemoGenerator::password));
}

/// Database::openingCheck() off the GUI thread, the event loop running meanwhile: the schema
/// version, or nullopt if a check failed (opening again on the GUI thread says why).
std::optional<int> checkOffGuiThread(const QString &path)
{
    QFutureWatcher<int> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<int>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run(BackgroundJob::threadPool(), [path] { return Database::openingCheck(path); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    try {
        return watcher.result();
    } catch (...) {
        return std::nullopt;
    }
}

} // namespace

bool signInAtStart(Workspace &workspace)
{
    const ChainAnchor anchor(workspace.database());
    if (!anchor.stillHolds(workspace.database()))
        QMessageBox::warning(
            nullptr, QApplication::translate("rongpei::GuiStartup", "RongPei"),
            QApplication::translate(
                "rongpei::GuiStartup",
                "The audit trail of %1 no longer holds change %2 as this computer saw it saved: "
                "the file was replaced by an older copy, or its history was rewritten. If no "
                "backup was restored on purpose, tell the administrator.")
                .arg(QDir::toNativeSeparators(workspace.database().path()))
                .arg(anchor.seen().seq));
    if (workspace.accounts().isEmpty()) // a new file, or one from before accounts
        return AdministratorSetupDialog(workspace).exec() == QDialog::Accepted;
    if (!workspace.needsSignIn())
        return true;
    return SignInDialog(workspace).exec() == QDialog::Accepted;
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, const Clock &clock)
{
    const std::optional<int> version = checkOffGuiThread(path);
    if (version == 0)
        return nullptr;
    // A failed check is run again while opening, which throws its message or recovers the file.
    return std::make_unique<Workspace>(path, Database::OpenMode::MustExist, clock,
                                       version ? DatabaseOptions::afterOpeningCheck() : DatabaseOptions());
}

std::unique_ptr<Workspace> createWorkspace(const QString &path, const Clock &clock)
{
    for (;;) {
        FirstRunDialog welcome(path);
        if (welcome.exec() != QDialog::Accepted)
            return nullptr;
        // The dialog may have been open for a while: another RongPei may have set the file up.
        if (!Database::isUninitialized(path))
            return std::make_unique<Workspace>(path, Database::OpenMode::MustExist, clock);
        const bool created = claimNewFile(path);
        auto workspace = std::make_unique<Workspace>(path, Database::OpenMode::CreateIfMissing, clock);
        try {
            fillNewWorkspace(*workspace, welcome);
            return workspace;
        } catch (const std::exception &error) {
            workspace.reset();
            if (created)
                removeDatabaseFiles(path); // made by this attempt a moment ago, never anyone else's
            showErrorMessage(nullptr, QApplication::translate("rongpei::GuiStartup", "RongPei"), error);
        }
    }
}

int runRongPei(QApplication &application)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RongPei"));
    QCoreApplication::setApplicationName(QStringLiteral("rongpei"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RONGPEI_VERSION));
    installTranslations(application, uiLocale(SettingsDialog::savedLanguage()));
    QGuiApplication::setApplicationDisplayName(QApplication::translate("rongpei::MainWindow", "RongPei"));
    applyChineseFontFallbacks(application);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rongpei.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rongpei.RongPei"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("rongpei::GuiStartup", "RongPei desktop application."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("rongpei::GuiStartup", "Open this database file."),
        QApplication::translate("rongpei::GuiStartup", "file"));
    parser.addOption(databaseOption);
    parser.process(application);
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Workspace::defaultDatabasePath();
    // Copies opened for the system viewer last as long as RongPei runs; a crash's go now.
    PrivateCopy::removeAll();
    QObject::connect(&application, &QCoreApplication::aboutToQuit, [] { PrivateCopy::removeAll(); });

    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<StartupSplash> splash;
    try {
        if (QFileInfo::exists(path)) {
            splash = std::make_unique<StartupSplash>(path);
            splash->showNow();
            workspace = openWorkspace(path, clock);
        }
        if (!workspace) { // no file yet, or a blank one
            splash.reset();
            workspace = createWorkspace(path, clock);
        }
        if (splash && workspace && (workspace->needsSignIn() || workspace->accounts().isEmpty()))
            splash->hide(); // the sign-in is asked on its own, not over the splash
        if (workspace && !signInAtStart(*workspace))
            return 0;
        if (workspace)
            window = std::make_unique<MainWindow>(*workspace);
    } catch (const std::exception &error) {
        if (splash)
            splash->close();
        showErrorMessage(
            nullptr, QApplication::translate("rongpei::GuiStartup", "RongPei"), error,
            QApplication::translate("rongpei::GuiStartup", "RongPei cannot open the database.\n\n%1"));
        return 1;
    }
    if (!window)
        return 0;
    window->show();
    if (splash)
        splash->finish(window.get());
    const int exitCode = QApplication::exec();
    window.reset(); // the window's models hold on to the workspace's repositories
    return exitCode;
}

} // namespace rongpei
