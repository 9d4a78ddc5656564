#pragma once

#include "roster/PostHistory.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <optional>

namespace rongpei {

class Clock;

/// Cadres' post histories (任职经历). Roster edits and the end of a rotation write them through
/// recordChange(), inside their own transaction; a clerk adds earlier posts by hand and corrects
/// any row's day.
class PostHistoryRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr int maxTextLength = 200;

    PostHistoryRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<PostRecord> find(qint64 id) const;
    /// The cadre's posts, the oldest first (one held since an unrecorded day before all others).
    QList<PostRecord> of(qint64 cadreId) const;
    /// Every cadre's posts, oldest first, by cadre: for the exchange-due list off the GUI thread.
    static QHash<qint64, QList<PostRecord>> ofAll(const Database &database);

    qint64 add(PostRecord record);
    /// Adds many posts entered by hand, each validated as add() does, all or none (the demo, an
    /// import). Returns their ids.
    QList<qint64> addAll(QList<PostRecord> records);
    void update(PostRecord record);
    PostRecord remove(qint64 id);
    void restore(const PostRecord &record);

    /// Writes the change of `before` into `after` (branch, department, post or level) as taking
    /// effect `on`, in the caller's transaction; nothing if none of them changed. The first change
    /// of a cadre without history first keeps the post they leave, held since a day nobody recorded
    /// (a history entered by hand is the clerk's to complete: its rows are not guessed). Refused
    /// (ValidationError) when the history has a later post than `on`.
    /// A second change the same day replaces the first; one that goes back to the post held before
    /// (an undo) removes it.
    static void recordChange(Database &database, const QString &now, const Cadre &before, const Cadre &after,
                             QDate on, PostSource source, qint64 rotationId = 0);
    static bool postChanged(const Cadre &before, const Cadre &after);

private:
    class References;
    PostRecord validated(const PostRecord &input, References &references) const;
    static qint64 insert(Database &database, const PostRecord &record, qint64 branchId,
                         const QString &createdAt, const QString &now);
    qint64 branchOfCadre(qint64 cadreId) const;

    const Clock &m_clock;
};

/// Since when a cadre holds their current post, and whether that is only their hire date.
struct PostTenure
{
    QDate since; // null when nobody recorded it
    bool fromHireDate = false;

    /// Full years in the post on `day`; 0 when since is unknown.
    int yearsOn(QDate day) const;
};

/// Since when `cadre` holds their current post, from their post history sorted oldest first: the
/// first of the latest run of records of the same post, else (no record of the post's start at
/// all) the hire date.
PostTenure postHeldSince(const Cadre &cadre, const QList<PostRecord> &history);

} // namespace rongpei
