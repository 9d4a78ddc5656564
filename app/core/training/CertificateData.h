#pragma once

#include "training/ClassOverview.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rongpei {

/// What a completion certificate (结业证书) says of one participant of one class.
struct CertificateData
{
    QString cadreName;
    QString employeeNumber;
    QString branchName;
    QString className;
    QString organiserName;
    QDate startsOn;
    QDate endsOn;
    double classHours = 0;
    double hoursEarned = 0;
    std::optional<double> score; // none: the class is not assessed
    QDate issuedOn;              // the day the class ends
    QString number;              // 证书编号: the class's year, its id and the participant's line

    /// The certificates of the completed participants among `lines` (all of them if `cadreIds` is
    /// empty, else those cadres), in the order of the lines; nobody who has not completed.
    static QList<CertificateData> forClass(const TrainingClass &trainingClass,
                                           const QList<ParticipantLine> &lines, const QString &organiserName,
                                           const QList<qint64> &cadreIds = {});
};

} // namespace rongpei
