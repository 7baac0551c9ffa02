// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsObject>
#include <QList>
#include <QPointF>

class QChart;
class QValueAxis;
class QXYSeries;

// Draws a line of many points for `series`, which stays in the chart empty: its legend entry,
// pen and visibility are the line's. Qt Charts lays a line series out again on every change of
// its points or range, stroking its whole outline to find its shape, which costs per point as
// much as drawing it; this item maps its points to the plot area only when painted, and finds
// the point under the cursor itself. Points are in the units of the series' two axes, in order
// of x; the line is clipped to the plot area.
//
// As Ticks, each point is instead a short tick in the series' colour at its x, reaching into the
// plot from its edge nearer the point (a rug: the places of infinite values, too many for a
// marker each), and the cursor is not followed. A scatter series' ticks are as long as its
// markers are wide.
class PolylineItem : public QGraphicsObject {
    Q_OBJECT

public:
    enum class Style { Line, Ticks };

    PolylineItem(QChart *chart, QXYSeries *series, QValueAxis *xAxis, QValueAxis *yAxis,
                 Style style = Style::Line);

    // Repaints only if a point moved, however little.
    void setPoints(QList<QPointF> points);
    [[nodiscard]] const QList<QPointF> &points() const { return m_points; }
    [[nodiscard]] QXYSeries *series() const { return m_series; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    // As QXYSeries::hovered: `point` (in axis units) is on the line under the cursor, or was.
    void hovered(const QPointF &point, bool state);

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    [[nodiscard]] QPolygonF mapped() const;
    [[nodiscard]] bool nearLine(const QPolygonF &line, const QPointF &at) const;
    [[nodiscard]] double tickScale() const;
    [[nodiscard]] QList<QLineF> ticks(const QPolygonF &at) const;

    QChart *m_chart;
    QXYSeries *m_series;
    QValueAxis *m_xAxis, *m_yAxis;
    Style m_style;
    QList<QPointF> m_points;
    bool m_hovering = false;
};
