#include "shell/SettingsDialog.h"

#include "accounts/WindowLock.h"
#include "attachments/AttachmentFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rongpei {

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_lockMinutes(new QSpinBox(this))
    , m_attachmentMegabytes(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(tr("Follow the system"), uiLanguageCode(UiLanguage::System));
    m_language->addItem(QStringLiteral("简体中文"), uiLanguageCode(UiLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), uiLanguageCode(UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(uiLanguageCode(savedLanguage())));

    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setValue(WindowLock::idleMinutes());
    m_lockMinutes->setToolTip(
        tr("Minutes without a key or mouse action before RongPei locks itself (Ctrl+L locks "
           "at once)"));

    m_attachmentMegabytes->setObjectName(QStringLiteral("attachmentMegabytes"));
    m_attachmentMegabytes->setRange(1, 500);
    m_attachmentMegabytes->setSuffix(tr(" MB"));
    m_attachmentMegabytes->setValue(AttachmentFile::maxMegabytes());
    m_attachmentMegabytes->setToolTip(
        tr("The largest file that may be attached to a record on this computer; every attached file is "
           "stored inside the database, and travels with each backup"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Lock &after:"), m_lockMinutes);
    form->addRow(tr("Largest attached &file:"), m_attachmentMegabytes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

UiLanguage SettingsDialog::savedLanguage()
{
    return uiLanguageFromCode(QSettings().value(languageKey).toString());
}

void SettingsDialog::saveLanguage(UiLanguage language)
{
    QSettings().setValue(languageKey, uiLanguageCode(language));
}

void SettingsDialog::accept()
{
    WindowLock::setIdleMinutes(m_lockMinutes->value());
    AttachmentFile::setMaxMegabytes(m_attachmentMegabytes->value());
    const UiLanguage chosen = uiLanguageFromCode(m_language->currentData().toString());
    if (chosen != savedLanguage()) {
        saveLanguage(chosen);
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used from the next start of RongPei."));
    }
    QDialog::accept();
}

} // namespace rongpei
