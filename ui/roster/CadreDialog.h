#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "roster/Cadre.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rongpei {

class OptionalDateEdit;

/// Adds or edits one cadre. The dialog stays open, with the message on the wrong
/// field, until the saver accepts the record.
class CadreDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the record; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const Cadre &cadre)>;

    CadreDialog(const QList<Organization> &organizations, const Cadre &cadre, QDate today, Saver saver,
                QWidget *parent = nullptr);

    /// The record as the fields now describe it.
    Cadre cadre() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    void fillDepartments();
    void updatePartyDate();

    Cadre m_original;
    QList<Organization> m_organizations;
    Saver m_saver;
    QLineEdit *m_name;
    QLineEdit *m_employeeNumber;
    QComboBox *m_gender;
    QDateEdit *m_birthDate;
    QComboBox *m_branch;
    QComboBox *m_department;
    QLineEdit *m_post;
    QComboBox *m_level;
    QComboBox *m_track;
    QComboBox *m_partyStatus;
    QComboBox *m_recruitmentStage;
    QComboBox *m_partyRole;
    QDateEdit *m_partyJoinedOn;
    QLineEdit *m_phone;
    QLineEdit *m_idNumber;
    QComboBox *m_employmentStatus;
    OptionalDateEdit *m_hiredOn;
    OptionalDateEdit *m_leftOn;
    QPlainTextEdit *m_notes;
};

} // namespace rongpei
