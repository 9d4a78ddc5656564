#include "common/RecordDialog.h"

#include "Workspace.h"
#include "common/HistoryDialog.h"
#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
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
    if (!mayOverwrite())
        return;
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

void RecordDialog::followRecord(const QString &title, Workspace &workspace, const QString &kindCode,
                                const QString &uuid)
{
    const Database &database = workspace.database();
    const AccessPolicy &access = workspace.access();
    const RecordKind *kind = Workspace::recordKind(kindCode);
    if (kind == nullptr || uuid.isEmpty())
        return;
    addHistoryButton(title, [&database, &access, kind, uuid] {
        return RecordHistory::lines(database, *kind, uuid, access);
    });
    m_lastChange = [&database, kind, uuid] { return RecordHistory::lastChange(database, *kind, uuid); };
    const std::optional<JournalEntry> last = m_lastChange();
    m_seenSequence = last ? last->sequence : 0;
}

bool RecordDialog::mayOverwrite()
{
    if (!m_lastChange)
        return true;
    std::optional<JournalEntry> last;
    try {
        last = m_lastChange();
    } catch (const std::exception &) {
        return true; // the save itself will say what is wrong with the file
    }
    if (!last || last->sequence <= m_seenSequence)
        return true;
    QMessageBox question(
        QMessageBox::Warning, tr("Changed meanwhile"),
        tr("While you were editing, this record was changed by %1 at %2.\n\nReload it to see "
           "that change (your edits here are dropped), or save yours over it?")
            .arg(RecordHistory::authorOf(*last),
                 QLocale().toString(last->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        QMessageBox::Discard | QMessageBox::Save | QMessageBox::Cancel, this);
    question.button(QMessageBox::Discard)->setText(tr("&Reload theirs"));
    question.button(QMessageBox::Save)->setText(tr("&Save mine over it"));
    question.setDefaultButton(QMessageBox::Cancel);
    switch (question.exec()) {
    case QMessageBox::Save:
        m_seenSequence = last->sequence;
        return true;
    case QMessageBox::Discard:
        reject();
        emit reloadRequested();
        return false;
    default:
        return false;
    }
}

void RecordDialog::addCheckedRow(const QString &label, QWidget *field, const QString &fieldKey)
{
    m_errors.addRow(m_form, label, field, fieldKey);
}

void RecordDialog::addAttachments(QWidget *panel, std::function<bool()> mayCancel)
{
    addCheckedRow(tr("Files:"), panel, QString());
    m_mayCancel = std::move(mayCancel);
}

void RecordDialog::reject()
{
    if (!m_mayCancel || m_mayCancel())
        QDialog::reject();
}

} // namespace rongpei
