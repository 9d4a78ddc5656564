#pragma once

#include "common/ModulePage.h"
#include "study/SessionDialog.h"
#include "study/SignInSheetData.h"

#include <optional>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace rongpei {

class SearchFilterProxy;
class SessionTableModel;
class AttachmentsPanel;
class BackgroundJob;
class Workspace;

/// 理论学习: the study sessions of a year, with their roll calls, undoable edits and
/// the sign-in sheet of a planned session, and the files of the selected one (minutes, photos,
/// the signed sheet) beneath; a filter finds the held meetings whose files are missing.
class StudyPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit StudyPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("study"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    /// The selected session's files.
    AttachmentsPanel *attachments() const { return m_attachments; }
    QComboBox *fileFilter() const { return m_fileFilter; }
    SearchFilterProxy *proxy() const { return m_proxy; }
    void selectSession(qint64 id);
    qint64 selectedId() const;

    /// What a session dialog opened from this page chooses from.
    SessionDialogData sessionDialogData() const;
    /// True once the sessions of the shell's period are shown and no newer reading is under way.
    bool isLoaded() const;

signals:
    /// The sessions of the period were read and are shown.
    void sessionsLoaded();

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    void printSignInSheet();
    /// Ctrl+P on this page prints the selected session's sign-in sheet.
    void print() override { printSignInSheet(); }
    void saveSignInSheet();
    /// 中心组: the study group of the committee in scope (or above the branch in scope); asks
    /// which committee when the scope names none.
    void editStudyGroup();

protected:
    void followShellScope() override;
    void firstShown() override;

private:
    /// Reads the sessions of the shell's period off the GUI thread, on a connection of its own.
    void loadSessions();
    void updateCount();
    /// The kinds change on the study rules page.
    void fillKindFilter();
    void applyKindFilter();
    void applyFileFilter();
    /// The attachments panel follows the selected session.
    void showSelectedFiles();
    /// The sign-in sheet of the selected session; nullopt, with a note, if none is selected.
    std::optional<SignInSheetData> selectedSheet();

    Workspace &m_workspace;
    SessionTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QComboBox *m_stateFilter;
    QComboBox *m_fileFilter;
    QTableView *m_table;
    AttachmentsPanel *m_attachments;
    QLabel *m_count;
    BackgroundJob *m_loadJob;
    qint64 m_selectWhenLoaded = 0; // a session saved outside the period shown
};

} // namespace rongpei
