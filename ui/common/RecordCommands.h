#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rongpei {

/// Receives the message of an undo or redo that the database refused.
using UndoErrorHandler = std::function<void(const QString &message)>;

/// Base of every undoable record edit. Each is created by perform(), which makes the
/// change at once (throwing, and leaving nothing on the stack, if it is refused); the
/// first redo() from QUndoStack::push is therefore skipped.
class RecordCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    RecordCommand(UndoErrorHandler onError, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    void guarded(const std::function<void()> &step);

    UndoErrorHandler m_onError;
    bool m_firstRedo = true;
};

// The commands below work with any repository offering add(Record) → id, find(id),
// update(Record), remove(id) → Record and restore(Record); and a record type for which
// undoLabel(record) names it in the Edit menu.

template <typename Repository, typename Record>
class AddRecordCommand final : public RecordCommand
{
public:
    static std::unique_ptr<AddRecordCommand> perform(Repository &repository, const Record &record,
                                                     UndoErrorHandler onError)
    {
        const qint64 id = repository.add(record);
        return std::unique_ptr<AddRecordCommand>(
            new AddRecordCommand(repository, repository.find(id).value_or(record), std::move(onError)));
    }
    qint64 recordId() const { return m_record.id; }

private:
    AddRecordCommand(Repository &repository, Record added, UndoErrorHandler onError)
        : RecordCommand(std::move(onError),
                        QCoreApplication::translate("rongpei::RecordCommand", "Add %1").arg(undoLabel(added)))
        , m_repository(repository)
        , m_record(std::move(added))
    {}
    void apply() override { m_repository.restore(m_record); }
    void revert() override { m_repository.remove(m_record.id); }

    Repository &m_repository;
    Record m_record;
};

template <typename Repository, typename Record>
class EditRecordCommand final : public RecordCommand
{
public:
    static std::unique_ptr<EditRecordCommand> perform(Repository &repository, const Record &before,
                                                      const Record &after, UndoErrorHandler onError)
    {
        repository.update(after);
        return std::unique_ptr<EditRecordCommand>(new EditRecordCommand(
            repository, before, repository.find(after.id).value_or(after), std::move(onError)));
    }

private:
    EditRecordCommand(Repository &repository, Record before, Record after, UndoErrorHandler onError)
        : RecordCommand(
              std::move(onError),
              QCoreApplication::translate("rongpei::RecordCommand", "Edit %1").arg(undoLabel(after)))
        , m_repository(repository)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void apply() override { m_repository.update(m_after); }
    void revert() override { m_repository.update(m_before); }

    Repository &m_repository;
    Record m_before;
    Record m_after;
};

template <typename Repository, typename Record>
class DeleteRecordCommand final : public RecordCommand
{
public:
    static std::unique_ptr<DeleteRecordCommand> perform(Repository &repository, qint64 id,
                                                        UndoErrorHandler onError)
    {
        Record deleted = repository.remove(id);
        return std::unique_ptr<DeleteRecordCommand>(
            new DeleteRecordCommand(repository, std::move(deleted), std::move(onError)));
    }

private:
    DeleteRecordCommand(Repository &repository, Record deleted, UndoErrorHandler onError)
        : RecordCommand(
              std::move(onError),
              QCoreApplication::translate("rongpei::RecordCommand", "Delete %1").arg(undoLabel(deleted)))
        , m_repository(repository)
        , m_record(std::move(deleted))
    {}
    void apply() override { m_repository.remove(m_record.id); }
    void revert() override { m_repository.restore(m_record); }

    Repository &m_repository;
    Record m_record;
};

} // namespace rongpei
