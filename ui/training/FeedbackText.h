#pragma once

#include "training/FeedbackSummary.h"

#include <QCoreApplication>

namespace rongpei {

/// Feedback summaries in words, for the class page and the course's feedback over the years.
class FeedbackText final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::FeedbackText)

public:
    /// One line: forms, response rate, mean and the mean of each question.
    static QString summaryLine(const FeedbackSummary &summary);
    /// How many gave each mark, as "5: 40 % · 4: 35 % …".
    static QString distribution(const std::array<int, FeedbackScale::highest> &distribution);
};

} // namespace rongpei
