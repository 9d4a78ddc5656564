#pragma once

#include "common/RecordCommands.h"
#include "training/DevelopmentPlanRepository.h"

namespace rongpei {

/// The undoable acceptance of suggested plans: undo deletes them all, redo puts them back.
class AcceptPlansCommand final : public RecordCommand
{
public:
    static std::unique_ptr<AcceptPlansCommand> perform(DevelopmentPlanRepository &repository,
                                                       const QList<DevelopmentPlan> &plans,
                                                       UndoErrorHandler onError)
    {
        QList<DevelopmentPlan> added = repository.findAll(repository.addAll(plans));
        return std::unique_ptr<AcceptPlansCommand>(
            new AcceptPlansCommand(repository, std::move(added), std::move(onError)));
    }

private:
    AcceptPlansCommand(DevelopmentPlanRepository &repository, QList<DevelopmentPlan> added,
                       UndoErrorHandler onError)
        : RecordCommand(std::move(onError),
                        QCoreApplication::translate("rongpei::RecordCommand", "Accept %n suggested plan(s)",
                                                    nullptr, static_cast<int>(added.size())))
        , m_repository(repository)
        , m_added(std::move(added))
    {}
    void apply() override { m_repository.restoreAll(m_added); }
    void revert() override
    {
        QList<qint64> ids;
        for (const DevelopmentPlan &plan : std::as_const(m_added))
            ids.append(plan.id);
        m_repository.removeAll(ids);
    }

    DevelopmentPlanRepository &m_repository;
    QList<DevelopmentPlan> m_added;
};

} // namespace rongpei
