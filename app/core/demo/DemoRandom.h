#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace rongpei {

/// The demo generator's source of chance: seeded, so the same options give the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    {}

    int below(int bound) { return static_cast<int>(m_generator.bounded(static_cast<quint32>(bound))); }
    bool chance(double probability) { return m_generator.generateDouble() < probability; }

    template <typename Container>
    QString pick(const Container &values)
    {
        return QString::fromUtf16(values[static_cast<size_t>(below(static_cast<int>(values.size())))]);
    }

    /// Favours the front of the list, as surname frequencies do.
    template <typename Container>
    QString pickSkewed(const Container &values)
    {
        const double u = m_generator.generateDouble();
        return QString::fromUtf16(values[static_cast<size_t>(u * u * static_cast<double>(values.size()))]);
    }

    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &b : bytes)
            b = static_cast<char>(below(256));
        bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_generator;
};

} // namespace rongpei
