#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rongpei {

/// Where an attached file is written for the system viewer to open: a folder of this user's alone
/// (0700) under the temporary folder, one fresh subfolder per copy so names never clash, the file
/// itself read-only and never executable. The copies go when RongPei quits; any left by a crash
/// go at the next start.
class PrivateCopy final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PrivateCopy)

public:
    /// Writes `bytes` as `fileName` and returns its path; throws FileError if it cannot.
    static QString write(const QString &fileName, const QByteArray &bytes);
    /// Removes every copy made by this user's RongPei.
    static void removeAll();
    /// The folder holding the copies.
    static QString folder();
};

} // namespace rongpei
