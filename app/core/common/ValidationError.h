#pragma once

#include <QList>
#include <QString>

#include <stdexcept>

namespace rongpei {

/// What is wrong with one field of a record, for the form that shows it.
struct FieldError
{
    QString field; // a field key of the record's type; empty for the record as a whole
    QString message;

    bool operator==(const FieldError &) const = default;
};

/// A change refused because of its content; nothing was saved.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(QList<FieldError> errors);
    explicit ValidationError(const QString &message);

    const QList<FieldError> &errors() const noexcept { return m_errors; }
    /// All messages, one per line.
    QString message() const;
    bool hasErrorFor(const QString &field) const;

private:
    QList<FieldError> m_errors;
};

} // namespace rongpei
