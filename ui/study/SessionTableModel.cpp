#include "study/SessionTableModel.h"

#include "common/Localization.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "study/RollCall.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QLocale>

namespace rongpei {

SessionTableModel::SessionTableModel(StudySessionRepository &sessions, StudyRuleRepository &rules,
                                     OrganizationRepository &organizations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sessions(sessions)
    , m_rules(rules)
    , m_organizations(organizations)
{
    connect(&sessions, &StudySessionRepository::recordAdded, this, &SessionTableModel::onSessionChanged);
    connect(&sessions, &StudySessionRepository::recordChanged, this, &SessionTableModel::onSessionChanged);
    connect(&sessions, &StudySessionRepository::recordRemoved, this, &SessionTableModel::onSessionRemoved);
    connect(&rules, &StudyRuleRepository::rulesChanged, this, &SessionTableModel::reloadNames);
    RecordRepository::onAnyChange(organizations, this, [this] { reloadNames(); });
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SessionTableModel::setRows(QDate from, QDate to, QList<SessionSummary> rows)
{
    beginResetModel();
    loadNames();
    m_from = from;
    m_to = to;
    m_rows = std::move(rows);
    m_loaded = true;
    endResetModel();
}

void SessionTableModel::loadNames()
{
    m_rateLeftOut = m_rules.rateLeftOutStatuses();
    m_kindNames.clear();
    for (const StudyKind &kind : m_rules.kinds())
        m_kindNames.insert(kind.id, kind.name);
    m_branchNames.clear();
    for (const Organization &unit : m_organizations.all())
        m_branchNames.insert(unit.id, unit.name);
}

void SessionTableModel::reloadNames()
{
    loadNames();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SessionTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    return -1;
}

void SessionTableModel::onSessionChanged(qint64 id)
{
    ++m_changeCount;
    const std::optional<SessionSummary> summary = m_sessions.summary(id);
    const int row = rowOf(id);
    const bool inYear = m_loaded && summary && summary->date >= m_from && summary->date <= m_to;
    if (row >= 0 && inYear) {
        m_rows[row] = *summary;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        onSessionRemoved(id);
    } else if (inYear) {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(*summary);
        endInsertRows();
    }
}

void SessionTableModel::onSessionRemoved(qint64 id)
{
    ++m_changeCount;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QVariant SessionTableModel::display(const SessionSummary &s, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(s.date, displayDateFormat() + QStringLiteral(" ddd"));
    case TimeColumn:
        return QStringLiteral("%1–%2").arg(s.startTime.toString(QStringLiteral("HH:mm")),
                                           s.endTime.toString(QStringLiteral("HH:mm")));
    case KindColumn:
        return m_kindNames.value(s.kindId);
    case TopicColumn:
        return s.topic;
    case BranchColumn:
        return m_branchNames.value(s.branchId);
    case HoursColumn:
        return QLocale().toString(s.hours, 'g', 4);
    case StateColumn:
        return enumLabel(s.state);
    case AttendanceColumn:
        if (s.state == SessionState::Planned)
            return tr("%n expected", nullptr, s.expected);
        {
            // 实到/应到 as the rate counts them: a left-out mark (请假) is in neither.
            const RollCallCounts counts = s.counts();
            const int base = counts.rateBase(m_rateLeftOut);
            return base > 0 ? QStringLiteral("%1/%2 (%3%)")
                                  .arg(counts.rateAttending(m_rateLeftOut))
                                  .arg(base)
                                  .arg(qRound(100.0 * counts.rate(m_rateLeftOut)))
                            : QStringLiteral("0");
        }
    case FilesColumn: {
        QStringList missing;
        if (s.lacksMinutes())
            missing.append(tr("minutes"));
        if (s.lacksSignInSheet())
            missing.append(tr("signed sheet"));
        const QString count = s.attachments > 0 ? QString::number(s.attachments) : QString();
        if (missing.isEmpty())
            return count;
        const QString lacking = tr("no %1").arg(missing.join(tr(", ")));
        return count.isEmpty() ? lacking : count + QStringLiteral(" · ") + lacking;
    }
    case SpeakerColumn:
        return s.speaker;
    case LocationColumn:
        return s.location;
    default:
        return {};
    }
}

namespace {

qint64 missingFiles(const SessionSummary &s)
{
    return (s.lacksMinutes() ? qint64(SessionTableModel::MinutesMissing) : qint64(0)) |
           (s.lacksSignInSheet() ? qint64(SessionTableModel::SignInSheetMissing) : qint64(0));
}

} // namespace

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SessionSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn || index.column() == AttendanceColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case TableRole::Id:
        return s.id;
    case TableRole::Filter:
        return index.column() == BranchColumn  ? s.branchId
               : index.column() == KindColumn  ? s.kindId
               : index.column() == FilesColumn ? missingFiles(s)
                                               : static_cast<qint64>(s.state);
    case TableRole::SearchText:
        return QStringList{s.topic, s.speaker, s.location, m_kindNames.value(s.kindId),
                           m_branchNames.value(s.branchId)}
            .join(u' ')
            .toCaseFolded();
    case TableRole::Sort:
        switch (index.column()) {
        case DateColumn:
        case TimeColumn:
            // A number, not text: collating thousands of date strings is slow.
            return s.date.toJulianDay() * 1440 + s.startTime.msecsSinceStartOfDay() / 60000;
        case HoursColumn:
            return s.hours;
        case AttendanceColumn:
            return s.counts().rate(m_rateLeftOut);
        case FilesColumn:
            return s.attachments - 100 * missingFiles(s);
        default:
            return display(s, index.column());
        }
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TopicColumn:
        return tr("Topic");
    case BranchColumn:
        return tr("Host");
    case HoursColumn:
        return tr("Hours");
    case StateColumn:
        return tr("State");
    case AttendanceColumn:
        return tr("Attendance");
    case FilesColumn:
        return tr("Files");
    case SpeakerColumn:
        return tr("Speaker");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace rongpei
