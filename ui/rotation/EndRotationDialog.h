#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace rongpei {

/// Asks the last day of a rotation that ends, and whether the cadre stays in the host post
/// (offered ticked for a job rotation, whose cadre usually stays).
class EndRotationDialog final : public QDialog
{
    Q_OBJECT

public:
    EndRotationDialog(const QString &cadreName, const QString &hostPlace, QDate firstDay, QDate today,
                      QDate proposedEnd, bool proposeStay, QWidget *parent = nullptr);

    QDate lastDay() const;
    bool staysInHostPost() const;

private:
    QDateEdit *m_lastDay;
    QCheckBox *m_stay;
};

} // namespace rongpei
