#include "accounts/PasswordFields.h"

#include "accounts/AccountRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rongpei {

PasswordFields::PasswordFields(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_first(new QLineEdit(parent))
    , m_second(new QLineEdit(parent))
{
    for (QLineEdit *field : {m_first, m_second})
        field->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("newPassword"));
    m_second->setObjectName(QStringLiteral("repeatedPassword"));
    m_first->setPlaceholderText(
        tr("At least %n characters", nullptr, AccountRepository::minimumPasswordLength));
    form->addRow(tr("New &password:"), m_first);
    form->addRow(tr("&Repeat it:"), m_second);
}

QLabel *PasswordFields::refusalLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

QString PasswordFields::password() const
{
    return m_first->text();
}

QString PasswordFields::problem(const QString &userName) const
{
    if (const std::optional<QString> refusal = AccountRepository::passwordProblem(userName, m_first->text()))
        return *refusal;
    if (m_first->text() != m_second->text())
        return tr("The two passwords differ: type the same one twice.");
    return {};
}

} // namespace rongpei
