#pragma once

#include "storage/AuditChain.h"

#include <QSettings>

#include <memory>

namespace rongpei {

class Database;

/// The audit chain's head as this computer last saw it for a file, kept in its settings: a
/// history rewritten and sealed anew no longer contains it.
class ChainAnchor final
{
public:
    explicit ChainAnchor(const Database &database);

    ChainHead seen() const;
    /// Keeps `head` unless a later one was seen already.
    void see(const ChainHead &head) const;
    /// Forgets what was seen, for a file replaced on purpose (a restored backup).
    void forget() const;
    /// Whether the file still holds the row seen last with the seal it had: one lookup, for every
    /// opening; AuditChain::verify checks the whole chain.
    bool stillHolds(const Database &database) const;

private:
    QString m_key;
    // One for the file's life: QSettings writes it out now and then and when it goes, not at every
    // commit, which would cost a file write per save.
    std::shared_ptr<QSettings> m_settings;
};

} // namespace rongpei
