#include "training/FeedbackText.h"

#include <QLocale>
#include <QStringList>

#include <numeric>

namespace rongpei {

QString FeedbackText::summaryLine(const FeedbackSummary &summary)
{
    const QLocale locale;
    if (summary.forms == 0)
        return tr("No feedback forms yet (Ctrl+Shift+F enters them).");
    QStringList questions;
    for (const QuestionSummary &question : summary.questions)
        if (const std::optional<double> mean = question.mean())
            questions.append(tr("%1 %2").arg(question.text, locale.toString(*mean, 'f', 1)));
    QString line = tr("Feedback: %n form(s)", nullptr, summary.forms);
    if (const std::optional<double> response = summary.responsePercent())
        line += tr(", %1 % of participants").arg(locale.toString(*response, 'f', 0));
    if (summary.anonymousForms > 0)
        line += tr(" (%n anonymous)", nullptr, summary.anonymousForms);
    if (const std::optional<double> mean = summary.mean())
        line += tr(" · mean %1 of 5").arg(locale.toString(*mean, 'f', 2));
    if (!questions.isEmpty())
        line += tr(" · ") + questions.join(tr(", "));
    return line;
}

QString FeedbackText::distribution(const std::array<int, FeedbackScale::highest> &distribution)
{
    const int total = std::accumulate(distribution.cbegin(), distribution.cend(), 0);
    if (total == 0)
        return {};
    const QLocale locale;
    QStringList parts;
    for (int mark = FeedbackScale::highest; mark >= FeedbackScale::lowest; --mark)
        parts.append(
            tr("%1: %2 %").arg(mark).arg(locale.toString(100.0 * distribution.at(mark - 1) / total, 'f', 0)));
    return parts.join(tr(" · "));
}

} // namespace rongpei
