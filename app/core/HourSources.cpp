#include "study/HourSource.h"
#include "training/ClassHourSource.h"

namespace rongpei {

const QList<const HourSource *> &otherHourSources()
{
    static const ClassHourSource classes;
    static const QList<const HourSource *> sources{&classes};
    return sources;
}

} // namespace rongpei
