#include "roster/IdNumber.h"

#include <array>

namespace rongpei::IdNumber {

namespace {

constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t checkDigits[] = u"10X98765432";
constexpr qsizetype length = 18;

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

QString normalized(const QString &text)
{
    QString result = text.trimmed();
    if (result.endsWith(u'x'))
        result[result.size() - 1] = u'X';
    return result;
}

QChar checkDigit(QStringView first17)
{
    int sum = 0;
    for (qsizetype i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[static_cast<size_t>(i)];
    return QChar(checkDigits[sum % 11]);
}

QDate birthDate(const QString &idNumber)
{
    if (idNumber.size() != length || !allDigits(QStringView(idNumber).mid(6, 8)))
        return {};
    return QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool isValid(const QString &idNumber)
{
    if (idNumber.size() != length)
        return false;
    const QStringView first17 = QStringView(idNumber).left(17);
    return allDigits(first17) && checkDigit(first17) == idNumber.at(17) && birthDate(idNumber).isValid();
}

Gender gender(const QString &idNumber)
{
    const int sequenceDigit = idNumber.size() == length ? idNumber.at(16).unicode() - u'0' : 1;
    return sequenceDigit % 2 == 1 ? Gender::Male : Gender::Female;
}

QString masked(const QString &idNumber)
{
    if (idNumber.size() <= 10)
        return QString(idNumber.size(), u'*');
    return idNumber.left(6) + QString(idNumber.size() - 10, u'*') + idNumber.right(4);
}

} // namespace rongpei::IdNumber
