#include "training/FollowUpDialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rongpei {

FollowUpDialog::FollowUpDialog(const FollowUp &followUp, const QString &subject, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(followUp)
    , m_saver(std::move(saver))
    , m_rating(new QSpinBox(this))
    , m_ratedOn(new QDateEdit(followUp.ratedOn, this))
    , m_ratedBy(new QLineEdit(followUp.ratedBy, this))
    , m_notes(new QPlainTextEdit(followUp.notes, this))
{
    setWindowTitle(tr("Follow-up rating"));
    auto *about = new QLabel(subject, this);
    about->setWordWrap(true);
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setRange(0, 99); // the repository says what is allowed
    m_rating->setValue(followUp.rating);
    m_rating->setToolTip(
        tr("1 does not apply it, 3 applies it in part, 5 applies it fully and passes it on"));
    m_ratedOn->setObjectName(QStringLiteral("ratedOn"));
    m_ratedOn->setCalendarPopup(true);
    m_ratedBy->setObjectName(QStringLiteral("ratedBy"));
    m_ratedBy->setMaxLength(200);
    m_ratedBy->setPlaceholderText(tr("the supervisor"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form()->addRow(about);
    addCheckedRow(tr("&Rating (1–5):"), m_rating, FeedbackField::rating);
    addCheckedRow(tr("Rated &on:"), m_ratedOn, FeedbackField::ratedOn);
    form()->addRow(tr("Rated &by:"), m_ratedBy);
    addCheckedRow(tr("&Notes:"), m_notes, FeedbackField::comments);
    m_rating->setFocus();
    m_rating->selectAll();
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f = m_original;
    f.rating = m_rating->value();
    f.ratedOn = m_ratedOn->date();
    f.ratedBy = m_ratedBy->text();
    f.notes = m_notes->toPlainText();
    return f;
}

void FollowUpDialog::save()
{
    m_saver(followUp());
}

} // namespace rongpei
