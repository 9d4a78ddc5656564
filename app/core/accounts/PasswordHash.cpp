#include "accounts/PasswordHash.h"

#include <sodium.h>
#include <stdexcept>

namespace rongpei {

namespace {

void requireSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

QString PasswordHash::hash(const QString &password)
{
    requireSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), passes,
                          memoryBytes) != 0)
        throw std::bad_alloc(); // the only way it fails: the memory could not be had
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &hash, const QString &password)
{
    requireSodium();
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHash::needsRehash(const QString &hash)
{
    requireSodium();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), passes, memoryBytes) != 0;
}

QByteArray PasswordHash::randomBytes(int bytes)
{
    requireSodium();
    QByteArray out(bytes, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(out.size()));
    return out;
}

} // namespace rongpei
