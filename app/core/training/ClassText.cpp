#include "training/ClassText.h"

#include "common/CsvFile.h"
#include "common/Localization.h"
#include "common/TextTable.h"

#include <QLocale>

namespace rongpei {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString percentOrEmpty(const std::optional<double> &percent)
{
    return percent ? number(*percent, 0) : QString();
}

} // namespace

QString ClassText::csv(const QList<ClassFigures> &classes, const QHash<qint64, QString> &organisers)
{
    QString out =
        QStringLiteral("class,organiser,starts_on,ends_on,hours,off_the_job,joint,participants,party,"
                       "operations,party_percent,one_sided,completed,decided,completion_percent,scored,"
                       "mean_score,feedback_forms,mean_feedback\r\n");
    for (const ClassFigures &f : classes) {
        const TrainingClass &c = f.trainingClass;
        out += CsvFile::line(
            {c.name, organisers.value(c.branchId), c.startsOn.toString(Qt::ISODate),
             c.endsOn.toString(Qt::ISODate), number(f.hours, 1),
             c.offTheJob ? QStringLiteral("1") : QStringLiteral("0"),
             c.joint ? QStringLiteral("1") : QStringLiteral("0"), QString::number(f.mix.total()),
             QString::number(f.mix.party), QString::number(f.mix.operations),
             f.mix.total() > 0 ? number(f.mix.percent(Track::Party), 0) : QString(),
             f.oneSided ? QStringLiteral("1") : QStringLiteral("0"), QString::number(f.completed),
             QString::number(f.decided), percentOrEmpty(f.completionPercent()), QString::number(f.scored),
             f.scored > 0 ? number(f.meanScore, 1) : QString(), QString::number(f.feedbackForms),
             f.meanFeedback ? number(*f.meanFeedback, 2) : QString()});
    }
    return out;
}

QString ClassText::table(const QList<ClassFigures> &classes, const QHash<qint64, QString> &organisers)
{
    const QLocale locale;
    QList<QStringList> cells{{tr("Class"), tr("Organiser"), tr("Dates"), tr("Hours"), tr("Participants"),
                              tr("Party-affairs"), tr("Operations"), tr("Completed"), tr("Mean score"),
                              tr("Feedback")}};
    int participants = 0;
    int oneSided = 0;
    for (const ClassFigures &f : classes) {
        const TrainingClass &c = f.trainingClass;
        participants += f.mix.total();
        oneSided += f.oneSided ? 1 : 0;
        cells.append(
            {f.oneSided ? tr("%1 ⚠ one-sided").arg(c.name) : c.name, organisers.value(c.branchId),
             QStringLiteral("%1–%2").arg(c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate)),
             locale.toString(f.hours, 'g', 6), QString::number(f.mix.total()),
             tr("%1 (%2 %)").arg(f.mix.party).arg(locale.toString(f.mix.percent(Track::Party), 'f', 0)),
             tr("%1 (%2 %)")
                 .arg(f.mix.operations)
                 .arg(locale.toString(f.mix.percent(Track::Operations), 'f', 0)),
             f.completionPercent() ? tr("%1 %").arg(locale.toString(*f.completionPercent(), 'f', 0))
                                   : QString(),
             f.scored > 0 ? locale.toString(f.meanScore, 'f', 1) : QString(),
             f.meanFeedback ? locale.toString(*f.meanFeedback, 'f', 1) : QString()});
    }
    QString out = TextTable::format(cells, {false, false, false, true, true, true, true, true, true, true});
    out += tr("%n class(es), ", nullptr, static_cast<int>(classes.size())) +
           tr("%n participant(s), ", nullptr, participants) +
           tr("%n joint class(es) one-sided.", nullptr, oneSided) + u'\n';
    return out;
}

} // namespace rongpei
