#pragma once

#include "training/CertificateData.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace rongpei {

/// The completion certificate (结业证书) of a training class, one A4 landscape page per
/// participant: who, which class, when, the hours earned and the score, the organiser and the date.
class CompletionCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CompletionCertificate)

public:
    /// A4 landscape with 15 mm margins: give it to a QPrinter before its print or preview dialog.
    static QPageLayout pageLayout();

    /// Writes the certificates as one PDF to `path`, replacing the file only when the whole
    /// document is written. Throws ValidationError naming the file if it cannot be, or if there
    /// is no certificate to write.
    static void writePdf(const QList<CertificateData> &certificates, const QString &path);

    /// Paints one page per certificate on `device`, from its current page. Throws ValidationError
    /// if the device cannot be painted on.
    static void print(const QList<CertificateData> &certificates, QPagedPaintDevice *device);

    /// The words of a certificate's body, as printed.
    static QString bodyText(const CertificateData &certificate);
};

} // namespace rongpei
