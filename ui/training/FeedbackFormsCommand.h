#pragma once

#include "common/RecordCommands.h"
#include "training/FeedbackRepository.h"

namespace rongpei {

/// The undoable save of a class's feedback forms: undo puts back the forms as they were.
class FeedbackFormsCommand final : public RecordCommand
{
public:
    static std::unique_ptr<FeedbackFormsCommand> perform(FeedbackRepository &repository, qint64 classId,
                                                         const QString &className, QList<FeedbackForm> after,
                                                         UndoErrorHandler onError)
    {
        QList<FeedbackForm> before = repository.forms(classId);
        repository.saveForms(classId, after);
        return std::unique_ptr<FeedbackFormsCommand>(
            new FeedbackFormsCommand(repository, classId, className, std::move(before),
                                     repository.forms(classId), std::move(onError)));
    }

private:
    FeedbackFormsCommand(FeedbackRepository &repository, qint64 classId, const QString &className,
                         QList<FeedbackForm> before, QList<FeedbackForm> after, UndoErrorHandler onError)
        : RecordCommand(
              std::move(onError),
              QCoreApplication::translate("rongpei::RecordCommand", "Feedback forms of %1").arg(className))
        , m_repository(repository)
        , m_classId(classId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void apply() override { m_repository.saveForms(m_classId, m_after); }
    void revert() override { m_repository.saveForms(m_classId, m_before); }

    FeedbackRepository &m_repository;
    qint64 m_classId;
    QList<FeedbackForm> m_before;
    QList<FeedbackForm> m_after;
};

} // namespace rongpei
