#include "training/FeedbackQuestionsDialog.h"

#include "common/ErrorMessageBox.h"
#include "training/FeedbackRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rongpei {

FeedbackQuestionsDialog::FeedbackQuestionsDialog(FeedbackRepository &feedback, QWidget *parent)
    : QDialog(parent)
    , m_feedback(feedback)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Feedback form questions"));
    auto *intro = new QLabel(tr("Each question is rated 1–5 on every form. Uncheck a question to stop asking "
                                "it: the ratings it has are kept."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("questions"));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *reword = new QPushButton(tr("&Reword…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setToolTip(tr("Only a question no form has rated can be removed; uncheck the others"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &FeedbackQuestionsDialog::addQuestion);
    connect(reword, &QPushButton::clicked, this, &FeedbackQuestionsDialog::rewordSelected);
    connect(remove, &QPushButton::clicked, this, &FeedbackQuestionsDialog::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &FeedbackQuestionsDialog::rewordSelected);
    connect(m_list, &QListWidget::itemChanged, this, &FeedbackQuestionsDialog::toggleActive);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(reword);
    side->addWidget(remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(560, 360);
    fill();
}

void FeedbackQuestionsDialog::fill(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const FeedbackQuestion &question : m_feedback.questions()) {
        auto *item = new QListWidgetItem(question.text, m_list);
        item->setData(Qt::UserRole, question.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(question.active ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(question.code.isEmpty() ? tr("Added by an administrator") : tr("Built in"));
        if (question.id == selectId)
            m_list->setCurrentItem(item);
    }
}

qint64 FeedbackQuestionsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FeedbackQuestionsDialog::addQuestion()
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
            fill(id);
            return;
        }
}

void FeedbackQuestionsDialog::rewordSelected()
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
    if (id <= 0)
        return;
    if (QMessageBox::question(
            this, tr("Remove question"),
            tr("Remove the question \"%1\" from the form?").arg(m_list->currentItem()->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_feedback.removeQuestion(id);
        fill();
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Remove question"), error);
    }
}

} // namespace rongpei
