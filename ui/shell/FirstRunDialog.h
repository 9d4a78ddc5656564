#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace rongpei {

/// Shown when there is no database yet: create the organisation or load demo data.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        CreateOrganization,
        LoadDemo
    };

    explicit FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);

    Choice choice() const;
    QString enterpriseName() const;

    void accept() override;

private:
    QRadioButton *m_create;
    QRadioButton *m_demo;
    QLineEdit *m_enterpriseName;
    QLabel *m_error;
};

} // namespace rongpei
