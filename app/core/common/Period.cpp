#include "common/Period.h"

#include <QRegularExpression>

namespace rongpei {

namespace {

constexpr int firstYear = 1900;
constexpr int lastYear = 2999;

} // namespace

Period::Period(Kind kind, int year, int number)
    : m_kind(kind)
    , m_year(year)
    , m_number(number)
{}

Period Period::year(int year)
{
    return Period(Kind::Year, year, 0);
}

Period Period::quarter(int year, int quarter)
{
    return Period(Kind::Quarter, year, qBound(1, quarter, 4));
}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, year, qBound(1, month, 12));
}

Period Period::containing(Kind kind, QDate date)
{
    switch (kind) {
    case Kind::Year:
        return year(date.year());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Month:
        return month(date.year(), date.month());
    }
    return year(date.year());
}

std::optional<Period> Period::fromCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:Q([1-4])|-(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int yearNumber = match.captured(1).toInt();
    if (yearNumber < firstYear || yearNumber > lastYear)
        return std::nullopt;
    if (!match.captured(2).isEmpty())
        return quarter(yearNumber, match.captured(2).toInt());
    if (!match.captured(3).isEmpty()) {
        const int monthNumber = match.captured(3).toInt();
        if (monthNumber < 1 || monthNumber > 12)
            return std::nullopt;
        return month(yearNumber, monthNumber);
    }
    return year(yearNumber);
}

QDate Period::start() const
{
    switch (m_kind) {
    case Kind::Year:
        return QDate(m_year, 1, 1);
    case Kind::Quarter:
        return QDate(m_year, (m_number - 1) * 3 + 1, 1);
    case Kind::Month:
        return QDate(m_year, m_number, 1);
    }
    return {};
}

QDate Period::end() const
{
    switch (m_kind) {
    case Kind::Year:
        return QDate(m_year, 12, 31);
    case Kind::Quarter:
        return QDate(m_year, m_number * 3, 1).addMonths(1).addDays(-1);
    case Kind::Month:
        return QDate(m_year, m_number, 1).addMonths(1).addDays(-1);
    }
    return {};
}

Period Period::previous() const
{
    return containing(m_kind, start().addDays(-1));
}

Period Period::next() const
{
    return containing(m_kind, end().addDays(1));
}

QString Period::code() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(m_year).arg(m_number);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_number, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::Year:
        return tr("%1").arg(m_year);
    case Kind::Quarter:
        return tr("Q%2 %1").arg(m_year).arg(m_number);
    case Kind::Month:
        return tr("%2/%1").arg(m_year).arg(m_number);
    }
    return {};
}

} // namespace rongpei
