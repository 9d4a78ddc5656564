#pragma once

#include "common/ValidationError.h"
#include "storage/RecordRepository.h"
#include "training/Feedback.h"

#include <QCoreApplication>

namespace rongpei {

class Clock;

/// The reaction form's questions and the forms filled in for each class. A class's forms are
/// saved together: its signals carry the id of the class whose forms changed.
class FeedbackRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr int maxQuestionLength = 200;
    static constexpr int maxCommentLength = 4000;

    FeedbackRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// The questions in order; `activeOnly` leaves out the retired ones.
    QList<FeedbackQuestion> questions(bool activeOnly = false) const;
    static QList<FeedbackQuestion> questions(const Database &database, bool activeOnly = false);
    /// Adds a question an administrator wrote, at the end; returns its id.
    qint64 addQuestion(const QString &text);
    /// Rewords, retires or brings back a question.
    void updateQuestion(const FeedbackQuestion &question);
    /// Refused once a form rated it: retire it instead.
    void removeQuestion(qint64 id);

    /// The forms of `classId`, in the order they were entered.
    QList<FeedbackForm> forms(qint64 classId) const;
    static QList<FeedbackForm> forms(const Database &database, qint64 classId);
    /// Replaces the forms of `classId` with `forms`, all or nothing: a rating off the scale, an
    /// anonymous form naming someone, a form of someone not in the class or twice is refused.
    void saveForms(qint64 classId, const QList<FeedbackForm> &forms);

signals:
    void questionsChanged();

protected:
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    QString checkedQuestionText(qint64 id, const QString &text) const;
    QList<FieldError> formErrors(qint64 classId, const QList<FeedbackForm> &forms) const;

    const Clock &m_clock;
};

} // namespace rongpei
