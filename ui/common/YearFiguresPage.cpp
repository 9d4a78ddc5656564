#include "common/YearFiguresPage.h"

#include "storage/RecordRepository.h"

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

void YearFiguresPage::followChangesOf(std::initializer_list<const RecordRepository *> repositories)
{
    for (const RecordRepository *repository : repositories)
        RecordRepository::onAnyChange(*repository, this, [this] { markStale(); });
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
