#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;

namespace rongpei {

class CadreFilterProxy;
class CadreTableModel;
class Workspace;

/// Chooses cadres from the whole roster, e.g. guests from other branches at a joint session.
class CadrePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CadrePickerDialog(Workspace &workspace, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }

private:
    CadreTableModel *m_model;
    CadreFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace rongpei
