#pragma once

#include "common/ModulePage.h"

#include <initializer_list>

namespace rongpei {

class RecordRepository;

/// A page of figures computed for a year off the GUI thread (hour compliance, the branch summary, plan
/// progress). It computes again when shown after what it reads has changed, or when the shell's year moves;
/// a quarter or a month of the same year only filters what is shown.
class YearFiguresPage : public ModulePage
{
    Q_OBJECT

public:
    using ModulePage::ModulePage;

public slots:
    void refresh() final;

protected:
    /// Starts computing the figures of `year`; they arrive later.
    virtual void compute(int year) = 0;
    /// Shows the figures of the shell's scope and period within the computed year.
    virtual void applyScope() = 0;
    /// What the figures are made of changed: computed again now if shown, else when next shown.
    void markStale();
    /// The figures are made of the records of `repositories`: any change of one marks them stale.
    void followChangesOf(std::initializer_list<const RecordRepository *> repositories);
    /// The figures could not be computed: try again when next asked.
    void forgetFigures() { m_stale = true; }
    int computedYear() const { return m_computedYear; }

    void followShellScope() final;
    void showEvent(QShowEvent *event) override;

private:
    int m_computedYear = 0;
    bool m_stale = true;
};

} // namespace rongpei
