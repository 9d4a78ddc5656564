#pragma once

#include "rotation/TimelineRows.h"

#include <QDate>
#include <QGraphicsView>
#include <QHash>

namespace rongpei {

/// The rotations of a scope on a time axis (轮岗时间轴): one row per cadre, a bar per rotation
/// coloured by kind, pale while planned, grey when cancelled, with a red mark when an
/// evaluation is overdue, today as a red line, months and years ruled. Ctrl+wheel or Ctrl++ and
/// Ctrl+− zoom from years to days; a click on a bar opens the rotation.
class RotationTimeline final : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal minDayWidth = 0.25; // a few years across the view
    static constexpr qreal maxDayWidth = 24;   // a month across the view

    explicit RotationTimeline(QWidget *parent = nullptr);

    void setRows(QList<TimelineRow> rows, QDate from, QDate to, QDate today);
    /// Pixels per day; the axis redraws.
    void setDayWidth(qreal width);
    qreal dayWidth() const { return m_dayWidth; }
    /// The day width that shows the whole range in the view.
    qreal fittingDayWidth() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// Where the bar of rotation `id` is, in viewport coordinates; empty if it is not drawn.
    QRect barRect(qint64 id) const;
    /// The colour of a rotation's kind, as the bars and the legend draw it.
    static QColor kindColour(RotationKind kind);

public slots:
    void zoomIn();
    void zoomOut();

signals:
    void rotationActivated(qint64 id);
    void dayWidthChanged(qreal width);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    qreal xOf(QDate day) const;
    void drawAxis(qreal height);
    void drawRow(int index, const TimelineRow &row);

    QGraphicsScene *m_scene;
    QList<TimelineRow> m_rows;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    qreal m_dayWidth = 2;
    QHash<qint64, QGraphicsItem *> m_bars;
};

} // namespace rongpei
