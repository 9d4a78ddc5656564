#include "common/YearFiguresPage.h"

namespace rongpei {

void YearFiguresPage::refresh()
{
    m_stale = false;
    m_computedYear = shellScope().period.yearNumber();
    compute(m_computedYear);
}

void YearFiguresPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void YearFiguresPage::followShellScope()
{
    if (shellScope().period.yearNumber() != m_computedYear)
        markStale();
    applyScope();
}

void YearFiguresPage::showEvent(QShowEvent *event)
{
    ModulePage::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace rongpei
