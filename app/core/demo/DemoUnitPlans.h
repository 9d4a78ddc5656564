#pragma once

namespace rongpei {

class DemoRandom;
class Workspace;

/// The demo's yearly training plans (年度融合培养计划): for the enterprise and each party committee,
/// targets for coverage, hours per cadre of each track and the share of joint classes, with the
/// classes it planned (most of them linked to the class held, one not held yet), rotations and
/// joint projects, some of them done.
class DemoUnitPlans final
{
public:
    DemoUnitPlans(Workspace &workspace, DemoRandom &random);

    /// Adds the plans of `year`; returns how many.
    int addPlans(int year);

private:
    Workspace &m_workspace;
    DemoRandom &m_random;
};

} // namespace rongpei
