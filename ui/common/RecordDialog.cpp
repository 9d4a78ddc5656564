#include "common/RecordDialog.h"

#include "Workspace.h"
#include "common/HistoryDialog.h"
#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rongpei {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QDialogButtonBox *buttons = m_buttons;
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

void RecordDialog::addHistoryButton(const QString &title, std::function<std::vector<HistoryLine>()> reader)
{
    QPushButton *button = m_buttons->addButton(tr("Histor&y…"), QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("historyButton"));
    button->setToolTip(tr("Every change of this record: when, by whom, and what each field was before"));
    connect(button, &QPushButton::clicked, this, [this, title, reader = std::move(reader)] {
        auto *dialog = new HistoryDialog(title, reader, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void RecordDialog::addHistoryButton(const QString &title, const Database &database, const QString &kindCode,
                                    const QString &uuid)
{
    const RecordKind *kind = Workspace::recordKind(kindCode);
    if (kind == nullptr || uuid.isEmpty())
        return;
    addHistoryButton(title, [&database, kind, uuid] { return RecordHistory::lines(database, *kind, uuid); });
}

void RecordDialog::addCheckedRow(const QString &label, QWidget *field, const QString &fieldKey)
{
    m_errors.addRow(m_form, label, field, fieldKey);
}

} // namespace rongpei
