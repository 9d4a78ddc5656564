#include "OrganizationDialog.h"

#include "DatabaseError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rongpei {

OrganizationDialog::OrganizationDialog(const QString &title, const QString &parentName,
                                       const QList<OrganizationKind> &kinds, const QString &name, Saver saver,
                                       QWidget *parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(name, this))
{
    setWindowTitle(title);
    m_kind->setObjectName(OrganizationField::kind);
    for (OrganizationKind kind : kinds)
        m_kind->addItem(enumLabel(kind), static_cast<int>(kind));
    m_kind->setEnabled(kinds.size() > 1);
    m_name->setObjectName(OrganizationField::name);
    m_name->setMaxLength(60);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);

    auto *form = new QFormLayout;
    if (!parentName.isEmpty())
        form->addRow(tr("Belongs to:"), new QLabel(parentName, this));
    m_errors.addRow(form, tr("&Kind:"), m_kind, OrganizationField::kind);
    m_errors.addRow(form, tr("Unit &name:"), m_name, OrganizationField::name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganizationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrganizationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void OrganizationDialog::accept()
{
    m_errors.clear();
    try {
        m_saver(static_cast<OrganizationKind>(m_kind->currentData().toInt()), m_name->text());
    } catch (const ValidationError &error) {
        m_errors.show(error.errors());
        return;
    } catch (const DatabaseError &error) {
        m_errors.show({{QString(), error.message()}});
        return;
    }
    QDialog::accept();
}

} // namespace rongpei
