#pragma once

#include <QByteArrayView>
#include <QString>

namespace rongpei {

/// The SHA-256 of a file's bytes in lowercase hex: the name its content is stored under. libsodium's,
/// which hashes several times faster than QCryptographicHash's portable code: a 10 MB scan is
/// hashed each time it is attached and each time it is read back.
QString contentDigest(QByteArrayView bytes);

} // namespace rongpei
