#pragma once

#include "Workspace.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "organization/Organization.h"
#include "roster/Cadre.h"
#include "study/StudySession.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE

namespace rongpei::test {

/// A clock stopped at a chosen moment (by default 2026-11-24 10:00 local time).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

/// A folder that disappears with the test, for database files.
class TemporaryFolder
{
public:
    TemporaryFolder();
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }

private:
    QTemporaryDir m_dir;
};

/// A fresh RongPei database in a temporary folder, opened with a fixed clock.
class TemporaryWorkspace
{
public:
    explicit TemporaryWorkspace(DatabaseOptions options = {});

    Workspace &workspace() { return *m_workspace; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    /// Closes the database (e.g. to inspect or reopen the file).
    void close() { m_workspace.reset(); }
    void reopen();

private:
    TemporaryFolder m_folder;
    FixedClock m_clock;
    QString m_path;
    DatabaseOptions m_options;
    std::unique_ptr<Workspace> m_workspace;
};

/// A small organisation: 华远集团 → 集团党委 → 第一党支部 (办公室, 财务部) and 第二党支部 (生产部),
/// its branches with records since 2015.
struct SmallOrganization
{
    qint64 enterprise = 0;
    qint64 committee = 0;
    qint64 firstBranch = 0;
    qint64 office = 0;
    qint64 finance = 0;
    qint64 secondBranch = 0;
    qint64 production = 0;

    static SmallOrganization create(Workspace &workspace);
};

/// A valid cadre of `branchId` (a party member of the operations track).
Cadre sampleCadre(qint64 branchId, const QString &employeeNumber,
                  const QString &name = QStringLiteral("张敏"));

/// Runs a change that must be refused and returns the refusal; fails the test otherwise.
ValidationError refusalOf(const std::function<void()> &action);

/// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString &path);

/// A file as the foundation release wrote it (schema 1: migration 1 only), with one cadre.
QString schemaOneDatabase(TemporaryFolder &folder, const QString &name);

/// Writes bytes to a new file.
void writeFile(const QString &path, const QByteArray &bytes);

/// Runs `work` on a plain QSQLITE connection to `path`, bypassing RongPei's checks, to
/// build the bad files the tests need; the connection is closed and removed afterwards.
void withRawConnection(const QString &path, const std::function<void(QSqlQuery &query)> &work);

/// Runs each statement through withRawConnection().
void rawSql(const QString &path, const QStringList &statements);

/// A single value read with one statement on the workspace's own connection, e.g. a count.
QVariant scalar(Database &database, const QString &sql);

/// A single value read with one statement on a plain QSQLITE connection of its own, which
/// only sees what has been committed.
QVariant rawScalar(const QString &path, const QString &sql);

/// The id of a built-in kind of study session by its code, e.g. "theme_day".
qint64 studyKind(Workspace &workspace, const QString &code);
/// The uuids of every kind of study session: an hour requirement that counts them all.
QStringList everyStudyKind(Workspace &workspace);

/// A valid held session of `kindId` hosted by `branchId` on `date`, 14:00–16:00 for 2 学时,
/// with each of `present` on the roll call as present.
StudySession sampleSession(qint64 kindId, qint64 branchId, QDate date, const QList<qint64> &present = {});

} // namespace rongpei::test
