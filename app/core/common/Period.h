#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace rongpei {

/// A stretch of the calendar that figures are shown for: a year, a quarter or a month.
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::Period)

public:
    enum class Kind
    {
        Year,
        Quarter,
        Month
    };

    /// The year of `date`.
    static Period year(int year);
    /// Quarter 1–4 of `year`.
    static Period quarter(int year, int quarter);
    /// Month 1–12 of `year`.
    static Period month(int year, int month);
    /// The period of `kind` that holds `date`.
    static Period containing(Kind kind, QDate date);
    /// "2026", "2026Q3" or "2026-07"; nullopt for anything else (2026Q5, 2026-13, text).
    static std::optional<Period> fromCode(const QString &code);

    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    /// The quarter or month within the year; 0 for a year.
    int number() const { return m_number; }
    QDate start() const;
    QDate end() const;
    bool contains(QDate date) const { return date >= start() && date <= end(); }
    Period previous() const;
    Period next() const;

    QString code() const;
    /// For people: "2026年", "2026年第3季度", "2026年7月" in Chinese.
    QString label() const;

    bool operator==(const Period &) const = default;

private:
    Period(Kind kind, int year, int number);

    Kind m_kind = Kind::Year;
    int m_year = 2000;
    int m_number = 0;
};

} // namespace rongpei
