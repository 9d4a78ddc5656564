#pragma once

#include "study/SignInSheetData.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace rongpei {

/// The printed sign-in sheet (签到表) of a study session: title, the session's facts, one row
/// per expected attendee in roll-call order with a space to sign, and totals to fill in.
/// The table heading repeats on every page; pages are numbered when there is more than one.
class SignInSheet final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::SignInSheet)

public:
    /// A4 portrait with 15 mm margins, the page the sheet is designed for: give it to a
    /// QPrinter before showing the print or preview dialog.
    static QPageLayout pageLayout();

    /// Writes the sheet as a PDF (A4 portrait) to `path`, replacing the file only when the
    /// whole document is written. Throws ValidationError naming the file if it cannot be.
    static void writePdf(const SignInSheetData &data, const QString &path);

    /// Paints the sheet on `device` (a QPdfWriter, or the QPrinter of a QPrintPreviewDialog)
    /// in the page layout it has, starting with its current page. Returns the number of
    /// pages. Throws ValidationError if the device cannot be painted on.
    static int print(const SignInSheetData &data, QPagedPaintDevice *device);

    /// The title of the document: the session's title and "sign-in sheet".
    static QString documentTitle(const SignInSheetData &data);
};

} // namespace rongpei
