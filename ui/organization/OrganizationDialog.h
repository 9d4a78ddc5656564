#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rongpei {

/// Names a new unit (choosing its kind) or renames an existing one. Stays open with
/// the message on the field until the saver accepts the unit as edited.
class OrganizationDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const Organization &unit)>;

    /// `kinds` lists the kinds to choose from; a single kind is shown but not editable.
    OrganizationDialog(const QString &title, Organization unit, const QString &parentName,
                       const QList<OrganizationKind> &kinds, QDate today, Saver saver,
                       QWidget *parent = nullptr);

protected:
    void save() override;

private:
    Organization m_unit;
    Saver m_saver;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QDateEdit *m_recordsStart;

    void showRecordsStart();
};

} // namespace rongpei
