#include "common/RecordDialog.h"

#include "Workspace.h"
#include "common/HistoryDialog.h"
#include "common/UserMessage.h"
#include "common/WindowSize.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace rongpei {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
    , m_formArea(new QScrollArea(this))
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QDialogButtonBox *buttons = m_buttons;
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    // The form scrolls where the screen is too low for it (a cadre's twenty fields and their files
    // on a 768-pixel laptop), so Save is never pushed off the screen.
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    auto *formWidget = new QWidget(m_formArea);
    formWidget->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_formArea->setWidget(formWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formArea, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
}

bool RecordDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A wheel turned to scroll the form must not change the date or choice it passes over: a field
    // takes the wheel only once it has the focus.
    if (event->type() == QEvent::Wheel) {
        auto *field = qobject_cast<QWidget *>(watched);
        if (field != nullptr && !field->hasFocus()) {
            QCoreApplication::sendEvent(m_formArea->verticalScrollBar(), event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RecordDialog::showEvent(QShowEvent *event)
{
    if (!m_sized) {
        const auto guard = [this](QWidget *field) {
            field->setFocusPolicy(Qt::StrongFocus);
            field->installEventFilter(this);
        };
        for (auto *field : m_formArea->widget()->findChildren<QAbstractSpinBox *>())
            guard(field);
        for (auto *field : m_formArea->widget()->findChildren<QComboBox *>())
            guard(field);
        // A scroll area asks for little room: ask for the whole form, as far as the screen allows.
        m_sized = true;
        const QSize form = m_formArea->widget()->sizeHint();
        const int extra = m_buttons->sizeHint().height() + m_generalError->sizeHint().height() + 48;
        resizeWithinScreen(this, size().expandedTo(QSize(form.width() + 40, form.height() + extra)));
    }
    QDialog::showEvent(event);
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
