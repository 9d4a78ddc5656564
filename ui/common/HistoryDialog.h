#pragma once

#include "history/RecordHistory.h"

#include <QDialog>

#include <functional>

class QTableView;

namespace rongpei {

class HistoryTableModel;

/// A record's history from the change journal: every change, who made it, and what each field
/// was before. Sorted and searched like every table; read again with F5.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    using Reader = std::function<std::vector<HistoryLine>()>;

    HistoryDialog(const QString &title, Reader reader, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void reload();

private:
    Reader m_reader;
    HistoryTableModel *m_model;
    QTableView *m_table;
};

} // namespace rongpei
