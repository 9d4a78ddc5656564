#pragma once

#include "common/RecordCommands.h"
#include "training/FollowUpRepository.h"

#include <QUuid>

#include <optional>

namespace rongpei {

/// The undoable rating of a follow-up, or the taking back of one (`after` empty): undo puts
/// back what was there before.
class FollowUpRatingCommand final : public RecordCommand
{
public:
    static std::unique_ptr<FollowUpRatingCommand>
    perform(FollowUpRepository &repository, const QString &cadreName, std::optional<FollowUp> before,
            std::optional<FollowUp> after, UndoErrorHandler onError)
    {
        // A new rating gets its uuid here, so that a redo after an undo is the same record again.
        if (after && after->uuid.isEmpty())
            after->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto command = std::unique_ptr<FollowUpRatingCommand>(new FollowUpRatingCommand(
            repository, cadreName, std::move(before), std::move(after), std::move(onError)));
        command->apply();
        return command;
    }

private:
    FollowUpRatingCommand(FollowUpRepository &repository, const QString &cadreName,
                          std::optional<FollowUp> before, std::optional<FollowUp> after,
                          UndoErrorHandler onError)
        : RecordCommand(
              std::move(onError),
              QCoreApplication::translate("rongpei::RecordCommand", "Follow-up of %1").arg(cadreName))
        , m_repository(repository)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_currentId(m_before ? m_before->id : 0)
    {}
    void apply() override { m_currentId = put(m_after); }
    void revert() override { m_currentId = put(m_before); }
    /// Makes `followUp` the rating there is; returns its id, 0 for none.
    qint64 put(const std::optional<FollowUp> &followUp)
    {
        if (followUp)
            return m_repository.rate(*followUp);
        if (m_currentId > 0)
            m_repository.remove(m_currentId);
        return 0;
    }

    FollowUpRepository &m_repository;
    std::optional<FollowUp> m_before;
    std::optional<FollowUp> m_after;
    qint64 m_currentId;
};

} // namespace rongpei
