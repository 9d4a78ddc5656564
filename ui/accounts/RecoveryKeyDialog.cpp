#include "accounts/RecoveryKeyDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rongpei {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &key, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_key(key)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Recovery key"));
    auto *intro = new QLabel(tr("If every administrator forgets their password, this key sets a new one. It "
                                "is shown only now: print it or write it down, and keep it locked away "
                                "from the computer."),
                             this);
    intro->setWordWrap(true);
    auto *keyLabel = new QLabel(key, this);
    keyLabel->setObjectName(QStringLiteral("recoveryKey"));
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    keyLabel->setFont(mono);
    keyLabel->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole)
        ->setObjectName(QStringLiteral("printKey"));
    buttons->addButton(tr("I have &kept it"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, buttons](QAbstractButton *button) {
        if (buttons->buttonRole(button) == QDialogButtonBox::ActionRole)
            print();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(keyLabel);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void RecoveryKeyDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    painter.drawText(
        page.adjusted(0, 0, 0, -page.height() / 2), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        tr("RongPei recovery key\n\nDatabase: %1\n\nKeep this sheet locked away from the computer.")
            .arg(QDir::toNativeSeparators(m_databasePath)));
    font.setPointSize(22);
    font.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    painter.setFont(font);
    painter.drawText(page, Qt::AlignCenter, m_key);
}

} // namespace rongpei
