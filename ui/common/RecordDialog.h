#pragma once

#include "common/FieldErrorLabels.h"
#include "history/RecordHistory.h"
#include "storage/ChangeJournal.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QScrollArea;

namespace rongpei {

class Workspace;

class Database;

/// Base of every dialog that edits one record: a form, a line for messages that
/// belong to no field, and Save/Cancel. Save calls save(); if that throws, the
/// dialog stays open with each message on its field and nothing is saved.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() final;

    /// For a record already saved: a History… button listing its changes from the change journal.
    void addHistoryButton(const QString &title, std::function<std::vector<HistoryLine>()> reader);
    /// For the record `uuid` of the kind Workspace::recordKind(kindCode) in `database`: the History…
    /// button, and a guard that, on Save, asks what to do if another window or program changed
    /// the record since the dialog opened (reload theirs, save mine over it, or go on editing).
    void followRecord(const QString &title, Workspace &workspace, const QString &kindCode,
                      const QString &uuid);

    /// The record's files, beneath the form (an AttachmentsPanel); they are saved as they are
    /// attached, not with Save. `mayCancel` is asked before Cancel closes the dialog: files dropped
    /// on a record not saved yet would be lost.
    void addAttachments(QWidget *panel, std::function<bool()> mayCancel);
    void reject() override;

signals:
    /// The clerk chose to reload a record changed meanwhile: the dialog closed without saving, and
    /// the page opens the record afresh.
    void reloadRequested();

protected:
    explicit RecordDialog(QWidget *parent = nullptr);
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    /// Stores the record; throws ValidationError or DatabaseError to refuse it.
    virtual void save() = 0;

    /// Adds a form row whose field shows its validation message beneath it.
    void addCheckedRow(const QString &label, QWidget *field, const QString &fieldKey);
    QFormLayout *form() const { return m_form; }
    const FieldErrorLabels &errors() const { return m_errors; }
    FieldErrorLabels &errors() { return m_errors; }

private:
    /// False if the record changed since the dialog opened and the clerk chose not to save over it.
    bool mayOverwrite();

    QDialogButtonBox *m_buttons;
    std::function<bool()> m_mayCancel;
    std::function<std::optional<JournalEntry>()> m_lastChange;
    qint64 m_seenSequence = 0;
    QFormLayout *m_form;
    QScrollArea *m_formArea;
    bool m_sized = false;
    QLabel *m_generalError;
    FieldErrorLabels m_errors;
};

} // namespace rongpei
