#include "Workspace.h"

#include "accounts/AccountRepository.h"
#include "accounts/SignInThrottle.h"
#include "attachments/AttachmentRecordKind.h"
#include "attachments/AttachmentRepository.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "history/RecordKind.h"
#include "organization/OrganizationRecordKind.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRecordKind.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/ExchangeRules.h"
#include "rotation/RotationRecordKind.h"
#include "rotation/RotationRepository.h"
#include "storage/ChainAnchor.h"
#include "study/HourSource.h"
#include "study/OpeningHoursRepository.h"
#include "study/SessionRecordKind.h"
#include "study/StudyGroupRepository.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"
#include "training/ClassHourSource.h"
#include "training/CourseRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/FeedbackRepository.h"
#include "training/FollowUpRepository.h"
#include "training/TrainingClassRepository.h"
#include "training/TrainingRecordKinds.h"
#include "training/UnitPlanRepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>

namespace rongpei {

const QList<const HourSource *> &otherHourSources()
{
    // Every module whose records earn 学时, besides study sessions.
    static const ClassHourSource classes;
    static const QList<const HourSource *> sources{&classes};
    return sources;
}

Workspace::Workspace(const QString &path, Database::OpenMode mode, const Clock &clock,
                     DatabaseOptions options)
    : m_clock(clock)
    , m_database(std::make_unique<Database>(path, mode, options))
    , m_organizations(std::make_unique<OrganizationRepository>(*m_database, clock))
    , m_cadres(std::make_unique<CadreRepository>(*m_database, clock))
    , m_studySessions(std::make_unique<StudySessionRepository>(*m_database, clock))
    , m_studyRules(std::make_unique<StudyRuleRepository>(*m_database, clock))
    , m_openingHours(std::make_unique<OpeningHoursRepository>(*m_database, clock))
    , m_studyGroups(std::make_unique<StudyGroupRepository>(*m_database, clock))
    , m_courses(std::make_unique<CourseRepository>(*m_database, clock))
    , m_trainingClasses(std::make_unique<TrainingClassRepository>(*m_database, clock))
    , m_feedback(std::make_unique<FeedbackRepository>(*m_database, clock))
    , m_followUps(std::make_unique<FollowUpRepository>(*m_database, clock))
    , m_developmentPlans(std::make_unique<DevelopmentPlanRepository>(*m_database, clock))
    , m_unitPlans(std::make_unique<UnitPlanRepository>(*m_database, clock))
    , m_postHistory(std::make_unique<PostHistoryRepository>(*m_database, clock))
    , m_rotations(std::make_unique<RotationRepository>(*m_database, clock))
    , m_exchangeRules(std::make_unique<ExchangeRuleRepository>(*m_database, clock))
    , m_accounts(std::make_unique<AccountRepository>(*m_database, clock, m_access))
    , m_attachments(std::make_unique<AttachmentRepository>(*m_database, clock, m_access))
{
    JournalWriter &journal = m_database->journal();
    journal.setClock([&clock] { return clock.now(); });
    if (!m_accounts->isEmpty())
        m_access = AccessPolicy::signedOut();
    journal.setWriteGuard([this](qint64 afterSeq) { m_access.guardWrite(*m_database, afterSeq); });
    for (RecordRepository *repository : std::initializer_list<RecordRepository *>{
             m_organizations.get(), m_cadres.get(), m_studySessions.get(), m_openingHours.get(),
             m_studyGroups.get(), m_courses.get(), m_trainingClasses.get(), m_feedback.get(),
             m_followUps.get(), m_developmentPlans.get(), m_unitPlans.get(), m_postHistory.get(),
             m_rotations.get(), m_exchangeRules.get(), m_accounts.get(), m_attachments.get()})
        repository->setReadAccess([this](qint64 unit) { return m_access.mayRead(unit); },
                                  [this](qint64 unit) { m_access.requireReadable(unit); });
    // A file attached to a record is a change of the record for the record's views.
    QObject::connect(m_attachments.get(), &AttachmentRepository::attachmentsChanged, m_attachments.get(),
                     [this](const QString &column, qint64 id) {
                         if (RecordRepository *owner = ownerRepository(column))
                             owner->announcePartChanged(id);
                     });
    journal.setSealedListener(
        [anchor = ChainAnchor(*m_database)](const ChainHead &head) { anchor.see(head); });
}

Workspace::~Workspace() = default;

RecordRepository *Workspace::ownerRepository(const QString &attachmentColumn) const
{
    if (attachmentColumn == recordKind(QStringLiteral("session"))->attachmentColumn)
        return m_studySessions.get();
    if (attachmentColumn == recordKind(QStringLiteral("cadre"))->attachmentColumn)
        return m_cadres.get();
    return nullptr;
}

void Workspace::announceChanges(const std::vector<JournalEntry> &entries)
{
    // Units first: the roster and the sessions name them.
    m_organizations->announceChanges(entries);
    m_studyRules->announceChanges(entries);
    m_cadres->announceChanges(entries);
    m_studySessions->announceChanges(entries);
    m_openingHours->announceChanges(entries);
    m_studyGroups->announceChanges(entries);
    m_courses->announceChanges(entries);
    m_trainingClasses->announceChanges(entries);
    m_feedback->announceChanges(entries);
    m_followUps->announceChanges(entries);
    m_developmentPlans->announceChanges(entries);
    m_unitPlans->announceChanges(entries);
    m_postHistory->announceChanges(entries);
    m_rotations->announceChanges(entries);
    m_exchangeRules->announceChanges(entries);
    m_attachments->announceChanges(entries);
}

QString Workspace::fileId() const
{
    QSqlQuery query = m_database->prepare(QStringLiteral("SELECT uuid FROM file_identity WHERE id = 1"));
    return m_database->scalar(query).toString();
}

const Account &Workspace::signIn(const QString &name, const QString &password)
{
    SignInThrottle throttle(fileId(), m_clock);
    if (const int wait = throttle.secondsToWait(name); wait > 0)
        throw SignInError(tr("Too many wrong passwords for %1: try again in %n second(s).", nullptr, wait)
                              .arg(name.trimmed()),
                          wait);
    const std::optional<Account> account = m_accounts->authenticate(name, password);
    if (!account) {
        throttle.failed(name);
        throw SignInError(tr("The user name or the password is wrong."), throttle.secondsToWait(name));
    }
    throttle.succeeded(name);
    signInAs(*account);
    return *m_access.account();
}

void Workspace::signInAs(const Account &account)
{
    m_access = AccessPolicy::of(account, *m_database);
    JournalAuthor author = m_database->journal().author();
    author.user = account.name;
    m_database->journal().setAuthor(author);
}

void Workspace::signOut()
{
    m_access = m_accounts->isEmpty() ? AccessPolicy::unrestricted() : AccessPolicy::signedOut();
    JournalAuthor author = m_database->journal().author();
    author.user.clear();
    m_database->journal().setAuthor(author);
}

QString Workspace::recoverAdministrator(const QString &name, const QString &recoveryKey,
                                        const QString &newPassword)
{
    SignInThrottle throttle(fileId(), m_clock);
    const QString throttled = QStringLiteral("recovery key");
    if (const int wait = throttle.secondsToWait(throttled); wait > 0)
        throw SignInError(tr("Too many wrong recovery keys: try again in %n second(s).", nullptr, wait),
                          wait);
    const std::optional<Account> account = m_accounts->findByName(name);
    if (!m_accounts->isRecoveryKey(recoveryKey) || !account || account->role != AccountRole::Administrator) {
        throttle.failed(throttled);
        throw SignInError(tr("The recovery key or the administrator's name is wrong."),
                          throttle.secondsToWait(throttled));
    }
    throttle.succeeded(throttled);
    if (const std::optional<QString> problem = AccountRepository::passwordProblem(account->name, newPassword))
        throw ValidationError(QList<FieldError>{{QStringLiteral("password"), *problem}});
    // The reset is the administrator's own act, done with the key: the audit names it so.
    signInAs(*account);
    try {
        Transaction transaction(*m_database);
        m_accounts->setPassword(account->id, newPassword, PasswordSetter::RecoveryKey);
        const QString key = m_accounts->renewRecoveryKey();
        transaction.commit();
        return key;
    } catch (...) {
        signOut();
        throw;
    }
}

const std::vector<RecordKind> &Workspace::recordKinds()
{
    // Built on first use, after the translators are installed: the labels are translated.
    static const std::vector<RecordKind> kinds = [] {
        std::vector<RecordKind> modules{OrganizationRecordKind::kind(),
                                        CadreRecordKind::kind(),
                                        SessionRecordKind::kind(),
                                        TrainingRecordKinds::course(),
                                        TrainingRecordKinds::trainingClass(),
                                        TrainingRecordKinds::developmentPlan(),
                                        TrainingRecordKinds::unitPlan(),
                                        RotationRecordKind::rotation(),
                                        RotationRecordKind::exchangeRule()};
        modules.push_back(AttachmentRecordKind::kind(modules));
        return modules;
    }();
    return kinds;
}

const RecordKind *Workspace::recordKind(const QString &name)
{
    for (const RecordKind &kind : recordKinds())
        if (kind.code == name || kind.table == name)
            return &kind;
    return nullptr;
}

QString Workspace::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("rongpei.db"));
}

} // namespace rongpei
