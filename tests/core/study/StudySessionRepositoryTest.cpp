#include "study/StudySessionRepository.h"

#include "TestSupport.h"
#include "common/Localization.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/RollCall.h"
#include "study/StudyRuleRepository.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// Four party members of the first branch and a guest from the second.
struct StudyFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    qint64 wang = addCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    qint64 li = addCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    qint64 zhang = addCadre(org.firstBranch, QStringLiteral("A003"), QStringLiteral("张强"));
    qint64 zhao = addCadre(org.firstBranch, QStringLiteral("A004"), QStringLiteral("赵敏"));
    qint64 chen = addCadre(org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静"));

    qint64 addCadre(qint64 branchId, const QString &number, const QString &name)
    {
        return temp.workspace().cadres().add(sampleCadre(branchId, number, name));
    }

    qint64 addDeparted(const QString &number, const QString &name, EmploymentStatus status)
    {
        Cadre cadre = sampleCadre(org.firstBranch, number, name);
        cadre.employmentStatus = status;
        if (status == EmploymentStatus::Retired)
            cadre.birthDate = QDate(1960, 5, 1);
        return temp.workspace().cadres().add(cadre);
    }

    StudySessionRepository &sessions() { return temp.workspace().studySessions(); }
    Database &database() { return temp.workspace().database(); }
    qint64 themeDay() { return studyKind(temp.workspace(), QStringLiteral("theme_day")); }
};

/// Every row of a table, to prove a refused change left it as it was.
QStringList dump(Database &database, const QString &table)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    database.exec(query);
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

int sessionRows(Database &database)
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM study_session")).toInt();
}

int attendanceRows(Database &database)
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM attendance")).toInt();
}

QList<qint64> cadresOf(const StudySession &session)
{
    QList<qint64> ids;
    for (const Attendance &line : session.attendance)
        ids.append(line.cadreId);
    return ids;
}

const Attendance &lineOf(const StudySession &session, qint64 cadreId)
{
    for (const Attendance &line : session.attendance)
        if (line.cadreId == cadreId)
            return line;
    FAIL("cadre " << cadreId << " is not on the roll call");
    return session.attendance.first();
}

} // namespace

TEST_CASE("A study session round-trips with its roll call in order", "[study]")
{
    StudyFixture f;
    StudySession session = sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 20));
    session.topic = QStringLiteral("  主题党日：学习  党章 ");
    session.content = QStringLiteral("  第一章 党员\n第二章 党的组织制度  ");
    session.speaker = QStringLiteral(" 王伟 ");
    session.location = QStringLiteral("党员活动室");
    session.notes = QStringLiteral("会后参观红色教育基地");
    session.startTime = QTime(14, 30);
    session.endTime = QTime(16, 45);
    session.hours = 2.25;
    session.attendance = {
        {QString(), f.zhang, AttendanceStatus::Present, QString()},
        {QString(), f.chen, AttendanceStatus::Late, QString()}, // a guest from the second branch
        {QString(), f.wang, AttendanceStatus::Excused, QStringLiteral("  因公 出差 ")},
        {QString(), f.li, AttendanceStatus::Absent, QStringLiteral("not kept for an absence")},
    };

    const qint64 id = f.sessions().add(session);
    CHECK(id > 0);
    CHECK(f.sessions().count() == 1);
    f.temp.reopen();
    const std::optional<StudySession> saved = f.sessions().find(id);
    REQUIRE(saved.has_value());
    CHECK(saved->id == id);
    CHECK(saved->uuid.size() == 36);
    CHECK(saved->kindId == f.themeDay());
    CHECK(saved->state == SessionState::Held);
    CHECK(saved->topic == QStringLiteral("主题党日：学习 党章"));
    CHECK(saved->content == QStringLiteral("第一章 党员\n第二章 党的组织制度"));
    CHECK(saved->speaker == QStringLiteral("王伟"));
    CHECK(saved->location == QStringLiteral("党员活动室"));
    CHECK(saved->notes == QStringLiteral("会后参观红色教育基地"));
    CHECK(saved->branchId == f.org.firstBranch);
    CHECK(saved->date == QDate(2026, 11, 20));
    CHECK(saved->startTime == QTime(14, 30));
    CHECK(saved->endTime == QTime(16, 45));
    CHECK(saved->hours == Approx(2.25));
    CHECK(saved->createdAt == f.temp.clock().now().toUTC());
    CHECK(saved->updatedAt == saved->createdAt);

    CHECK(cadresOf(*saved) == QList<qint64>{f.zhang, f.chen, f.wang, f.li});
    CHECK(saved->attendance.at(0).status == AttendanceStatus::Present);
    CHECK(saved->attendance.at(1).status == AttendanceStatus::Late);
    CHECK(saved->attendance.at(2).status == AttendanceStatus::Excused);
    CHECK(saved->attendance.at(2).excuse == QStringLiteral("因公 出差"));
    CHECK(saved->attendance.at(3).status == AttendanceStatus::Absent);
    CHECK(saved->attendance.at(3).excuse.isEmpty());
    QSet<QString> uuids;
    for (const Attendance &line : saved->attendance) {
        CHECK(line.uuid.size() == 36);
        uuids.insert(line.uuid);
    }
    CHECK(uuids.size() == 4);
    // Every line, the guest's too, belongs to the host branch.
    CHECK(
        scalar(f.database(),
               QStringLiteral("SELECT count(*) FROM attendance WHERE branch_id = %1").arg(f.org.firstBranch))
            .toInt() == 4);

    const std::optional<SessionSummary> summary = f.sessions().summary(id);
    REQUIRE(summary.has_value());
    CHECK(summary->topic == saved->topic);
    CHECK(summary->expected == 4);
    CHECK(summary->attended == 2);
    const RollCallCounts counts = summary->counts();
    CHECK(counts.present == 1);
    CHECK(counts.late == 1);
    CHECK(counts.excused == 1);
    CHECK(counts.absent == 1);
    // By the default setting the excused are left out: 2 of 3.
    CHECK(counts.rate(f.temp.workspace().studyRules().rateLeftOutStatuses()) == Approx(2.0 / 3));
    const QList<SessionSummary> listed = f.sessions().summaries(QDate(2026, 11, 20), QDate(2026, 11, 20));
    REQUIRE(listed.size() == 1);
    CHECK(listed.first() == *summary);
    CHECK(f.sessions().summaries(QDate(2026, 11, 21), QDate(2026, 11, 30)).isEmpty());
    CHECK_FALSE(f.sessions().find(id + 1).has_value());
}

TEST_CASE("Updating a session keeps the identity of the roll-call lines it keeps", "[study]")
{
    StudyFixture f;
    const qint64 id = f.sessions().add(
        sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 20), {f.wang, f.li, f.zhang, f.zhao}));
    const StudySession before = *f.sessions().find(id);
    const auto rowOf = [&](qint64 cadreId, const QString &column) {
        return scalar(f.database(),
                      QStringLiteral("SELECT %1 FROM attendance WHERE session_id = %2 AND cadre_id = %3")
                          .arg(column)
                          .arg(id)
                          .arg(cadreId));
    };
    const QVariant wangRowId = rowOf(f.wang, QStringLiteral("id"));
    const QVariant wangUpdatedAt = rowOf(f.wang, QStringLiteral("updated_at"));

    f.temp.clock().set(f.temp.clock().now().addSecs(3600));
    StudySession edited = before;
    edited.topic = QStringLiteral("学习《中国共产党纪律处分条例》");
    edited.hours = 1.5;
    edited.startTime = QTime(14, 0);
    edited.endTime = QTime(15, 30);
    Attendance newcomer{QString(), f.chen, AttendanceStatus::Present, QString()};
    Attendance li = lineOf(before, f.li);
    li.status = AttendanceStatus::Late;
    // 王伟 stays first and unchanged, 张强 moves up, 陈静 joins, 李娜 comes late, 赵敏 is struck off.
    edited.attendance = {lineOf(before, f.wang), lineOf(before, f.zhang), newcomer, li};
    f.sessions().update(edited);

    const StudySession after = *f.sessions().find(id);
    CHECK(after.topic == edited.topic);
    CHECK(after.hours == Approx(1.5));
    CHECK(after.uuid == before.uuid);
    CHECK(after.createdAt == before.createdAt);
    CHECK(after.updatedAt == f.temp.clock().now().toUTC());
    CHECK(cadresOf(after) == QList<qint64>{f.wang, f.zhang, f.chen, f.li});
    CHECK(after.attendance.at(0) == lineOf(before, f.wang));
    CHECK(after.attendance.at(1).uuid == lineOf(before, f.zhang).uuid);
    CHECK(after.attendance.at(3).uuid == lineOf(before, f.li).uuid);
    CHECK(after.attendance.at(3).status == AttendanceStatus::Late);
    const QString newUuid = after.attendance.at(2).uuid;
    CHECK(newUuid.size() == 36);
    for (const Attendance &line : before.attendance)
        CHECK(line.uuid != newUuid);

    // The untouched line is the same row, not a copy; the struck-off line is gone.
    CHECK(rowOf(f.wang, QStringLiteral("id")) == wangRowId);
    CHECK(rowOf(f.wang, QStringLiteral("updated_at")) == wangUpdatedAt);
    CHECK(rowOf(f.zhang, QStringLiteral("position")).toInt() == 1);
    CHECK(attendanceRows(f.database()) == 4);
    CHECK(scalar(f.database(),
                 QStringLiteral("SELECT count(*) FROM attendance WHERE cadre_id = %1").arg(f.zhao))
              .toInt() == 0);

    // Lines passed without their uuid are still known by their cadre.
    StudySession reordered = after;
    for (Attendance &line : reordered.attendance)
        line.uuid.clear();
    std::reverse(reordered.attendance.begin(), reordered.attendance.end());
    f.sessions().update(reordered);
    const StudySession last = *f.sessions().find(id);
    CHECK(cadresOf(last) == QList<qint64>{f.li, f.chen, f.zhang, f.wang});
    for (const Attendance &line : last.attendance)
        CHECK(line.uuid == lineOf(after, line.cadreId).uuid);

    // Moving the session to another branch moves its roll call with it.
    StudySession moved = last;
    moved.branchId = f.org.secondBranch;
    f.sessions().update(moved);
    CHECK(
        scalar(f.database(),
               QStringLiteral("SELECT count(*) FROM attendance WHERE branch_id = %1").arg(f.org.secondBranch))
            .toInt() == 4);
}

TEST_CASE("A deleted study session is restored exactly as it was", "[study]")
{
    StudyFixture f;
    StudySession session =
        sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 10, 15), {f.zhao, f.wang, f.chen});
    session.attendance[1].status = AttendanceStatus::Excused;
    session.attendance[1].excuse = QStringLiteral("病假");
    const qint64 id = f.sessions().add(session);
    const StudySession stored = *f.sessions().find(id);

    const StudySession removed = f.sessions().remove(id);
    CHECK(removed == stored);
    CHECK_FALSE(f.sessions().find(id).has_value());
    CHECK(sessionRows(f.database()) == 0);
    CHECK(attendanceRows(f.database()) == 0); // the roll call goes with the session
    CHECK_THROWS_AS(f.sessions().remove(id), ValidationError);

    // A new session never takes the deleted id, so the deletion can be undone later.
    const qint64 other =
        f.sessions().add(sampleSession(f.themeDay(), f.org.secondBranch, QDate(2026, 10, 16), {f.chen}));
    CHECK(other > id);

    // 赵敏 left meanwhile; she was on the roll call when it was taken, so she stays on it.
    Cadre zhao = *f.temp.workspace().cadres().find(f.zhao);
    zhao.employmentStatus = EmploymentStatus::Left;
    f.temp.workspace().cadres().update(zhao);

    f.sessions().restore(removed);
    const std::optional<StudySession> restored = f.sessions().find(id);
    REQUIRE(restored.has_value());
    CHECK(*restored == stored);
    CHECK(restored->uuid == stored.uuid);
    CHECK(restored->attendance == stored.attendance); // uuids, order, marks and excuses
    CHECK(attendanceRows(f.database()) == 4);
    CHECK(f.sessions().count() == 2);

    CHECK_THROWS_AS(f.sessions().restore(removed), ValidationError);
    CHECK(f.sessions().count() == 2);
}

TEST_CASE("Invalid study sessions are refused and nothing is saved", "[study]")
{
    StudyFixture f;
    const qint64 departed =
        f.addDeparted(QStringLiteral("A008"), QStringLiteral("周杰"), EmploymentStatus::Left);
    const qint64 retired =
        f.addDeparted(QStringLiteral("A009"), QStringLiteral("孙丽"), EmploymentStatus::Retired);
    const qint64 existing =
        f.sessions().add(sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 2), {f.wang, f.li}));
    const StudySession valid =
        sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 20), {f.wang, f.li, f.zhang});
    const QDate today = f.temp.clock().today();

    struct Case
    {
        const char *what;
        QString field;
        std::function<void(StudySession &)> spoil;
        QString named; // a name the message must mention
    };
    const QList<Case> cases{
        {"ends before it starts",
         StudySessionField::endTime,
         [](StudySession &s) {
             s.startTime = QTime(14, 0);
             s.endTime = QTime(13, 0);
         },
         {}},
        {"ends as it starts",
         StudySessionField::endTime,
         [](StudySession &s) { s.endTime = s.startTime; },
         {}},
        {"no hours", StudySessionField::hours, [](StudySession &s) { s.hours = 0; }, {}},
        {"25 hours", StudySessionField::hours, [](StudySession &s) { s.hours = 25; }, {}},
        {"held tomorrow", StudySessionField::date, [&](StudySession &s) { s.date = today.addDays(1); }, {}},
        {"planned over a year ahead",
         StudySessionField::date,
         [&](StudySession &s) {
             s.state = SessionState::Planned;
             s.date = today.addYears(1).addDays(1);
         },
         {}},
        {"a cadre twice", StudySessionField::attendance,
         [&](StudySession &s) {
             s.attendance.append({QString(), f.li, AttendanceStatus::Late, QString()});
         },
         QStringLiteral("李娜")},
        {"a cadre who left", StudySessionField::attendance,
         [&](StudySession &s) {
             s.attendance.append({QString(), departed, AttendanceStatus::Present, QString()});
         },
         QStringLiteral("周杰")},
        {"a retired cadre", StudySessionField::attendance,
         [&](StudySession &s) {
             s.attendance.append({QString(), retired, AttendanceStatus::Absent, QString()});
         },
         QStringLiteral("孙丽")},
        {"an excuse without a reason",
         StudySessionField::attendance,
         [](StudySession &s) {
             s.attendance[1].status = AttendanceStatus::Excused;
             s.attendance[1].excuse = QStringLiteral("   ");
         },
         {}},
        {"a cadre not in the roster",
         StudySessionField::attendance,
         [](StudySession &s) {
             s.attendance.append({QString(), 424242, AttendanceStatus::Present, QString()});
         },
         {}},
        {"an unknown kind", StudySessionField::kind, [](StudySession &s) { s.kindId = 424242; }, {}},
        {"a department as host", // a committee may host (中心组学习); a department is no party body
         StudySessionField::branch,
         [&](StudySession &s) { s.branchId = f.org.office; },
         {}},
        {"no topic", StudySessionField::topic, [](StudySession &s) { s.topic = QStringLiteral("  "); }, {}},
    };

    const QStringList sessionsBefore = dump(f.database(), QStringLiteral("study_session"));
    const QStringList linesBefore = dump(f.database(), QStringLiteral("attendance"));
    const int sessionCount = sessionRows(f.database());
    const int lineCount = attendanceRows(f.database());
    const StudySession stored = *f.sessions().find(existing);
    for (const Case &c : cases) {
        INFO(c.what);
        StudySession added = valid;
        c.spoil(added);
        const ValidationError onAdd = refusalOf([&] { f.sessions().add(added); });
        CHECK(onAdd.hasErrorFor(c.field));
        if (!c.named.isEmpty())
            CHECK(onAdd.message().contains(c.named));

        StudySession edited = stored;
        c.spoil(edited);
        const ValidationError onUpdate = refusalOf([&] { f.sessions().update(edited); });
        CHECK(onUpdate.hasErrorFor(c.field));

        CHECK(sessionRows(f.database()) == sessionCount);
        CHECK(attendanceRows(f.database()) == lineCount);
        CHECK(dump(f.database(), QStringLiteral("study_session")) == sessionsBefore);
        CHECK(dump(f.database(), QStringLiteral("attendance")) == linesBefore);
    }
    CHECK(*f.sessions().find(existing) == stored);

    // The same dates are fine on the right side of the limits.
    StudySession planned = valid;
    planned.state = SessionState::Planned;
    planned.date = today.addYears(1);
    CHECK(f.sessions().add(planned) > 0);
    StudySession heldToday = valid;
    heldToday.date = today;
    heldToday.hours = 24;
    CHECK(f.sessions().add(heldToday) > 0);
}

TEST_CASE("A cadre who left stays on a roll call taken before, but cannot be added", "[study]")
{
    StudyFixture f;
    const qint64 id = f.sessions().add(
        sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 9, 10), {f.wang, f.li, f.zhang}));
    Cadre li = *f.temp.workspace().cadres().find(f.li);
    li.employmentStatus = EmploymentStatus::Left;
    f.temp.workspace().cadres().update(li);
    Cadre zhao = *f.temp.workspace().cadres().find(f.zhao);
    zhao.employmentStatus = EmploymentStatus::Retired;
    zhao.birthDate = QDate(1960, 1, 1);
    f.temp.workspace().cadres().update(zhao);

    // Correcting the marks keeps 李娜, who was there when the roll call was taken.
    StudySession edited = *f.sessions().find(id);
    edited.topic = QStringLiteral("更正后的主题");
    edited.attendance[1].status = AttendanceStatus::Absent;
    f.sessions().update(edited);
    StudySession saved = *f.sessions().find(id);
    CHECK(cadresOf(saved) == QList<qint64>{f.wang, f.li, f.zhang});
    CHECK(saved.attendance.at(1).status == AttendanceStatus::Absent);

    // 赵敏 retired and was never on it.
    StudySession withRetired = saved;
    withRetired.attendance.append({QString(), f.zhao, AttendanceStatus::Present, QString()});
    const ValidationError error = refusalOf([&] { f.sessions().update(withRetired); });
    CHECK(error.hasErrorFor(StudySessionField::attendance));
    CHECK(error.message().contains(QStringLiteral("赵敏")));
    CHECK(*f.sessions().find(id) == saved);

    // Once struck off, 李娜 cannot be put back.
    StudySession without = saved;
    without.attendance.removeAt(1);
    f.sessions().update(without);
    StudySession again = *f.sessions().find(id);
    again.attendance.append({QString(), f.li, AttendanceStatus::Present, QString()});
    CHECK(refusalOf([&] { f.sessions().update(again); }).message().contains(QStringLiteral("李娜")));
    CHECK(cadresOf(*f.sessions().find(id)) == QList<qint64>{f.wang, f.zhang});

    // Undoing the edit puts back her line as it was saved, uuid and all.
    REQUIRE_FALSE(saved.attendance.at(1).uuid.isEmpty());
    f.sessions().update(saved);
    CHECK(f.sessions().find(id)->attendance == saved.attendance);

    // Nor can she go on a new roll call.
    CHECK(refusalOf([&] {
              f.sessions().add(sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 9, 11), {f.li}));
          }).hasErrorFor(StudySessionField::attendance));
}

TEST_CASE("Updating a study session that was deleted meanwhile is refused", "[study]")
{
    StudyFixture f;
    const qint64 id =
        f.sessions().add(sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 2), {f.wang}));
    const StudySession stale = *f.sessions().find(id);
    f.sessions().remove(id);
    CHECK_THROWS_AS(f.sessions().update(stale), ValidationError);
    CHECK(sessionRows(f.database()) == 0);
    CHECK(attendanceRows(f.database()) == 0);
}

TEST_CASE("Study session signals are emitted only once the change is committed", "[study]")
{
    StudyFixture f;
    StudySessionRepository &sessions = f.sessions();
    QList<qint64> added, changed, removed;
    QList<int> visibleWhenAdded; // sessions another connection could see when told
    const QString path = f.temp.path();
    QObject::connect(&sessions, &StudySessionRepository::recordAdded, [&](qint64 id) {
        added.append(id);
        visibleWhenAdded.append(
            rawScalar(path, QStringLiteral("SELECT count(*) FROM study_session WHERE id = %1").arg(id))
                .toInt());
    });
    QObject::connect(&sessions, &StudySessionRepository::recordChanged,
                     [&](qint64 id) { changed.append(id); });
    QObject::connect(&sessions, &StudySessionRepository::recordRemoved,
                     [&](qint64 id) { removed.append(id); });

    const StudySession session =
        sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 11, 20), {f.wang, f.li});
    // Inside a transaction that is abandoned, nobody hears of the session.
    {
        Transaction outer(f.database());
        sessions.add(session);
        CHECK(added.isEmpty());
    }
    CHECK(added.isEmpty());
    CHECK(sessions.count() == 0);

    qint64 id = 0;
    {
        Transaction outer(f.database());
        id = sessions.add(session);
        CHECK(added.isEmpty()); // not yet committed
        outer.commit();
    }
    CHECK(added == QList<qint64>{id});
    CHECK(visibleWhenAdded == QList<int>{1});

    StudySession bad = session;
    bad.hours = 0;
    CHECK_THROWS_AS(sessions.add(bad), ValidationError);
    StudySession edited = *sessions.find(id);
    edited.hours = 0;
    CHECK_THROWS_AS(sessions.update(edited), ValidationError);
    CHECK(added.size() == 1);
    CHECK(changed.isEmpty());

    edited.hours = 1;
    sessions.update(edited);
    CHECK(changed == QList<qint64>{id});

    const StudySession deleted = sessions.remove(id);
    CHECK(removed == QList<qint64>{id});
    sessions.restore(deleted);
    CHECK(added == QList<qint64>{id, id});
    CHECK(visibleWhenAdded == QList<int>{1, 1});
    CHECK(changed.size() == 1);
    CHECK(removed.size() == 1);
}

TEST_CASE("A cadre who left is added to the roll call of a session before the leaving date, not after",
          "[study]")
{
    StudyFixture f;
    Cadre li = *f.temp.workspace().cadres().find(f.li);
    li.employmentStatus = EmploymentStatus::Left;
    li.hiredOn = QDate(2020, 5, 1);
    li.leftOn = QDate(2026, 6, 30);
    f.temp.workspace().cadres().update(li);

    // A March session recorded late, in November: 李娜 was still at work then.
    const qint64 march =
        f.sessions().add(sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 3, 10), {f.wang, f.li}));
    CHECK(cadresOf(*f.sessions().find(march)) == QList<qint64>{f.wang, f.li});

    // On her leaving day and after, she is refused, with the reason and the day.
    const ValidationError error = refusalOf([&] {
        f.sessions().add(sampleSession(f.themeDay(), f.org.firstBranch, QDate(2026, 6, 30), {f.wang, f.li}));
    });
    CHECK(error.hasErrorFor(StudySessionField::attendance));
    CHECK(error.message().contains(QStringLiteral("李娜")));
    CHECK(error.message().contains(displayDate(QDate(2026, 6, 30))));

    // Before her hire date, likewise.
    CHECK(refusalOf([&] {
              f.sessions().add(
                  sampleSession(f.themeDay(), f.org.firstBranch, QDate(2020, 4, 30), {f.wang, f.li}));
          })
              .message()
              .contains(displayDate(QDate(2020, 5, 1))));
}
