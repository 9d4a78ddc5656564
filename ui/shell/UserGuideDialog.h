#pragma once

#include <QDialog>

class QTextBrowser;

namespace rongpei {

/// The short user guide shipped with the application (F1), in the language of the UI,
/// opened at the section of the page the user is on.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(const QString &section, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The guide's resource for the UI's language: Chinese unless the UI is in English.
    static QString guideResource();

private:
    QTextBrowser *m_browser;
};

} // namespace rongpei
