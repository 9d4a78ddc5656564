#include "common/RecordDialog.h"

#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rongpei {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
}

void RecordDialog::accept()
{
    m_errors.clear();
    try {
        save();
    } catch (const ValidationError &error) {
        m_errors.show(error.errors());
        return;
    } catch (const std::exception &error) {
        m_errors.show({{QString(), userMessage(error)}});
        return;
    }
    QDialog::accept();
}

void RecordDialog::addCheckedRow(const QString &label, QWidget *field, const QString &fieldKey)
{
    m_errors.addRow(m_form, label, field, fieldKey);
}

} // namespace rongpei
