#include "common/ValidationError.h"

#include <QStringList>

namespace rongpei {

namespace {

std::string joined(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(u'\n').toStdString();
}

} // namespace

ValidationError::ValidationError(QList<FieldError> errors)
    : std::runtime_error(joined(errors))
    , m_errors(std::move(errors))
{}

ValidationError::ValidationError(const QString &message)
    : ValidationError(QList<FieldError>{{QString(), message}})
{}

QString ValidationError::message() const
{
    return QString::fromStdString(what());
}

bool ValidationError::hasErrorFor(const QString &field) const
{
    return std::any_of(m_errors.begin(), m_errors.end(),
                       [&](const FieldError &e) { return e.field == field; });
}

} // namespace rongpei
