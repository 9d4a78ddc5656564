#pragma once

#include <QList>

namespace rongpei {

class DemoFiles;
class DemoRandom;
class Workspace;

/// The demo's attached files: for the last months' held 三会一课 of a few branches, the minutes,
/// most signed sheets and some photos, with a few meetings left without minutes for the
/// completeness filter to find.
class DemoAttachments final
{
public:
    DemoAttachments(Workspace &workspace, const DemoFiles &files, DemoRandom &random);

    /// Attaches files to the meetings of `branchIds`; returns how many files.
    int addTo(const QList<qint64> &branchIds);

private:
    Workspace &m_workspace;
    const DemoFiles &m_files;
    DemoRandom &m_random;
};

} // namespace rongpei
