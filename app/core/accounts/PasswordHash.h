#pragma once

#include <QByteArray>
#include <QString>

namespace rongpei {

/// Argon2id password hashes through libsodium's crypto_pwhash_str: the hash string carries its
/// salt and parameters, so a hash made with older parameters still verifies and can be renewed.
class PasswordHash final
{
public:
    PasswordHash() = delete;

    /// libsodium's "interactive" limits: 64 MiB and 2 passes, above OWASP's floor for Argon2id
    /// (19 MiB, 2 passes, 1 lane) at about a tenth of a second on an office PC, which a login can
    /// afford and which makes guessing offline from a stolen file costly.
    static constexpr unsigned long long passes = 2;
    static constexpr size_t memoryBytes = 64ULL * 1024 * 1024;

    /// A new hash string for `password`, with a fresh salt.
    static QString hash(const QString &password);
    /// Whether `password` matches `hash`; false for a malformed hash.
    static bool verify(const QString &hash, const QString &password);
    /// Whether `hash` was made with other parameters than today's and should be renewed.
    static bool needsRehash(const QString &hash);
    /// `bytes` random bytes from the system's generator.
    static QByteArray randomBytes(int bytes);
};

} // namespace rongpei
