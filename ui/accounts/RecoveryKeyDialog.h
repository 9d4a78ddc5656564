#pragma once

#include <QDialog>

namespace rongpei {

/// Shows a recovery key the one time it is seen in clear, to be printed or written down and kept
/// somewhere safe: it resets an administrator's password when every one is forgotten.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString &key, const QString &databasePath, QWidget *parent = nullptr);

private:
    void print();

    QString m_key;
    QString m_databasePath;
};

} // namespace rongpei
