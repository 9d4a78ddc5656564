#include "TestSupport.h"

#include "organization/OrganizationRepository.h"
#include "storage/SqlScript.h"
#include "study/StudyRuleRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rongpei::test {

TemporaryFolder::TemporaryFolder()
{
    REQUIRE(m_dir.isValid());
    // To look at what a test wrote (PDFs as PNG pages, say): RONGPEI_KEEP_TEST_FILES=1.
    if (qEnvironmentVariableIsSet("RONGPEI_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        WARN("kept: " << m_dir.path().toStdString());
    }
}

TemporaryWorkspace::TemporaryWorkspace(DatabaseOptions options)
    : m_path(m_folder.path(QStringLiteral("rongpei.db")))
    , m_options(options)
{
    reopen();
}

void TemporaryWorkspace::reopen()
{
    m_workspace.reset();
    m_workspace =
        std::make_unique<Workspace>(m_path, Database::OpenMode::CreateIfMissing, m_clock, m_options);
}

SmallOrganization SmallOrganization::create(Workspace &workspace)
{
    OrganizationRepository &repository = workspace.organizations();
    auto add = [&repository](OrganizationKind kind, qint64 parent, const char16_t *name) {
        Organization o;
        o.kind = kind;
        o.parentId = parent;
        o.name = QString::fromUtf16(name);
        o.recordsStart = QDate(2015, 1, 1); // records kept for years: every period counts
        return repository.add(o);
    };
    SmallOrganization org;
    org.enterprise = add(OrganizationKind::Enterprise, 0, u"华远集团");
    org.committee = add(OrganizationKind::Committee, org.enterprise, u"集团党委");
    org.firstBranch = add(OrganizationKind::Branch, org.committee, u"第一党支部");
    org.office = add(OrganizationKind::Department, org.firstBranch, u"办公室");
    org.finance = add(OrganizationKind::Department, org.firstBranch, u"财务部");
    org.secondBranch = add(OrganizationKind::Branch, org.committee, u"第二党支部");
    org.production = add(OrganizationKind::Department, org.secondBranch, u"生产部");
    return org;
}

Cadre sampleCadre(qint64 branchId, const QString &employeeNumber, const QString &name)
{
    Cadre c;
    c.name = name;
    c.employeeNumber = employeeNumber;
    c.gender = Gender::Female;
    c.birthDate = QDate(1985, 3, 14);
    c.branchId = branchId;
    c.post = QStringLiteral("财务主管");
    c.level = CadreLevel::Middle;
    c.track = Track::Operations;
    c.partyStatus = PartyStatus::Member;
    c.partyJoinedOn = QDate(2008, 7, 1);
    c.phone = QStringLiteral("13800138000");
    c.employmentStatus = EmploymentStatus::Active;
    return c;
}

ValidationError refusalOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &error) {
        return error;
    }
    FAIL("the change should have been refused");
    return ValidationError(QString());
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void withRawConnection(const QString &path, const std::function<void(QSqlQuery &query)> &work)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery query(db);
            work(query);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void rawSql(const QString &path, const QStringList &statements)
{
    withRawConnection(path, [&statements](QSqlQuery &query) {
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            const bool done = query.exec(statement);
            INFO(query.lastError().text().toStdString());
            REQUIRE(done);
        }
    });
}

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query = database.prepare(sql);
    return database.scalar(query);
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant value;
    withRawConnection(path, [&](QSqlQuery &query) {
        const bool done = query.exec(sql) && query.next();
        INFO(query.lastError().text().toStdString());
        REQUIRE(done);
        value = query.value(0);
    });
    return value;
}

qint64 studyKind(Workspace &workspace, const QString &code)
{
    for (const StudyKind &kind : workspace.studyRules().kinds())
        if (kind.code == code)
            return kind.id;
    FAIL("no kind of session with the code " << code.toStdString());
    return 0;
}

QStringList everyStudyKind(Workspace &workspace)
{
    QStringList uuids;
    for (const StudyKind &kind : workspace.studyRules().kinds())
        uuids.append(kind.uuid);
    return uuids;
}

StudySession sampleSession(qint64 kindId, qint64 branchId, QDate date, const QList<qint64> &present)
{
    StudySession s;
    s.kindId = kindId;
    s.state = SessionState::Held;
    s.topic = QStringLiteral("学习贯彻党的二十大精神");
    s.branchId = branchId;
    s.date = date;
    s.startTime = QTime(14, 0);
    s.endTime = QTime(16, 0);
    s.hours = 2;
    for (qint64 cadreId : present)
        s.attendance.append({QString(), cadreId, AttendanceStatus::Present, QString()});
    return s;
}

QString schemaOneDatabase(TemporaryFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    QFile script(QStringLiteral(":/sql/0001_foundation.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    QStringList statements = splitSqlStatements(QString::fromUtf8(script.readAll()));
    statements
        << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
        << QStringLiteral("PRAGMA user_version = 1")
        << QStringLiteral("INSERT INTO organization (uuid, parent_id, kind, name, branch_id, created_at, "
                          "updated_at) VALUES ('e', NULL, 'enterprise', '华远集团', NULL, 'x', 'x')")
        << QStringLiteral("INSERT INTO organization (uuid, parent_id, kind, name, branch_id, created_at, "
                          "updated_at) VALUES ('c', 1, 'committee', '集团党委', NULL, 'x', 'x')")
        << QStringLiteral("INSERT INTO organization (uuid, parent_id, kind, name, branch_id, created_at, "
                          "updated_at) VALUES ('b', 2, 'branch', '第一党支部', 3, 'x', 'x')")
        << QStringLiteral("INSERT INTO cadre (uuid, branch_id, name, employee_number, gender, birth_date, "
                          "level, track, party_status, employment_status, created_at, updated_at) VALUES "
                          "('k', 3, '王伟', 'A001', 'male', '1980-01-01', 'middle', 'party', 'member', "
                          "'active', 'x', 'x')");
    rawSql(path, statements);
    return path;
}

} // namespace rongpei::test
