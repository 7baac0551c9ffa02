// SPDX-License-Identifier: MIT
#include "charts/groupedbarchart.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/decimation.h"
#include "charts/polylineitem.h"
#include "quantityformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace {

// The largest and smallest finite values (or 0), for the axis range, and whether any is infinite:
// one vectorised pass over each list (65,536 events make two lists for each of three charts on
// every step of a drag).
struct Extent {
    double top = 0.0, bottom = 0.0;
    bool infinite = false;
};

Extent extentOf(std::span<const double> a, std::span<const double> b) {
    double top = 0.0, bottom = 0.0;
    bool infinite = false;
    for (const std::span<const double> values : {a, b}) {
#pragma omp simd reduction(max : top) reduction(min : bottom) reduction(|| : infinite)
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double v = values[i];
            const bool isInfinite = std::abs(v) == std::numeric_limits<double>::infinity();
            const double finite = isInfinite ? 0.0 : v;
            top = finite > top ? finite : top;
            bottom = finite < bottom ? finite : bottom;
            infinite = infinite || isInfinite;
        }
    }
    return {top, bottom, infinite};
}

// The finite values of `values` as points over the event number (from 1), in one pass that
// adds each infinite one to `infinite`, at `top` (or `bottom`, where it is -inf).
QList<QPointF> finitePoints(std::span<const double> values, double top, double bottom,
                            QList<QPointF> &infinite) {
    QList<QPointF> points;
    points.reserve(qsizetype(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double value = values[i];
        if (std::isinf(value)) {
            infinite.append({double(i + 1), value > 0 ? top : bottom});
        } else {
            points.append({double(i + 1), value});
        }
    }
    return points;
}

// The first of `points` (in order of x over events 1 to n, each at the top or the bottom) in each
// of `columns` columns, at the top and at the bottom: what a rug of ticks shows of them.
QList<QPointF> onePerColumn(const QList<QPointF> &points, int columns, qsizetype n, double top) {
    QList<QPointF> kept;
    qsizetype lastAtTop = -1, lastAtBottom = -1;
    for (const QPointF &point : points) {
        const auto column =
            qsizetype((point.x() - 1) * columns / double(std::max<qsizetype>(n, 1)));
        qsizetype &last = point.y() == top ? lastAtTop : lastAtBottom;
        if (column != last) {
            last = column;
            kept.append(point);
        }
    }
    std::ranges::sort(kept, {}, &QPointF::x);
    return kept;
}

// Solid: a dashed line over a thousand points costs more than the rest of the chart.
QLineSeries *makeLine(const QColor &color, double width) {
    auto *line = new QLineSeries;
    QPen pen(color, width);
    line->setPen(pen);
    return line;
}

}  // namespace

GroupedBarChart::GroupedBarChart(Analysis *analysis, QWidget *parent)
    : ChartBase(analysis, parent)
    , m_series(new QBarSeries)
    , m_setP(makeBarSet(QStringLiteral("P"), Appearance::colorP()))
    , m_setQ(makeBarSet(QStringLiteral("Q"), Appearance::colorQ()))
    , m_categoryAxis(new QBarCategoryAxis)
    , m_infinite(new QScatterSeries)
    , m_eventAxis(makeEventAxis())
    , m_totals(chart()) {
    setFocusPolicy(Qt::StrongFocus);
    connect(chart(), &QChart::plotAreaChanged, this, &GroupedBarChart::placeSelection);
    connect(chart(), &QChart::plotAreaChanged, this, [this] { m_totals.place(); });
    for (QBarSet *set : {m_setP, m_setQ}) {
        set->setSelectedColor(Appearance::colorInfinite());
        m_series->append(set);
    }
    m_series->setBarWidth(0.8);
    m_infinite->setColor(Appearance::colorInfinite());
    m_infinite->setMarkerSize(9);
    setName(m_infinite, QString(QuantityFormat::kInfinity));
    // P's line wider: it shows around Q's where they are equal.
    QLineSeries *lineP = makeLine(Appearance::colorP(), 4.5);
    QLineSeries *lineQ = makeLine(Appearance::colorQ(), 2.0);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(lineP),
          static_cast<QAbstractSeries *>(lineQ), static_cast<QAbstractSeries *>(m_infinite)}) {
        chart()->addSeries(series);
    }
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    // Bars are their own separators; a grid line per event is clutter, and slow to draw.
    m_categoryAxis->setGridLineVisible(false);
    m_valueAxis = makeValueAxis(Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    for (QXYSeries *series : {static_cast<QXYSeries *>(lineP), static_cast<QXYSeries *>(lineQ),
                              static_cast<QXYSeries *>(m_infinite)}) {
        series->attachAxis(m_eventAxis);
        series->attachAxis(m_valueAxis);
        series->setPointsVisible(false);
    }
    m_infinite->setPointsVisible(true);
    // The series stay empty, for their legend entries: the items draw the lines.
    m_lineP = new PolylineItem(chart(), lineP, m_eventAxis, m_valueAxis);
    m_lineQ = new PolylineItem(chart(), lineQ, m_eventAxis, m_valueAxis);
    m_infiniteRug =
        new PolylineItem(chart(), m_infinite, m_eventAxis, m_valueAxis, PolylineItem::Style::Ticks);
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (status) {
            QToolTip::showText(QCursor::pos(), tooltip(set == m_setP ? Side::P : Side::Q, index),
                               this);
        } else {
            QToolTip::hideText();
        }
    });
    for (PolylineItem *line : {m_lineP, m_lineQ}) {
        connect(line, &PolylineItem::hovered, this, [this, line](const QPointF &point, bool state) {
            const int index = int(std::lround(point.x())) - 1;
            if (state && index >= 0 && index < this->analysis().labels().size()) {
                QToolTip::showText(QCursor::pos(),
                                   tooltip(line == m_lineP ? Side::P : Side::Q, index), this);
            }
        });
    }
    useLines(false);
}

std::optional<GroupedBarChart::Bar> GroupedBarChart::barAt(const QPoint &position) const {
    const QPointF scene = mapToScene(position);
    if (m_lines || !chart()->plotArea().contains(chart()->mapFromScene(scene))) {
        return std::nullopt;
    }
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scene), m_series);
    const int event = int(std::lround(value.x()));
    const double offset = value.x() - event;  // the pair of bars spans +-barWidth/2
    if (event < 0 || event >= m_setP->count() || std::abs(offset) > m_series->barWidth() / 2) {
        return std::nullopt;
    }
    return Bar{offset < 0 ? Side::P : Side::Q, event};
}

double GroupedBarChart::valueAt(const QPoint &position) const {
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(position)), m_series).y();
}

void GroupedBarChart::useLines(bool lines) {
    m_lines = lines;
    setRenderHint(QPainter::Antialiasing, lines);  // bars are crisp without it; lines are not
    m_series->setVisible(!lines);
    m_categoryAxis->setVisible(!lines);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_lineP->series()),
                                    static_cast<QAbstractSeries *>(m_lineQ->series()),
                                    static_cast<QAbstractSeries *>(m_infinite)}) {
        series->setVisible(lines);
    }
    m_eventAxis->setVisible(lines);
    setMarkersVisible(m_series, !lines);
    setMarkersVisible(m_lineP->series(), lines);
    setMarkersVisible(m_lineQ->series(), lines);
    setMarkersVisible(m_infinite, lines && m_infinite->count() > 0);
}

void GroupedBarChart::updateSeries() {
    const Values v = values();
    setTitle(TotalsLine::titleWithRoom(v.title, !v.totals.isEmpty()));
    setTitleText(m_valueAxis, v.axisTitle);
    setLabel(m_setP, v.nameP);
    setLabel(m_setQ, v.nameQ);
    setName(m_lineP->series(), v.nameP);
    setName(m_lineQ->series(), v.nameQ);
    m_totals.setText(v.totals);
    const int n = int(analysis().labels().size());
    if (analysis().structureChanged() || m_categoryAxis->count() != n) {
        m_top.reset();
        m_bottom.reset();
    }
    const Extent extent = extentOf(v.p, v.q);
    // An infinite value is drawn at the top of the axis, which leaves it room to stand out.
    const double top = m_top.update(extent.infinite ? extent.top * 1.25 : extent.top);
    const double bottom =
        v.allowNegative && extent.bottom < 0 ? -m_bottom.update(-extent.bottom) : 0.0;
    // Bars or lines first: the update below then has the last word on what the legend shows
    // (switching to lines after it hid the count of infinite values past kMaxInfiniteMarkers).
    if (m_lines != (n > kMaxBars)) {
        useLines(n > kMaxBars);
    }
    if (n > kMaxBars) {
        setAxisRange(m_valueAxis, bottom, top);
        updateLines(v, top, bottom, extent.infinite);
    } else {
        updateBars(v, top, bottom);
        setAxisRange(m_valueAxis, bottom, top);
    }
    // The same chosen bar, unless its event went; refresh() then reads its value anew.
    if (m_selected && m_selected->event >= n) {
        m_selected.reset();
    }
    placeSelection();
}

void GroupedBarChart::updateBars(const Values &v, double top, double bottom) {
    const bool newLabels = m_categoryAxis->categories() != analysis().labels();
    if (newLabels) {
        m_categoryAxis->setCategories(analysis().labels());
    }
    // Labels that would overlap are unreadable and slow to lay out: beyond what fits, the
    // labels go and each bar's tooltip names its event. Measured when labels or font change,
    // not on every slider move.
    if (newLabels || m_widestLabelFont != m_categoryAxis->labelsFont()) {
        m_widestLabelFont = m_categoryAxis->labelsFont();
        const QFontMetrics metrics(m_widestLabelFont);
        m_widestLabel = 0;
        for (const QString &label : analysis().labels()) {
            m_widestLabel = std::max(m_widestLabel, metrics.horizontalAdvance(label));
        }
    }
    const double perCategory =
        chart()->plotArea().width() / double(std::max<std::size_t>(1, v.p.size()));
    const bool fit = chart()->plotArea().width() <= 0 || m_widestLabel + 4 <= perCategory;
    m_categoryAxis->setLabelsVisible(fit);
    QList<Annotation> marks;
    const double markY = top - 0.07 * (top - bottom);
    for (int side = 0; side < 2; ++side) {
        const std::span<const double> values = side == 0 ? v.p : v.q;
        QList<qreal> list(values.begin(), values.end());  // at most kMaxBars
        QBarSet *set = side == 0 ? m_setP : m_setQ;
        QList<int> infinite;
        for (int i = 0; i < list.size(); ++i) {
            if (std::isinf(list[i])) {
                list[i] = list[i] > 0 ? top : bottom;
                infinite.append(i);
                marks.append({i, side, markY, QString(QuantityFormat::kInfinity), true, true});
            }
        }
        replaceValues(set, list);
        set->deselectAllBars();
        set->selectBars(infinite);
    }
    setAnnotations(m_series, 2, marks);
}

void GroupedBarChart::updateLines(const Values &v, double top, double bottom, bool anyInfinite) {
    // An infinite value is left out of its line, which would spike to the plot's edge at each
    // (and, at many, fill the plot with a solid band), and marked at the top (or bottom): by a
    // marker just inside the edge, where it shows whole, or past kMaxInfiniteMarkers by a tick.
    const double plotHeight = chart()->plotArea().height();
    const double inset =
        plotHeight > 0 ? (top - bottom) * (m_infinite->markerSize() / 2 + 1) / plotHeight : 0.0;
    QList<QPointF> infinite;
    for (int side = 0; side < 2; ++side) {
        const std::span<const double> list = side == 0 ? v.p : v.q;
        PolylineItem *line = side == 0 ? m_lineP : m_lineQ;
        const int columns = lineColumns(line->series()->pen());
        if (!anyInfinite) {  // the values as they are, not copied
            line->setPoints(decimated(
                qsizetype(list.size()), columns, [&](qsizetype i) { return list[std::size_t(i)]; },
                [&](qsizetype i) { return QPointF(double(i + 1), list[std::size_t(i)]); }));
        } else {
            const QList<QPointF> finite = finitePoints(list, top - inset, bottom + inset, infinite);
            line->setPoints(
                decimated(finite.size(), columns, [&](qsizetype i) { return finite[i]; }));
        }
    }
    // Qt Charts makes one graphics item per scatter point: past a few hundred, a rug of ticks
    // (one per column of the plot) marks them, and the legend gives the count.
    const bool marked = infinite.size() <= kMaxInfiniteMarkers;
    replacePoints(m_infinite, marked ? infinite : QList<QPointF>{});
    m_infiniteRug->setPoints(
        marked ? QList<QPointF>{}
               : onePerColumn(infinite, lineColumns(QPen()), qsizetype(v.p.size()), top - inset));
    setEventRange(m_eventAxis, v.p.size());
    setAnnotations(m_series, 2, {});
    setMarkersVisible(m_infinite, !infinite.isEmpty());
    setName(m_infinite,
            marked ? tr("%1 (probability 0)").arg(QuantityFormat::kInfinity)
                   : tr("%1 at %2 events")
                         .arg(QuantityFormat::kInfinity, QLocale().toString(infinite.size())));
}
