#include "common/RecordCommands.h"

#include "common/UserMessage.h"

namespace rongpei {

RecordCommand::RecordCommand(UndoErrorHandler onError, const QString &text)
    : QUndoCommand(text)
    , m_onError(std::move(onError))
{}

void RecordCommand::undo()
{
    guarded([this] { revert(); });
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded([this] { apply(); });
}

void RecordCommand::guarded(const std::function<void()> &step)
{
    try {
        step();
    } catch (const std::exception &error) {
        setObsolete(true); // the record changed elsewhere; this step can no longer be replayed
        m_onError(userMessage(error));
    }
}

} // namespace rongpei
