#include "attachments/ContentDigest.h"

#include <array>
#include <sodium.h>

namespace rongpei {

QString contentDigest(QByteArrayView bytes)
{
    static const int ready = sodium_init(); // idempotent; crypto_hash needs no more
    Q_UNUSED(ready);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

} // namespace rongpei
