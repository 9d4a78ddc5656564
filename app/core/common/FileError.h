#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace rongpei {

/// A file could not be read or written: the message names the file and what to do.
class FileError final : public std::exception
{
public:
    explicit FileError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace rongpei
