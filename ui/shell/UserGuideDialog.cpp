#include "shell/UserGuideDialog.h"

#include "common/WindowSize.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rongpei {

UserGuideDialog::UserGuideDialog(const QString &section, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("RongPei user guide"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideResource()));
    if (!section.isEmpty())
        m_browser->scrollToAnchor(section);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 620));
}

QString UserGuideDialog::guideResource()
{
    // QLocale's default is the UI's language, set at start-up from the settings.
    return QLocale().language() == QLocale::Chinese ? QStringLiteral(":/guide/guide_zh_CN.html")
                                                    : QStringLiteral(":/guide/guide_en.html");
}

} // namespace rongpei
