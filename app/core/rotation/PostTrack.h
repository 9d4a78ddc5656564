#pragma once

#include "roster/Cadre.h"

#include <optional>

namespace rongpei {

/// The track a post belongs to, told from the words of its title: a post of party work (书记,
/// 组织委员, 党群工作部 …) is party affairs, a post of production and management (经理, 车间主任,
/// 财务 …) operations. Party words win, so 车间党支部书记 is party affairs. nullopt when the title
/// says neither: the clerk states it.
std::optional<Track> trackOfPost(const QString &post);

} // namespace rongpei
