#include "common/BusyIndicator.h"

#include "common/BackgroundJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace rongpei {

namespace {

/// Work done sooner than this shows no indicator: a flash would only distract.
constexpr int showAfterMs = 250;

} // namespace

BusyIndicator::BusyIndicator(BackgroundJob *job, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Computing…"), this))
    , m_progress(new QProgressBar(this))
    , m_showDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("cancelComputation"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop computing; the figures shown stay as they were"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(cancel);
    hide();

    m_showDelay->setSingleShot(true);
    m_showDelay->setInterval(showAfterMs);
    connect(m_showDelay, &QTimer::timeout, this, &QWidget::show);
    connect(cancel, &QToolButton::clicked, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::runningChanged, this, &BusyIndicator::onRunningChanged);
    connect(job, &BackgroundJob::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
}

void BusyIndicator::onRunningChanged(bool running)
{
    if (running) {
        m_progress->setRange(0, 0); // busy until the first progress report
        m_showDelay->start();
    } else {
        m_showDelay->stop();
        hide();
    }
}

} // namespace rongpei
