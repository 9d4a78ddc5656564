#pragma once

#include "common/RecordCommands.h"
#include "roster/CadreRepository.h"

namespace rongpei {

/// Moves a cadre into the host post at the end of a rotation, written to the post history as
/// the rotation's doing; undone, the cadre is back in the old post and the history row is gone.
class TakeHostPostCommand final : public RecordCommand
{
public:
    static std::unique_ptr<TakeHostPostCommand> perform(CadreRepository &cadres, const Cadre &before,
                                                        const Cadre &after, const PostChange &change,
                                                        UndoErrorHandler onError)
    {
        cadres.update(after, change);
        return std::unique_ptr<TakeHostPostCommand>(
            new TakeHostPostCommand(cadres, before, after, change, std::move(onError)));
    }

private:
    TakeHostPostCommand(CadreRepository &cadres, Cadre before, Cadre after, PostChange change,
                        UndoErrorHandler onError)
        : RecordCommand(std::move(onError),
                        QCoreApplication::translate("rongpei::RecordCommand", "Move %1 to the host post")
                            .arg(after.name))
        , m_cadres(cadres)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_change(change)
    {}
    void apply() override { m_cadres.update(m_after, m_change); }
    // Going back the same day removes the history row the move wrote.
    void revert() override
    {
        m_cadres.update(m_before, PostChange{m_change.effectiveOn, PostSource::Roster, 0});
    }

    CadreRepository &m_cadres;
    Cadre m_before;
    Cadre m_after;
    PostChange m_change;
};

} // namespace rongpei
