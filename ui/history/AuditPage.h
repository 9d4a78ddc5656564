#pragma once

#include "common/ModulePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class AuditTableModel;
class SearchFilterProxy;
class Workspace;

/// 审计: every change anyone made in the shell's scope and period, filtered by user and record
/// kind, searchable by record, with before and after side by side; printed and exported like any
/// table, and never edited.
class AuditPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("audit"); }
    QAbstractItemView *mainTable() const override;
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; }

public slots:
    void focusSearch() override;
    void refresh() override;

protected:
    void firstShown() override;
    void followShellScope() override;

private:
    Workspace &m_workspace;
    AuditTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QComboBox *m_user;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    bool m_truncated = false;
};

} // namespace rongpei
