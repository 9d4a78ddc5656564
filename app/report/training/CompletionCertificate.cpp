#include "training/CompletionCertificate.h"

#include "common/DocumentLayout.h"
#include "common/Localization.h"
#include "common/ReportFont.h"
#include "common/ValidationError.h"

#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace rongpei {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString longDate(QDate date)
{
    return QLocale().toString(date, CompletionCertificate::tr("MMMM d, yyyy", "a date on the certificate"));
}

void paintCertificate(QPainter &painter, const QRectF &page, const CertificateData &c)
{
    const qreal mm = page.width() / 267.0; // the printable width of A4 landscape, 297 − 2 × 15 mm
    const QColor red(0xb0, 0x3a, 0x2e);
    painter.setPen(QPen(red, 1.6 * mm));
    painter.drawRect(page.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm));
    painter.setPen(QPen(red, 0.4 * mm));
    painter.drawRect(page.adjusted(5 * mm, 5 * mm, -5 * mm, -5 * mm));

    painter.setPen(red);
    painter.setFont(reportFont(40));
    const QRectF title(page.left(), page.top() + 22 * mm, page.width(), 24 * mm);
    painter.drawText(title, Qt::AlignCenter, CompletionCertificate::tr("Certificate of completion"));

    painter.setPen(Qt::black);
    painter.setFont(reportFont(10));
    painter.drawText(QRectF(page.left() + 12 * mm, page.top() + 12 * mm, page.width() - 24 * mm, 8 * mm),
                     Qt::AlignRight | Qt::AlignVCenter, CompletionCertificate::tr("No. %1").arg(c.number));

    painter.setFont(reportFont(17));
    const QRectF body(page.left() + 30 * mm, title.bottom() + 14 * mm, page.width() - 60 * mm, 80 * mm);
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter.drawText(body, CompletionCertificate::bodyText(c), wrap);

    painter.setFont(reportFont(15));
    const QRectF signature(page.right() - 130 * mm, page.bottom() - 48 * mm, 100 * mm, 30 * mm);
    painter.drawText(signature, Qt::AlignRight | Qt::AlignTop,
                     c.organiserName + u'\n' + longDate(c.issuedOn));
}

} // namespace

QPageLayout CompletionCertificate::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QString CompletionCertificate::bodyText(const CertificateData &c)
{
    const QString who =
        c.employeeNumber.isEmpty() ? c.cadreName : tr("%1 (%2)").arg(c.cadreName, c.employeeNumber);
    QString text = tr("%1 of %2 took part from %3 to %4 in \"%5\" (%7 study hours), organised by %6, and "
                      "earned %8 hours.")
                       .arg(who, c.branchName, longDate(c.startsOn), longDate(c.endsOn), c.className,
                            c.organiserName, number(c.classHours), number(c.hoursEarned));
    if (c.score)
        text += tr(" Assessment score: %1.").arg(number(*c.score));
    return text + tr(" Having completed the class, this certificate is awarded.");
}

void CompletionCertificate::print(const QList<CertificateData> &certificates, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        throw ValidationError(tr("The certificates cannot be printed: the printer or file is not ready."));
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        if (i > 0 && !device->newPage())
            throw ValidationError(tr("The certificates cannot be printed: a new page could not be started."));
        paintCertificate(painter, page, certificates.at(i));
    }
    painter.end();
}

void CompletionCertificate::writePdf(const QList<CertificateData> &certificates, const QString &path)
{
    if (certificates.isEmpty())
        throw ValidationError(tr("No participant of the selection has completed the class: there is no "
                                 "certificate to save."));
    DocumentLayout::savePdf(
        path, pageLayout(), tr("Certificates of completion: %1").arg(certificates.first().className),
        [&certificates](QPdfWriter &writer) {
            writer.setResolution(300);
            print(certificates, &writer);
        },
        [](const QString &shownPath, const QString &reason) {
            return tr("The certificates cannot be saved as \"%1\": %2").arg(shownPath, reason);
        });
}

} // namespace rongpei
