#pragma once

#include "common/ModulePage.h"
#include "organization/Organization.h"

#include <optional>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace rongpei {

class OrganizationTreeModel;
class Workspace;

/// 组织机构: the tree of enterprise, party committees, branches and departments.
class OrganizationPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit OrganizationPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("organization"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTreeView *tree() const { return m_tree; }
    void selectUnit(qint64 id);

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    void moveSelected();

protected:
    void firstShown() override;

private:
    std::optional<Organization> selected() const;
    void restoreView(qint64 selectedId);
    void updateDetails();

    Workspace &m_workspace;
    OrganizationTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_details;
    qint64 m_lastSelectedId = 0;
};

} // namespace rongpei
