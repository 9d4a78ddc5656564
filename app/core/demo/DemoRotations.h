#pragma once

#include <QDate>

namespace rongpei {

class DemoRandom;
class Workspace;

/// The demo's post histories and rotations: earlier posts entered by hand, roster edits that
/// moved cadres, a few who have held one post for more than ten years; rotations of every kind,
/// mostly across the two tracks — ongoing, completed with their evaluations, some overdue for
/// an evaluation, some ended early, one cancelled — with mentors from the host unit.
class DemoRotations final
{
public:
    DemoRotations(Workspace &workspace, DemoRandom &random);

    /// Adds post histories; returns how many posts were written.
    int addPostHistories();
    /// Adds rotations reaching back to `since`; returns how many.
    int addRotations(QDate since);

private:
    Workspace &m_workspace;
    DemoRandom &m_random;
};

} // namespace rongpei
