#include "shell/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace rongpei {

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(tr("Follow the system"), uiLanguageCode(UiLanguage::System));
    m_language->addItem(QStringLiteral("简体中文"), uiLanguageCode(UiLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), uiLanguageCode(UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(uiLanguageCode(savedLanguage())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
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
    const UiLanguage chosen = uiLanguageFromCode(m_language->currentData().toString());
    if (chosen != savedLanguage()) {
        saveLanguage(chosen);
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used from the next start of RongPei."));
    }
    QDialog::accept();
}

} // namespace rongpei
