#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace rongpei {

class BackgroundJob;

/// "Computing…" with a progress bar and Cancel, shown while a page's BackgroundJob runs
/// longer than a moment; the page keeps showing its previous result meanwhile.
class BusyIndicator final : public QWidget
{
    Q_OBJECT

public:
    BusyIndicator(BackgroundJob *job, QWidget *parent = nullptr);

private:
    void onRunningChanged(bool running);

    QLabel *m_label;
    QProgressBar *m_progress;
    QTimer *m_showDelay;
};

} // namespace rongpei
