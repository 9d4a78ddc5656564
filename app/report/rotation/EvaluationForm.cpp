#include "rotation/EvaluationForm.h"

#include "common/DocumentLayout.h"
#include "common/PagedDocument.h"
#include "common/ReportFont.h"
#include "common/ValidationError.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <memory>

namespace rongpei {

namespace {

using namespace DocumentLayout;

constexpr qreal marginMm = 18;
constexpr qreal textPoints = 11;
constexpr qreal titlePoints = 18;
constexpr int columns = 6;

QString signatureLine(const QString &who)
{
    return EvaluationForm::tr("%1    Signature: __________    Date: __________").arg(who);
}

QString ratings(const RotationEvaluation &e)
{
    return EvaluationForm::tr("Integrity %1   Ability %2   Diligence %3   Performance %4   Probity %5 (of 5)")
        .arg(e.integrity)
        .arg(e.ability)
        .arg(e.diligence)
        .arg(e.performance)
        .arg(e.probity);
}

/// `text` with blank lines after it up to `lines` lines: room to write by hand, as a form has.
QString padded(const QString &text, int lines)
{
    const qsizetype used = text.count(u'\n') + 1;
    return used >= lines ? text : text + QString(lines - used, u'\n');
}

/// The text of an evaluation cell: day and grade, the ratings, the comments; blank lines to write
/// in by hand when there is none.
QString evaluationText(const std::optional<RotationEvaluation> &e)
{
    if (!e)
        return EvaluationForm::tr("Grade: □ Excellent  □ Competent  □ Basically competent  □ Incompetent");
    return EvaluationForm::tr("Grade: %1    Evaluated on %2")
               .arg(enumLabel(e->grade),
                    QLocale().toString(e->evaluatedOn,
                                       EvaluationForm::tr("MMMM d, yyyy", "a date on the form"))) +
           u'\n' + ratings(*e) + QStringLiteral("\n") + e->hostComments;
}

class FormBuilder
{
public:
    FormBuilder(QTextDocument &document, QPaintDevice *device)
        : m_cursor(&document)
        , m_device(device)
    {}

    void title(const QString &text)
    {
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        centred.setBottomMargin(formatMillimetres(5, m_device));
        m_cursor.setBlockFormat(centred);
        m_cursor.insertText(text, charFormat(titlePoints, true));
        m_cursor.insertBlock(QTextBlockFormat());
    }

    QTextTable *grid(int rows)
    {
        QTextTableFormat format;
        format.setBorder(formatMillimetres(0.3, m_device));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(formatMillimetres(1.8, m_device));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 19), QTextLength(QTextLength::PercentageLength, 18),
             QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 17),
             QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 22)});
        m_table = m_cursor.insertTable(rows, columns, format);
        return m_table;
    }

    /// A row of label–value pairs; the last value takes the rest of the row.
    void pairs(int row, const QList<std::pair<QString, QString>> &cells)
    {
        int column = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            label(row, column, cells.at(i).first);
            value(row, column + 1, cells.at(i).second);
            const int span = i + 1 == cells.size() ? columns - column - 1 : 1;
            if (span > 1)
                m_table->mergeCells(row, column + 1, 1, span);
            column += 2;
        }
    }

    /// A label and a block of text across the row, with signature lines beneath.
    void block(int row, const QString &labelText, const QString &text, const QStringList &signatures = {})
    {
        label(row, 0, labelText);
        m_table->mergeCells(row, 1, 1, columns - 1);
        QTextCursor cursor = m_table->cellAt(row, 1).firstCursorPosition();
        cursor.insertText(text, charFormat(textPoints));
        for (const QString &signature : signatures) {
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            right.setTopMargin(formatMillimetres(4, m_device));
            cursor.insertBlock(right);
            cursor.insertText(signature, charFormat(textPoints));
        }
    }

    QTextCursor &cursor() { return m_cursor; }

private:
    void label(int row, int column, const QString &text)
    {
        setCellText(m_table, row, column, text, charFormat(textPoints, true), Qt::AlignHCenter);
    }
    void value(int row, int column, const QString &text)
    {
        setCellText(m_table, row, column, text, charFormat(textPoints));
    }

    QTextCursor m_cursor;
    QPaintDevice *m_device;
    QTextTable *m_table = nullptr;
};

std::unique_ptr<QTextDocument> formDocument(const EvaluationFormData &f, QPaintDevice *device,
                                            const QSizeF &page)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(reportFont(textPoints));
    document->setDocumentMargin(0);
    document->setPageSize(page);
    document->setMetaInformation(QTextDocument::DocumentTitle, EvaluationForm::documentTitle(f));
    FormBuilder form(*document, device);
    form.cursor().beginEditBlock();
    form.title(EvaluationForm::tr("Evaluation form of a cadre on rotation"));
    form.grid(12);
    const QLocale locale;
    form.pairs(0, {{EvaluationForm::tr("Name"), f.name},
                   {EvaluationForm::tr("Gender"), f.gender},
                   {EvaluationForm::tr("Born"),
                    f.birthDate.isValid() ? locale.toString(f.birthDate, EvaluationForm::tr("yyyy-MM"))
                                          : QString()}});
    form.pairs(1, {{EvaluationForm::tr("Party status"), f.partyStatus},
                   {EvaluationForm::tr("Track"), f.track},
                   {EvaluationForm::tr("Level"), f.level}});
    form.pairs(2, {{EvaluationForm::tr("Home unit and post"), f.homeUnit}});
    form.pairs(3, {{EvaluationForm::tr("Host unit and post"), f.hostUnit}});
    form.pairs(4, {{EvaluationForm::tr("Kind"), f.kind}, {EvaluationForm::tr("Direction"), f.direction}});
    form.pairs(5, {{EvaluationForm::tr("Period"), f.period}});
    form.pairs(
        6, {{EvaluationForm::tr("Mentor"), f.mentor}, {EvaluationForm::tr("Approved by"), f.approvalNumber}});
    form.block(7, EvaluationForm::tr("Goals"), f.goals);
    form.block(8, EvaluationForm::tr("Self-summary"), padded(f.selfSummary, 7),
               {signatureLine(EvaluationForm::tr("Cadre"))});
    form.block(9, EvaluationForm::tr("Mid-term evaluation"), padded(evaluationText(f.midTermEvaluation), 4));
    form.block(10, EvaluationForm::tr("Host unit's evaluation"), padded(evaluationText(f.finalEvaluation), 5),
               {signatureLine(EvaluationForm::tr("Host unit: %1 (stamp)").arg(f.hostUnitName))});
    const QString opinion = f.finalEvaluation && !f.finalEvaluation->homeOpinion.isEmpty()
                                ? f.finalEvaluation->homeOpinion
                            : f.midTermEvaluation ? f.midTermEvaluation->homeOpinion
                                                  : QString();
    form.block(11, EvaluationForm::tr("Home unit's opinion"), padded(opinion, 3),
               {signatureLine(EvaluationForm::tr("Home unit: %1 (stamp)").arg(f.homeUnitName))});
    form.cursor().movePosition(QTextCursor::End);
    form.cursor().insertBlock();
    form.cursor().insertText(EvaluationForm::tr("Kept in the cadre's personnel file. Printed by RongPei."),
                             charFormat(textPoints - 2));
    form.cursor().endEditBlock();
    return document;
}

} // namespace

QPageLayout EvaluationForm::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

QString EvaluationForm::documentTitle(const EvaluationFormData &form)
{
    return tr("Evaluation form: %1").arg(form.name);
}

int EvaluationForm::print(const EvaluationFormData &form, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        throw ValidationError(tr("The evaluation form cannot be printed: the printer or file is not ready."));
    const qreal footerHeight = devicePixels(8, device);
    const QSizeF body(device->width(), device->height() - footerHeight);
    const std::unique_ptr<QTextDocument> document = formDocument(form, device, body);
    const QFont footerFont(reportFont(8), device);
    drawPages(painter, device, *document, body, [&](int page, int pages, const QRectF &) {
        if (pages < 2)
            return;
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, body.height(), body.width(), footerHeight),
                         Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 — page %2 of %3").arg(form.name).arg(page + 1).arg(pages));
    });
    if (!painter.end())
        throw ValidationError(tr("The evaluation form could not be finished on the printer or file."));
    return document->pageCount();
}

void EvaluationForm::writePdf(const EvaluationFormData &form, const QString &path)
{
    savePdf(
        path, pageLayout(), documentTitle(form), [&form](QPdfWriter &writer) { print(form, &writer); },
        [](const QString &shownPath, const QString &reason) {
            return tr("The evaluation form cannot be saved as \"%1\": %2").arg(shownPath, reason);
        });
}

} // namespace rongpei
