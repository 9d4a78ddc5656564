#pragma once

#include "Cadre.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rongpei {

class CadreRepository;

/// Receives the message of an undo or redo that the database refused.
using UndoErrorHandler = std::function<void(const QString &message)>;

/// Base of the roster's undoable edits. Each is created by perform(), which makes the
/// change at once (throwing, and leaving nothing on the stack, if it is refused); the
/// first redo() from QUndoStack::push is therefore skipped.
class CadreCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    CadreCommand(CadreRepository &repository, UndoErrorHandler onError, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;

    CadreRepository &m_repository;

private:
    void guarded(const std::function<void()> &step);

    UndoErrorHandler m_onError;
    bool m_firstRedo = true;
};

class AddCadreCommand final : public CadreCommand
{
public:
    static std::unique_ptr<AddCadreCommand> perform(CadreRepository &repository, const Cadre &cadre,
                                                    UndoErrorHandler onError);
    qint64 cadreId() const { return m_cadre.id; }

private:
    AddCadreCommand(CadreRepository &repository, Cadre added, UndoErrorHandler onError);
    void apply() override;
    void revert() override;

    Cadre m_cadre;
};

class EditCadreCommand final : public CadreCommand
{
public:
    static std::unique_ptr<EditCadreCommand> perform(CadreRepository &repository, const Cadre &before,
                                                     const Cadre &after, UndoErrorHandler onError);

private:
    EditCadreCommand(CadreRepository &repository, Cadre before, Cadre after, UndoErrorHandler onError);
    void apply() override;
    void revert() override;

    Cadre m_before;
    Cadre m_after;
};

class DeleteCadreCommand final : public CadreCommand
{
public:
    static std::unique_ptr<DeleteCadreCommand> perform(CadreRepository &repository, qint64 id,
                                                       UndoErrorHandler onError);

private:
    DeleteCadreCommand(CadreRepository &repository, Cadre deleted, UndoErrorHandler onError);
    void apply() override;
    void revert() override;

    Cadre m_cadre;
};

} // namespace rongpei
