#pragma once

#include "training/TrainingClass.h"

#include <QVariant>

namespace rongpei {

class Database;

/// Reads training classes with everything they hold (courses, days, cohort, marks) in five
/// statements, whatever their number.
namespace TrainingClassReader {

/// The columns of training_class, in the order the reader and the repository's insert use.
QString columns();

/// The classes that match `filter` (SQL over training_class, with `values` bound), by start.
QList<TrainingClass> where(const Database &database, const QString &filter, const QVariantList &values);

} // namespace TrainingClassReader

} // namespace rongpei
