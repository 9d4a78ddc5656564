#pragma once

#include "accounts/AccessPolicy.h"
#include "accounts/SignInError.h"
#include "storage/Database.h"

#include <memory>
#include <vector>

namespace rongpei {

class AccountRepository;
class AttachmentRepository;
class CadreRepository;
class Clock;
class CourseRepository;
class DevelopmentPlanRepository;
class ExchangeRuleRepository;
class PostHistoryRepository;
class RotationRepository;
class UnitPlanRepository;
class FeedbackRepository;
class FollowUpRepository;
class OpeningHoursRepository;
class RecordRepository;
class StudyGroupRepository;
class OrganizationRepository;
class StudyRuleRepository;
class StudySessionRepository;
class TrainingClassRepository;
struct JournalEntry;
struct RecordKind;

/// An open RongPei file with its repositories: what the GUI and the CLI work on.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::Workspace)

public:
    Workspace(const QString &path, Database::OpenMode mode, const Clock &clock, DatabaseOptions options = {});
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    /// Where the database lives unless --database says otherwise.
    static QString defaultDatabasePath();

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    OrganizationRepository &organizations() { return *m_organizations; }
    CadreRepository &cadres() { return *m_cadres; }
    StudySessionRepository &studySessions() { return *m_studySessions; }
    StudyRuleRepository &studyRules() { return *m_studyRules; }
    OpeningHoursRepository &openingHours() { return *m_openingHours; }
    StudyGroupRepository &studyGroups() { return *m_studyGroups; }
    CourseRepository &courses() { return *m_courses; }
    TrainingClassRepository &trainingClasses() { return *m_trainingClasses; }
    FeedbackRepository &feedback() { return *m_feedback; }
    FollowUpRepository &followUps() { return *m_followUps; }
    DevelopmentPlanRepository &developmentPlans() { return *m_developmentPlans; }
    UnitPlanRepository &unitPlans() { return *m_unitPlans; }
    PostHistoryRepository &postHistory() { return *m_postHistory; }
    RotationRepository &rotations() { return *m_rotations; }
    ExchangeRuleRepository &exchangeRules() { return *m_exchangeRules; }
    AccountRepository &accounts() { return *m_accounts; }
    AttachmentRepository &attachments() { return *m_attachments; }

    /// Who is working and what they may do; every write of a record is held to it.
    const AccessPolicy &access() const { return m_access; }
    /// Whether the file has users and nobody has signed in yet.
    bool needsSignIn() const { return m_access.isSignedOut(); }
    /// Signs `name` in; throws SignInError. Too many wrong passwords make the next attempts wait.
    const Account &signIn(const QString &name, const QString &password);
    /// Signs in the administrator just created, or a user whose password was just reset.
    void signInAs(const Account &account);
    /// Nobody is signed in any more: nothing can be read or changed until someone signs in.
    void signOut();
    /// Resets an administrator's password with the recovery key printed at set-up, recorded in
    /// the audit; returns the new recovery key, since the old one is spent. Throws SignInError for
    /// a wrong key, ValidationError for a refused password.
    QString recoverAdministrator(const QString &name, const QString &recoveryKey, const QString &newPassword);

    /// Tells every repository of changes written past it, from their journal rows: what another
    /// program committed (live refresh), or what the recycle bin restored.
    void announceChanges(const std::vector<JournalEntry> &entries);

    /// Every kind of record whose history can be shown, as the modules declare them.
    static const std::vector<RecordKind> &recordKinds();
    /// The kind whose code or table is `name`; nullptr if there is none.
    static const RecordKind *recordKind(const QString &name);

private:
    QString fileId() const;
    /// The repository of the records whose files the attachment table's `attachmentColumn` names.
    RecordRepository *ownerRepository(const QString &attachmentColumn) const;

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<CadreRepository> m_cadres;
    std::unique_ptr<StudySessionRepository> m_studySessions;
    std::unique_ptr<StudyRuleRepository> m_studyRules;
    std::unique_ptr<OpeningHoursRepository> m_openingHours;
    std::unique_ptr<StudyGroupRepository> m_studyGroups;
    std::unique_ptr<CourseRepository> m_courses;
    std::unique_ptr<TrainingClassRepository> m_trainingClasses;
    std::unique_ptr<FeedbackRepository> m_feedback;
    std::unique_ptr<FollowUpRepository> m_followUps;
    std::unique_ptr<DevelopmentPlanRepository> m_developmentPlans;
    std::unique_ptr<UnitPlanRepository> m_unitPlans;
    std::unique_ptr<PostHistoryRepository> m_postHistory;
    std::unique_ptr<RotationRepository> m_rotations;
    std::unique_ptr<ExchangeRuleRepository> m_exchangeRules;
    AccessPolicy m_access = AccessPolicy::unrestricted();
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<AttachmentRepository> m_attachments;
};

} // namespace rongpei
