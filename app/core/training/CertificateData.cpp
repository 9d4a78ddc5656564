#include "training/CertificateData.h"

namespace rongpei {

QList<CertificateData> CertificateData::forClass(const TrainingClass &trainingClass,
                                                 const QList<ParticipantLine> &lines,
                                                 const QString &organiserName, const QList<qint64> &cadreIds)
{
    QList<CertificateData> certificates;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ParticipantLine &line = lines.at(i);
        if (!line.outcome.completed() || (!cadreIds.isEmpty() && !cadreIds.contains(line.enrollment.cadreId)))
            continue;
        CertificateData c;
        c.cadreName = line.name;
        c.employeeNumber = line.employeeNumber;
        c.branchName = line.branchName;
        c.className = trainingClass.name;
        c.organiserName = organiserName;
        c.startsOn = trainingClass.startsOn;
        c.endsOn = trainingClass.endsOn;
        c.classHours = line.outcome.classHours;
        c.hoursEarned = line.outcome.hoursEarned;
        c.score = trainingClass.passMark ? line.enrollment.score : std::nullopt;
        c.issuedOn = trainingClass.endsOn;
        c.number = QStringLiteral("%1-%2-%3")
                       .arg(trainingClass.endsOn.year())
                       .arg(trainingClass.id, 4, 10, QLatin1Char('0'))
                       .arg(i + 1, 3, 10, QLatin1Char('0'));
        certificates.append(c);
    }
    return certificates;
}

} // namespace rongpei
