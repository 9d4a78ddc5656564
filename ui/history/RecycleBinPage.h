#pragma once

#include "common/ModulePage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class RecycleBinTableModel;
class SearchFilterProxy;
class Workspace;

/// 回收站: what was deleted, from the change journal's tombstones; a record is restored as it was,
/// with what was deleted along with it (a session's roll call). Emptying it keeps the history.
class RecycleBinPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit RecycleBinPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("recycle-bin"); }
    QAbstractItemView *mainTable() const override;
    QTableView *table() const { return m_table; }
    int recordCount() const;

public slots:
    /// Enter restores the selected record.
    void editSelected() override;
    void focusSearch() override;
    void refresh() override;
    void restoreSelected();
    void emptyBin();

protected:
    void firstShown() override;
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    RecycleBinTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    bool m_stale = false;
};

} // namespace rongpei
