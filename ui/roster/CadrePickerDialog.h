#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;

namespace rongpei {

class CadreFilterProxy;
class CadreRepository;
class CadreTableModel;
class OrganizationRepository;

/// Chooses cadres from the whole roster, e.g. guests from other branches at a joint session.
class CadrePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    CadrePickerDialog(CadreRepository &cadres, OrganizationRepository &organizations,
                      QWidget *parent = nullptr);

    /// Lets the user choose employed cadres; returns their ids, none if cancelled.
    static QList<qint64> pick(CadreRepository &cadres, OrganizationRepository &organizations,
                              QWidget *parent);

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
