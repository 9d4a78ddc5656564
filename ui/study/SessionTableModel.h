#pragma once

#include "study/StudySession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

class OrganizationRepository;
class StudyRuleRepository;
class StudySessionRepository;

/// The study sessions of one year as a table; follows StudySessionRepository's signals.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        KindColumn,
        TopicColumn,
        BranchColumn,
        HoursColumn,
        StateColumn,
        AttendanceColumn,
        FilesColumn,
        SpeakerColumn,
        LocationColumn,
        ColumnCount
    };

    /// TableRole::Filter of FilesColumn: what a held session lacks, as bits.
    enum MissingFile : qint64
    {
        NoneMissing = 0,
        MinutesMissing = 1,
        SignInSheetMissing = 2,
    };

    SessionTableModel(StudySessionRepository &sessions, StudyRuleRepository &rules,
                      OrganizationRepository &organizations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows `rows`, the sessions dated from `from` to `to` inclusive, read off the GUI thread.
    void setRows(QDate from, QDate to, QList<SessionSummary> rows);
    /// True once it shows exactly the sessions from `from` to `to`.
    bool shows(QDate from, QDate to) const { return m_loaded && from == m_from && to == m_to; }
    bool isLoaded() const { return m_loaded; }
    /// Grows with every change the repository announced: sessions read elsewhere while it grew
    /// may be missing the change.
    quint64 changeCount() const { return m_changeCount; }
    const SessionSummary &summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QString kindName(qint64 kindId) const { return m_kindNames.value(kindId); }

private:
    QVariant display(const SessionSummary &session, int column) const;
    void loadNames();
    void reloadNames();
    void onSessionChanged(qint64 id);
    void onSessionRemoved(qint64 id);

    StudySessionRepository &m_sessions;
    StudyRuleRepository &m_rules;
    OrganizationRepository &m_organizations;
    QDate m_from;
    QDate m_to;
    bool m_loaded = false;
    quint64 m_changeCount = 0;
    QList<SessionSummary> m_rows;
    QHash<qint64, QString> m_kindNames;
    QHash<qint64, QString> m_branchNames;
    QSet<AttendanceStatus> m_rateLeftOut;
};

} // namespace rongpei
