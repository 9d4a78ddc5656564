#pragma once

#include "rotation/EvaluationFormData.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace rongpei {

/// The evaluation form of a rotation for the personnel file (挂职/轮岗干部考核鉴定表): the cadre's
/// data and the arrangement, the self-summary, the host unit's mid-term and final evaluations with
/// grade and ratings, the home unit's opinion, and lines to sign and stamp. A4 portrait, real text.
class EvaluationForm final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::EvaluationForm)

public:
    static QPageLayout pageLayout();
    static QString documentTitle(const EvaluationFormData &form);
    /// Paints the form on `device` from its current page; returns the number of pages. Throws
    /// ValidationError if the device cannot be painted on.
    static int print(const EvaluationFormData &form, QPagedPaintDevice *device);
    /// Writes the form as a PDF to `path`, replacing the file only when the whole form is written.
    static void writePdf(const EvaluationFormData &form, const QString &path);
};

} // namespace rongpei
