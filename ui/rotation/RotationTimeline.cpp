#include "rotation/RotationTimeline.h"

#include "rotation/RotationTableModel.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace rongpei {

namespace {

constexpr qreal labelWidth = 190;
constexpr qreal axisHeight = 40;
constexpr qreal rowHeight = 24;
constexpr qreal barHeight = 14;
constexpr int idKey = 0; // QGraphicsItem::data key of a bar's rotation id

} // namespace

RotationTimeline::RotationTimeline(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("rotationTimeline"));
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing, false);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().base());
}

QColor RotationTimeline::kindColour(RotationKind kind)
{
    switch (kind) {
    case RotationKind::Rotation:
        return {0x2f, 0x7f, 0xd1};
    case RotationKind::Secondment:
        return {0xd1, 0x7a, 0x22};
    case RotationKind::CrossPost:
        return {0x3a, 0x9a, 0x5b};
    case RotationKind::Shadowing:
        return {0x8a, 0x5c, 0xc2};
    }
    return Qt::darkGray;
}

void RotationTimeline::setRows(QList<TimelineRow> rows, QDate from, QDate to, QDate today)
{
    m_rows = std::move(rows);
    m_from = from;
    m_to = to;
    m_today = today;
    rebuild();
}

qreal RotationTimeline::fittingDayWidth() const
{
    const qint64 days = m_from.isValid() ? m_from.daysTo(m_to) + 1 : 365;
    const qreal room = qMax<qreal>(200, viewport()->width() - labelWidth - 8);
    return qBound(minDayWidth, room / qreal(days), maxDayWidth);
}

void RotationTimeline::setDayWidth(qreal width)
{
    width = qBound(minDayWidth, width, maxDayWidth);
    if (qFuzzyCompare(width, m_dayWidth))
        return;
    m_dayWidth = width;
    rebuild();
    emit dayWidthChanged(width);
}

void RotationTimeline::zoomIn()
{
    setDayWidth(m_dayWidth * 1.5);
}

void RotationTimeline::zoomOut()
{
    setDayWidth(m_dayWidth / 1.5);
}

qreal RotationTimeline::xOf(QDate day) const
{
    return labelWidth + qreal(m_from.daysTo(day)) * m_dayWidth;
}

void RotationTimeline::rebuild()
{
    m_scene->clear();
    m_bars.clear();
    if (!m_from.isValid())
        return;
    const qreal height = axisHeight + rowHeight * qMax<qsizetype>(1, m_rows.size());
    drawAxis(height);
    for (int i = 0; i < m_rows.size(); ++i)
        drawRow(i, m_rows.at(i));
    if (m_rows.isEmpty()) {
        auto *none = m_scene->addSimpleText(tr("No rotation in the scope and period."));
        none->setPos(labelWidth + 8, axisHeight + 4);
        none->setBrush(palette().placeholderText());
    }
    if (m_today >= m_from && m_today <= m_to) {
        auto *today =
            m_scene->addLine(xOf(m_today), 0, xOf(m_today), height, QPen(QColor(0xd1, 0x2f, 0x2f), 2));
        today->setZValue(3);
        today->setToolTip(tr("Today, %1").arg(QLocale().toString(m_today, QLocale::LongFormat)));
    }
    m_scene->setSceneRect(0, 0, xOf(m_to.addDays(1)) + 8, height);
}

void RotationTimeline::drawAxis(qreal height)
{
    const QLocale locale;
    const QPen rule(palette().mid().color(), 0);
    const QPen yearRule(palette().text().color(), 0);
    // Months, or only quarters when a month is too narrow to name.
    const int step = m_dayWidth * 30 >= 28 ? 1 : m_dayWidth * 90 >= 28 ? 3 : 12;
    for (QDate month(m_from.year(), m_from.month(), 1); month <= m_to; month = month.addMonths(1)) {
        if (month < m_from || (month.month() - 1) % step != 0)
            continue;
        const qreal x = xOf(month);
        const bool yearStart = month.month() == 1;
        m_scene->addLine(x, yearStart ? 0 : axisHeight / 2, x, height, yearStart ? yearRule : rule);
        if (step < 12) {
            auto *label = m_scene->addSimpleText(locale.monthName(month.month(), QLocale::ShortFormat));
            label->setPos(x + 3, axisHeight / 2 + 2);
        }
    }
    for (int year = m_from.year(); year <= m_to.year(); ++year) {
        auto *label = m_scene->addSimpleText(QString::number(year));
        label->setPos(qMax(xOf(QDate(year, 1, 1)), labelWidth) + 3, 2);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_scene->addLine(0, axisHeight, xOf(m_to.addDays(1)), axisHeight, yearRule);
    m_scene->addLine(labelWidth, 0, labelWidth, height, yearRule);
}

void RotationTimeline::drawRow(int index, const TimelineRow &row)
{
    const qreal top = axisHeight + rowHeight * index;
    if (index % 2 == 1)
        m_scene->addRect(0, top, xOf(m_to.addDays(1)), rowHeight, Qt::NoPen, palette().alternateBase())
            ->setZValue(-1);
    auto *label = m_scene->addSimpleText(row.name);
    label->setPos(6, top + 4);
    label->setToolTip(row.branchName);
    auto *branch = m_scene->addSimpleText(row.branchName);
    branch->setBrush(palette().placeholderText());
    branch->setPos(6 + label->boundingRect().width() + 6, top + 4);
    if (branch->pos().x() + branch->boundingRect().width() > labelWidth - 4)
        branch->setText(branch->text().left(qMax(0, int((labelWidth - branch->pos().x()) / 12) - 1)) +
                        QStringLiteral("…"));
    for (const Rotation &r : row.rotations) {
        const QDate first = qMax(r.firstDay(), m_from);
        const QDate last = qMin(r.lastDay(), m_to);
        if (last < first)
            continue;
        const RotationStatus status = r.status(m_today);
        QColor fill = kindColour(r.kind);
        if (status == RotationStatus::Cancelled)
            fill = QColor(0xb8, 0xb8, 0xb8);
        else if (status == RotationStatus::Planned)
            fill = fill.lighter(160);
        const QRectF rect(xOf(first), top + (rowHeight - barHeight) / 2,
                          qMax<qreal>(3, qreal(first.daysTo(last) + 1) * m_dayWidth), barHeight);
        auto *bar = m_scene->addRect(rect, QPen(fill.darker(140), 0), fill);
        if (status == RotationStatus::Cancelled)
            bar->setBrush(QBrush(fill, Qt::BDiagPattern));
        bar->setData(idKey, r.id);
        bar->setZValue(1);
        bar->setCursor(Qt::PointingHandCursor);
        const QLocale locale;
        bar->setToolTip(tr("%1: %2 at %3\n%4 to %5 · %6 · %7")
                            .arg(row.name, enumLabel(r.kind), r.toPost,
                                 locale.toString(r.firstDay(), QLocale::ShortFormat),
                                 locale.toString(r.lastDay(), QLocale::ShortFormat), enumLabel(status),
                                 enumLabel(r.direction())) +
                        [&] {
                            const QString evaluation = RotationTableModel::evaluationText(r, m_today);
                            return evaluation.isEmpty() ? QString() : u'\n' + evaluation;
                        }());
        m_bars.insert(r.id, bar);
        if (r.evaluationOverdue(EvaluationStage::MidTerm, m_today) ||
            r.evaluationOverdue(EvaluationStage::Final, m_today)) {
            auto *mark = m_scene->addEllipse(rect.right() - 4, rect.top() - 3, 8, 8, QPen(Qt::white, 1),
                                             QColor(0xd1, 0x2f, 0x2f));
            mark->setZValue(2);
            mark->setData(idKey, r.id);
            mark->setToolTip(bar->toolTip());
        }
    }
}

QRect RotationTimeline::barRect(qint64 id) const
{
    const QGraphicsItem *bar = m_bars.value(id);
    return bar ? mapFromScene(bar->sceneBoundingRect()).boundingRect() : QRect();
}

void RotationTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    for (const QGraphicsItem *item : items(event->position().toPoint()))
        if (const qint64 id = item->data(idKey).toLongLong(); id > 0) {
            emit rotationActivated(id);
            return;
        }
}

void RotationTimeline::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

void RotationTimeline::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace rongpei
