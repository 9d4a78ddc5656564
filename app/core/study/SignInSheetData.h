#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace rongpei {

class Database;

/// One expected attendee on a sign-in sheet (签到表).
struct SignInSheetLine
{
    int number = 0; // 1, 2, … in roll-call order
    QString name;
    QString employeeNumber;
    QString unit; // the cadre's department, else the branch

    bool operator==(const SignInSheetLine &) const = default;
};

/// What a sign-in sheet shows of a study session: its facts and its roll call in order.
struct SignInSheetData
{
    QString title; // host branch and kind, e.g. "第一党支部 主题党日"
    QString kindName;
    QString topic;
    QString branchName;
    QString speaker;
    QString location;
    QDate date;
    QTime startTime;
    QTime endTime;
    double hours = 0;
    QList<SignInSheetLine> lines;

    bool operator==(const SignInSheetData &) const = default;

    /// Reads a session and its roll call (attendance.position order); throws ValidationError
    /// if the session does not exist, DatabaseError if it cannot be read.
    static SignInSheetData load(const Database &database, qint64 sessionId);

    Q_DECLARE_TR_FUNCTIONS(rongpei::SignInSheetData)
};

} // namespace rongpei
