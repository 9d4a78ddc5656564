#pragma once

#include "roster/Cadre.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace rongpei {

class Workspace;
struct PostRecord;

/// A cadre's post history (任职经历), the oldest first, with how long they hold the current
/// post and their rotations; earlier posts are added by hand and any row's day corrected, each
/// change undoable with Ctrl+Z while the dialog is open.
class PostHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    PostHistoryDialog(Workspace &workspace, qint64 cadreId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTableWidget *rotations() const { return m_rotations; }
    QLabel *tenure() const { return m_tenure; }
    QUndoStack *undoStack() const { return m_undoStack; }

public slots:
    void refresh();
    void addPost();
    void editSelected();
    void deleteSelected();

private:
    qint64 selectedId() const;
    void showError(const QString &message);

    Workspace &m_workspace;
    qint64 m_cadreId;
    QUndoStack *m_undoStack;
    QLabel *m_tenure;
    QTableWidget *m_table;
    QTableWidget *m_rotations;
};

} // namespace rongpei
