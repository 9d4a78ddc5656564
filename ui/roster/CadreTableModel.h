#pragma once

#include "roster/Cadre.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

#include <vector>

namespace rongpei {

class CadreRepository;
class OrganizationRepository;

/// The roster as a table: adapts CadreRepository's signals into row changes. It starts empty:
/// the rows come from reload(), or from setCadres() with what a reader read off the GUI thread.
class CadreTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeNumberColumn,
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        BranchColumn,
        DepartmentColumn,
        PostColumn,
        LevelColumn,
        TrackColumn,
        PartyStatusColumn,
        EmploymentStatusColumn,
        PhoneColumn,
        IdNumberColumn, // masked: only the region and the last four
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    CadreTableModel(CadreRepository &cadres, OrganizationRepository &organizations,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Cadre &cadreAt(int row) const { return m_rows[static_cast<size_t>(row)].cadre; }
    /// Case-folded name, employee number and post, for search-as-you-type.
    const QString &searchTextAt(int row) const { return m_rows[static_cast<size_t>(row)].searchText; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    QString organizationName(qint64 id) const { return m_organizationNames.value(id); }

    /// Orders rows as people expect: dates by date, text by the locale's collation (pinyin for Chinese).
    bool lessThan(int leftRow, int rightRow, int column) const;

    /// A cadre with what search-as-you-type looks at.
    struct Row
    {
        Cadre cadre;
        QString searchText;
    };
    /// The rows for `cadres`; safe on any thread, so a reader can prepare them off the GUI thread.
    static std::vector<Row> rowsFor(const QList<Cadre> &cadres);

    bool isLoaded() const { return m_loaded; }
    /// Shows `rows` as the roster.
    void setRows(std::vector<Row> rows);
    /// Grows with every change the repository announced: a roster read elsewhere while it grew
    /// may be missing the change.
    quint64 changeCount() const { return m_changeCount; }

public slots:
    /// Reads the roster on the GUI thread's connection.
    void reload();

private:
    static Row makeRow(const Cadre &cadre);
    QString displayText(const Cadre &cadre, int column) const;
    void reindex();
    void reloadOrganizationNames();
    void onCadreAdded(qint64 id);
    void onCadreChanged(qint64 id);
    void onCadreRemoved(qint64 id);
    const std::vector<QCollatorSortKey> &sortKeys(int column) const;

    CadreRepository &m_cadres;
    OrganizationRepository &m_organizations;
    std::vector<Row> m_rows;
    bool m_loaded = false;
    quint64 m_changeCount = 0;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_organizationNames;
    QCollator m_collator;
    // Built on first sort by a column, dropped on any change: sorting 20,000 rows by
    // collation keys is fast, by QCollator::compare it is not.
    mutable QHash<int, std::vector<QCollatorSortKey>> m_sortKeys;
};

} // namespace rongpei
