#pragma once

// What the CLI tests share: running rongpei-cli, and databases with figures worked out by hand.

#include "TestSupport.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace rongpei::test {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// A settings folder of the tests' own, without a saved language, so that a language chosen
/// in RongPei on this computer does not change what the CLI prints.
QString emptyConfigHome();

/// The demo's administrator, whom runCli signs in unless `environment` says otherwise; a file
/// without users ignores it.
inline const QHash<QString, QString> demoAdministrator{
    {QStringLiteral("RONGPEI_USER"), QStringLiteral("admin")},
    {QStringLiteral("RONGPEI_PASSWORD"), QStringLiteral("rongpei-demo")}};

/// Runs rongpei-cli in the C locale with `configHome` as its settings folder, on the tests'
/// clock (2026-11-24 10:00, through RONGPEI_FIXED_NOW), with `environment` set (an empty value
/// unsets a variable).
Result runCli(const QStringList &arguments, const QString &configHome = emptyConfigHome(),
              const QHash<QString, QString> &environment = demoAdministrator);

/// Employee number, name and uuid of every cadre of the file, in id order.
QStringList roster(const QString &path);

/// A database whose 2025 compliance figures are worked out by hand (see CliSupport.cpp).
QString complianceDatabase(TemporaryFolder &folder);
QStringList complianceArguments(const QString &path, const QStringList &more);
QString csvOf(const QStringList &lines);

/// The files beside `path`, but for the empty -wal and -shm files read-only connections leave.
QStringList folderEntries(const QString &path);

inline const QString csvHeader = QStringLiteral(
    "employee_number,name,branch,category,period_start,period_end,"
    "required_hours,expected_hours,earned_hours,status,session_hours,class_hours,opening_hours");
inline const QString wangRow = QStringLiteral(
    "A001,王伟,第一党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,96.0,on_track,96.0,0.0,0.0");
inline const QString liRow = QStringLiteral(
    "A002,李娜,第一党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,70.0,behind,70.0,0.0,0.0");
inline const QString chenRow = QStringLiteral(
    "B001,陈静,第二党支部,county_and_above,2021-01-01,2025-12-31,550.0,550.0,48.0,far_behind,48.0,0.0,0.0");
inline const QString liuRow = QStringLiteral(
    "B002,刘洋,第二党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,0.0,far_behind,0.0,0.0,0.0");
inline const QStringList commandNames{QStringLiteral("check"),   QStringLiteral("demo"),
                                      QStringLiteral("backup"),  QStringLiteral("compliance"),
                                      QStringLiteral("upgrade"), QStringLiteral("classes")};

} // namespace rongpei::test
