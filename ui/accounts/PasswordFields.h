#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace rongpei {

/// A new password typed twice, hidden, for every dialog that sets one.
class PasswordFields final : public QObject
{
    Q_OBJECT

public:
    /// Adds the two rows to `form`, owned by `parent`.
    PasswordFields(QFormLayout *form, QWidget *parent);

    QString password() const;
    /// Why the password cannot be taken for `userName` (empty, short, mistyped), or an empty string.
    QString problem(const QString &userName) const;
    QLineEdit *first() const { return m_first; }

    /// The line under a form that says, in red, why it was refused; hidden until it does.
    static QLabel *refusalLabel(QWidget *parent, const QString &objectName);

private:
    QLineEdit *m_first;
    QLineEdit *m_second;
};

} // namespace rongpei
