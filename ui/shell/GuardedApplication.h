#pragma once

#include <QApplication>

namespace rongpei {

/// A QApplication that turns an exception escaping an event handler (say, a storage
/// failure while refreshing a view) into a message instead of terminating RongPei.
/// Each action already reports its own errors; this is the last safety net.
class GuardedApplication final : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

signals:
    /// Emitted with the message after an exception was caught.
    void errorReported(const QString &message);
};

} // namespace rongpei
