// SPDX-License-Identifier: MIT
#include "charts/polylineitem.h"

#include "charts/decimation.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>

namespace {

// Above the grid and axes, below every series (the marks of infinite values among them): Qt
// Charts draws axes at z 3 and series at 4.
constexpr double kLineZ = 3.5;

// How far from the line, beyond half its width, the cursor still points at it.
constexpr double kHoverReach = 3.0;

// A tick's length and width, in pixels, for a series of markers of kTickLength: a rug stands for
// a scatter's markers past their limit, and grows with them (presenter scale).
constexpr double kTickLength = 9.0, kTickWidth = 1.5;

}  // namespace

PolylineItem::PolylineItem(QChart *chart, QXYSeries *series, QValueAxis *xAxis, QValueAxis *yAxis,
                           Style style)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_xAxis(xAxis)
    , m_yAxis(yAxis)
    , m_style(style) {
    setZValue(kLineZ);
    setAcceptHoverEvents(style == Style::Line);
    setAcceptedMouseButtons(Qt::NoButton);  // presses go on to the chart view
    setVisible(series->isVisible());
    connect(series, &QXYSeries::visibleChanged, this,
            [this] { setVisible(m_series->isVisible()); });
    connect(series, &QXYSeries::penChanged, this, [this] { update(); });
    connect(chart, &QChart::plotAreaChanged, this, [this] { prepareGeometryChange(); });
    for (const QValueAxis *axis : {xAxis, yAxis}) {
        connect(axis, &QValueAxis::rangeChanged, this, [this] { update(); });
    }
}

void PolylineItem::setPoints(QList<QPointF> points) {
    if (!samePoints(m_points, points)) {
        m_points = std::move(points);
        update();
    }
}

QRectF PolylineItem::boundingRect() const {
    return m_chart->plotArea();
}

QPolygonF PolylineItem::mapped() const {
    const QRectF plot = m_chart->plotArea();
    const double xSpan = m_xAxis->max() - m_xAxis->min(), ySpan = m_yAxis->max() - m_yAxis->min();
    if (m_points.isEmpty() || !(xSpan > 0) || !(ySpan > 0)) {
        return {};
    }
    const double xScale = plot.width() / xSpan, yScale = plot.height() / ySpan;
    QPolygonF line;
    line.reserve(m_points.size());
    for (const QPointF &point : m_points) {
        line.append({plot.left() + (point.x() - m_xAxis->min()) * xScale,
                     plot.bottom() - (point.y() - m_yAxis->min()) * yScale});
    }
    return line;
}

void PolylineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QPolygonF line = mapped();
    if (line.isEmpty()) {
        return;
    }
    painter->save();
    // Half a pixel more, as Qt Charts clips its lines: a line along an edge shows whole.
    painter->setClipRect(m_chart->plotArea().adjusted(-0.5, -0.5, 0.5, 0.5));
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_style == Style::Ticks) {
        painter->setPen(
            QPen(m_series->color(), kTickWidth * tickScale(), Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(ticks(line));
        painter->restore();
        return;
    }
    painter->setPen(m_series->pen());
    // Segment by segment, as Qt Charts draws its lines: one path through a thousand points that
    // turn back on themselves (a column's lowest and highest) takes the rasteriser fifty times
    // as long.
    QList<QLineF> segments;
    segments.reserve(line.size() - 1);
    for (qsizetype i = 1; i < line.size(); ++i) {
        segments.append({line[i - 1], line[i]});
    }
    painter->drawLines(segments);
    painter->restore();
}

double PolylineItem::tickScale() const {
    const auto *scatter = qobject_cast<const QScatterSeries *>(m_series);
    return scatter ? scatter->markerSize() / kTickLength : 1.0;
}

QList<QLineF> PolylineItem::ticks(const QPolygonF &at) const {
    const QRectF plot = m_chart->plotArea();
    const double length = kTickLength * tickScale();
    QList<QLineF> ticks;
    ticks.reserve(at.size());
    for (const QPointF &point : at) {
        const bool fromTop = point.y() < plot.center().y();
        const double edge = fromTop ? plot.top() : plot.bottom();
        ticks.append({point.x(), edge, point.x(), edge + (fromTop ? length : -length)});
    }
    return ticks;
}

bool PolylineItem::nearLine(const QPolygonF &line, const QPointF &at) const {
    const double reach = m_series->pen().widthF() / 2 + kHoverReach;
    // The segments whose x span comes within reach of the cursor: the points are in order of x.
    const auto byX = [](const QPointF &point) { return point.x(); };
    const qsizetype from = std::ranges::lower_bound(line, at.x() - reach, {}, byX) - line.begin();
    const qsizetype to = std::ranges::upper_bound(line, at.x() + reach, {}, byX) - line.begin();
    for (qsizetype i = std::max<qsizetype>(from - 1, 0); i < std::min(to + 1, line.size()); ++i) {
        const QPointF a = line[i], ab = line[std::min(i + 1, line.size() - 1)] - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t =
            length2 > 0 ? std::clamp(QPointF::dotProduct(at - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF gap = at - (a + t * ab);
        if (QPointF::dotProduct(gap, gap) <= reach * reach) {
            return true;
        }
    }
    return false;
}

void PolylineItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event) {
    const bool near = nearLine(mapped(), event->pos());
    if (near || m_hovering) {
        const QRectF plot = m_chart->plotArea();
        const double x = m_xAxis->min() + (event->pos().x() - plot.left()) / plot.width() *
                                              (m_xAxis->max() - m_xAxis->min());
        const double y = m_yAxis->min() + (plot.bottom() - event->pos().y()) / plot.height() *
                                              (m_yAxis->max() - m_yAxis->min());
        emit hovered({x, y}, near);
    }
    m_hovering = near;
}

void PolylineItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event) {
    if (m_hovering) {
        m_hovering = false;
        emit hovered({}, false);
    }
    QGraphicsObject::hoverLeaveEvent(event);
}
