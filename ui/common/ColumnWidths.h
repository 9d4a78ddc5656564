#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QTimer;

namespace rongpei {

/// Keeps a table's or tree's columns readable and as the user left them: sized to their
/// contents the first time there are rows to measure (not while empty, which leaves them as
/// narrow as their titles), never narrower than their titles, resizable, and remembered per
/// table under `key` across sessions.
class ColumnWidths final : public QObject
{
    Q_OBJECT

public:
    /// Watches `view` (a QTableView or QTreeView); owned by it.
    static ColumnWidths *keep(QAbstractItemView *view, const QString &key);

    /// The settings key the header's state is kept under.
    static QString settingsKey(const QString &key);

private:
    ColumnWidths(QAbstractItemView *view, QHeaderView *header, QString key);

    void fit();
    void save();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QString m_key;
    QTimer *m_saveTimer;
    bool m_fitted = false;
};

} // namespace rongpei
