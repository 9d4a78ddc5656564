#pragma once

#include "common/CadreActions.h"
#include "common/ModulePage.h"

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoStack;

namespace rongpei {

class BackgroundJob;
class CadreFilterProxy;
class CadreTableModel;
class Workspace;

/// 干部名册: the cadre roster with search-as-you-type, filters, add/edit/delete and undo.
class RosterPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit RosterPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("roster"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    CadreFilterProxy *proxy() const { return m_proxy; }
    CadreTableModel *model() const { return m_model; }

    /// Adds another module's action on the selected cadre to the toolbar and the context menu.
    void addCadreAction(const CadreAction &action);
    /// True once the roster has been read (it is read when the page is first shown) and no
    /// newer reading is under way.
    bool isLoaded() const;

signals:
    /// The roster was read and is shown.
    void cadresLoaded();

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;

protected:
    void followShellScope() override;
    void firstShown() override;

private:
    /// Reads the roster off the GUI thread, on a connection of its own, and shows it.
    void loadCadres();
    void updateCount();
    qint64 selectedId() const;
    void selectCadre(qint64 id);

    Workspace &m_workspace;
    CadreTableModel *m_model;
    CadreFilterProxy *m_proxy;
    BackgroundJob *m_loadJob;
    QUndoStack *m_undoStack;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QComboBox *m_trackFilter;
    QComboBox *m_statusFilter;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace rongpei
