#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rongpei {

/// One value of a domain enum: its stable code in the database and its label for people.
template <typename E>
struct EnumEntry
{
    E value;
    const char16_t *code;
    const char *label; // marked with QT_TRANSLATE_NOOP("Labels", ...)
};

/// Specialise with `static constexpr std::array<EnumEntry<E>, N> entries`.
template <typename E>
struct EnumTraits;

template <typename E>
QString enumCode(E value)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (entry.value == value)
            return QString::fromUtf16(entry.code);
    return {};
}

template <typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (QStringView(entry.code) == code)
            return entry.value;
    return std::nullopt;
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (entry.value == value)
            return QCoreApplication::translate("Labels", entry.label);
    return {};
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : EnumTraits<E>::entries)
        values.append(entry.value);
    return values;
}

} // namespace rongpei
