#include "CadreCommands.h"

#include "CadreRepository.h"
#include "UserMessage.h"

#include <QCoreApplication>

namespace rongpei {

CadreCommand::CadreCommand(CadreRepository &repository, UndoErrorHandler onError, const QString &text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_onError(std::move(onError))
{}

void CadreCommand::undo()
{
    guarded([this] { revert(); });
}

void CadreCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded([this] { apply(); });
}

void CadreCommand::guarded(const std::function<void()> &step)
{
    try {
        step();
    } catch (const std::exception &error) {
        setObsolete(true); // the record changed elsewhere; this step can no longer be replayed
        m_onError(userMessage(error));
    }
}

std::unique_ptr<AddCadreCommand> AddCadreCommand::perform(CadreRepository &repository, const Cadre &cadre,
                                                          UndoErrorHandler onError)
{
    const qint64 id = repository.add(cadre);
    return std::unique_ptr<AddCadreCommand>(
        new AddCadreCommand(repository, repository.find(id).value_or(cadre), std::move(onError)));
}

AddCadreCommand::AddCadreCommand(CadreRepository &repository, Cadre added, UndoErrorHandler onError)
    : CadreCommand(repository, std::move(onError),
                   QCoreApplication::translate("rongpei::CadreCommand", "Add %1").arg(added.name))
    , m_cadre(std::move(added))
{}

void AddCadreCommand::apply()
{
    m_repository.restore(m_cadre);
}

void AddCadreCommand::revert()
{
    m_repository.remove(m_cadre.id);
}

std::unique_ptr<EditCadreCommand> EditCadreCommand::perform(CadreRepository &repository, const Cadre &before,
                                                            const Cadre &after, UndoErrorHandler onError)
{
    repository.update(after);
    return std::unique_ptr<EditCadreCommand>(new EditCadreCommand(
        repository, before, repository.find(after.id).value_or(after), std::move(onError)));
}

EditCadreCommand::EditCadreCommand(CadreRepository &repository, Cadre before, Cadre after,
                                   UndoErrorHandler onError)
    : CadreCommand(repository, std::move(onError),
                   QCoreApplication::translate("rongpei::CadreCommand", "Edit %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditCadreCommand::apply()
{
    m_repository.update(m_after);
}

void EditCadreCommand::revert()
{
    m_repository.update(m_before);
}

std::unique_ptr<DeleteCadreCommand> DeleteCadreCommand::perform(CadreRepository &repository, qint64 id,
                                                                UndoErrorHandler onError)
{
    Cadre deleted = repository.remove(id);
    return std::unique_ptr<DeleteCadreCommand>(
        new DeleteCadreCommand(repository, std::move(deleted), std::move(onError)));
}

DeleteCadreCommand::DeleteCadreCommand(CadreRepository &repository, Cadre deleted, UndoErrorHandler onError)
    : CadreCommand(repository, std::move(onError),
                   QCoreApplication::translate("rongpei::CadreCommand", "Delete %1").arg(deleted.name))
    , m_cadre(std::move(deleted))
{}

void DeleteCadreCommand::apply()
{
    m_repository.remove(m_cadre.id);
}

void DeleteCadreCommand::revert()
{
    m_repository.restore(m_cadre);
}

} // namespace rongpei
