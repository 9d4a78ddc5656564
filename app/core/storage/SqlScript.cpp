#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace rongpei {

namespace {

bool isTriggerDefinition(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString &statement)
{
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

// Removes comments so that a statement made only of comments is recognised as empty.
QString withoutComments(const QString &statement)
{
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    return QString(statement).remove(comments).trimmed();
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State
    {
        Code,
        SingleQuote,
        DoubleQuote,
        LineComment,
        BlockComment
    } state = State::Code;

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        current.append(c);
        switch (state) {
        case State::Code:
            if (c == u'\'')
                state = State::SingleQuote;
            else if (c == u'"')
                state = State::DoubleQuote;
            else if (c == u'-' && next == u'-')
                state = State::LineComment;
            else if (c == u'/' && next == u'*')
                state = State::BlockComment;
            else if (c == u';') {
                const QString body = current.chopped(1);
                if (isTriggerDefinition(withoutComments(body)) && !endsWithEndKeyword(withoutComments(body)))
                    break;
                const QString statement = withoutComments(body).isEmpty() ? QString() : body.trimmed();
                if (!statement.isEmpty())
                    statements.append(statement);
                current.clear();
            }
            break;
        case State::SingleQuote:
            if (c == u'\'')
                state = State::Code; // a doubled '' re-enters the quote on the next character
            break;
        case State::DoubleQuote:
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            break;
        case State::BlockComment:
            if (c == u'/' && current.endsWith(QStringLiteral("*/")) && current.size() >= 2)
                state = State::Code;
            break;
        }
    }
    if (!withoutComments(current).isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace rongpei
