#pragma once

#include "roster/Cadre.h"

#include <QDate>
#include <QString>

namespace rongpei {

/// 公民身份号码 (GB 11643—1999): 6 digits of region, 8 of birth date, 3 of sequence (odd for
/// men, even for women) and a check digit (0–9 or X) over the first 17.
namespace IdNumber {

/// Trimmed, with a lower-case x made upper-case; what is stored.
QString normalized(const QString &text);

/// The check digit of the first 17 digits ('0'–'9' or 'X').
QChar checkDigit(QStringView first17);

/// True for 18 characters whose check digit is right and whose birth date is a real date.
bool isValid(const QString &idNumber);

/// The birth date it carries; invalid if the number is not valid.
QDate birthDate(const QString &idNumber);

/// The gender its sequence digit gives (odd: male, even: female); only for a valid number.
Gender gender(const QString &idNumber);

/// As shown to those who may not see it in full: the region and the last four, 110105********123X.
QString masked(const QString &idNumber);

} // namespace IdNumber

} // namespace rongpei
