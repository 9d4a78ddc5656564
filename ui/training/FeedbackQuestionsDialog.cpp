#include "training/FeedbackQuestionsDialog.h"

#include "common/ErrorMessageBox.h"
#include "training/FeedbackRepository.h"

#include <QInputDialog>
#include <QListWidget>
#include <QTimer>

namespace rongpei {

FeedbackQuestionsDialog::FeedbackQuestionsDialog(FeedbackRepository &feedback, QWidget *parent)
    : ListEditorDialog(
          tr("Feedback form questions"),
          tr("Each question is rated 1–5 on every form. Uncheck a question to stop asking it: the "
             "ratings it has are kept."),
          tr("&Reword…"), tr("Only a question no form has rated can be removed; uncheck the others"), parent)
    , m_feedback(feedback)
{
    list()->setObjectName(QStringLiteral("questions"));
    connect(list(), &QListWidget::itemChanged, this, &FeedbackQuestionsDialog::toggleActive);
    resize(560, 360);
    fill();
}

void FeedbackQuestionsDialog::fill(qint64 selectId)
{
    const QSignalBlocker blocker(list());
    list()->clear();
    for (const FeedbackQuestion &question : m_feedback.questions()) {
        auto *item = new QListWidgetItem(question.text, list());
        item->setData(Qt::UserRole, question.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(question.active ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(question.code.isEmpty() ? tr("Added by an administrator") : tr("Built in"));
        if (question.id == selectId)
            list()->setCurrentItem(item);
    }
}

void FeedbackQuestionsDialog::addItem()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("New question"), tr("Question:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        fill(m_feedback.addQuestion(text));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("New question"), error);
    }
}

void FeedbackQuestionsDialog::toggleActive(QListWidgetItem *item)
{
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (FeedbackQuestion question : m_feedback.questions())
        if (question.id == id) {
            question.active = item->checkState() == Qt::Checked;
            try {
                m_feedback.updateQuestion(question);
            } catch (const std::exception &error) {
                showErrorMessage(this, tr("Feedback form questions"), error);
            }
            // Not now: the item that emitted itemChanged is still in use.
            QTimer::singleShot(0, this, [this, id] { fill(id); });
            return;
        }
}

void FeedbackQuestionsDialog::renameSelected()
{
    const qint64 id = selectedId();
    for (FeedbackQuestion question : m_feedback.questions()) {
        if (question.id != id)
            continue;
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Reword question"), tr("Question:"),
                                                   QLineEdit::Normal, question.text, &ok);
        if (!ok)
            return;
        question.text = text;
        try {
            m_feedback.updateQuestion(question);
            fill(id);
        } catch (const std::exception &error) {
            showErrorMessage(this, tr("Reword question"), error);
        }
        return;
    }
}

void FeedbackQuestionsDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 ||
        !confirmRemoval(tr("Remove question"),
                        tr("Remove the question \"%1\" from the form?").arg(list()->currentItem()->text())))
        return;
    try {
        m_feedback.removeQuestion(id);
        fill();
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Remove question"), error);
    }
}

} // namespace rongpei
