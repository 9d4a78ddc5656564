#pragma once

#include "common/Localization.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace rongpei {

/// Application settings kept in QSettings; for now the user interface language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static UiLanguage savedLanguage();
    static void saveLanguage(UiLanguage language);

    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_lockMinutes;
    QSpinBox *m_attachmentMegabytes;
};

} // namespace rongpei
