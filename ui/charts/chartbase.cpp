// SPDX-License-Identifier: MIT
#include "charts/chartbase.h"

#include "analysis.h"
#include "announce.h"
#include "charts/decimation.h"
#include "charts/stablerange.h"
#include "charts/wrappedlegend.h"
#include "theme.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

ChartBase::ChartBase(Analysis *analysis, QWidget *parent)
    : QChartView(new QChart, parent), m_analysis(analysis), m_baseFont(font()) {
    // Bars and grid lines are axis-aligned: crisp without antialiasing, which costs a sixth of
    // every repaint. Charts of curves turn it on (useAntialiasing).
    setRenderHint(QPainter::Antialiasing, false);
    chart()->setAnimationOptions(QChart::NoAnimation);  // live data: animation is lag
    chart()->setMargins(QMargins(WrappedLegend::kMargin, WrappedLegend::kMargin,
                                 WrappedLegend::kMargin, WrappedLegend::kMargin));
    m_legend = new WrappedLegend(chart());
    chart()->setBackgroundRoundness(0);
    setMinimumSize(260, 200);
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            refresh();
        } else {
            m_stale = true;
        }
    });
    connect(chart(), &QChart::plotAreaChanged, this, &ChartBase::placeAnnotations);
}

void ChartBase::applyTheme() {
    applyColors(Themes::chartColors());
}

void ChartBase::applyColors(const ChartColors &colors) {
    m_themed = true;
    m_annotationText = colors.text;
    chart()->setBackgroundBrush(colors.background);
    chart()->setTitleBrush(colors.text);
    chart()->legend()->setLabelColor(colors.text);
    m_legend->sync();
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setGridLineColor(colors.grid);
        axis->setLinePenColor(colors.axis);
        if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            value->setMinorGridLineColor(
                colors.grid.lighter(colors.background.lightness() > 128 ? 110 : 80));
        }
    }
    for (qsizetype i = 0; i < m_annotationItems.size(); ++i) {
        // Text on a (light, Okabe-Ito) bar is black in every theme; text beside bars follows it.
        const bool mark =
            i < m_annotations.size() && (m_annotations[i].emphasised || m_annotations[i].centred);
        m_annotationItems[i]->setBrush(mark ? QColor(Qt::black) : colors.text);
    }
}

void ChartBase::refresh() {
    m_stale = false;
    if (!m_themed) {
        applyTheme();
        applyFonts();
    }
    if (m_analysis->isValid()) {
        updateSeries();
        setAccessibleName(chart()->title());
    }
    m_legend->sync();
    placeAnnotations();
    updateDescription();
}

void ChartBase::updateDescription() {
    announceDescription(this, m_analysis->isValid() ? describe() : m_analysis->error());
}

QString ChartBase::describe() const {
    return chart()->title();
}

void ChartBase::setScale(double scale) {
    m_scale = scale;
    applyFonts();
}

void ChartBase::applyFonts() {
    QFont base = m_baseFont;
    base.setPointSizeF(m_baseFont.pointSizeF() * m_scale);
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.15);
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setFont(base);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
    // Lines grow thicker and markers (and the rugs drawn for them) larger with the text, for a
    // projector, from the size each had at scale 1.
    const auto scaled = [this](QAbstractSeries *series, const char *name, double now) {
        if (!series->property(name).isValid()) {
            series->setProperty(name, now);
        }
        return series->property(name).toDouble() * m_scale;
    };
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            pen.setWidthF(scaled(line, "baseWidth", pen.widthF()));
            line->setPen(pen);
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            scatter->setMarkerSize(scaled(scatter, "baseMarkerSize", scatter->markerSize()));
        }
    }
    m_legend->sync();
    applyAnnotationFonts();
}

void ChartBase::applyAnnotationFonts() {
    QFont base = m_baseFont;
    base.setPointSizeF(m_baseFont.pointSizeF() * m_scale);
    QFont emphasised = base;
    emphasised.setBold(true);
    emphasised.setPointSizeF(base.pointSizeF() * 1.15 * 1.4);
    QFont highlighted = base;
    highlighted.setBold(true);
    for (qsizetype i = 0; i < m_annotationItems.size(); ++i) {
        const bool big = i < m_annotations.size() && m_annotations[i].emphasised;
        const bool focus = i < m_annotations.size() && m_annotations[i].highlighted;
        m_annotationItems[i]->setFont(big ? emphasised : focus ? highlighted : base);
    }
    placeAnnotations();
}

void ChartBase::showEvent(QShowEvent *event) {
    QChartView::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void ChartBase::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_legend->sync();
    placeAnnotations();
}

void ChartBase::setTitle(const QString &title) {
    if (chart()->title() != title) {
        chart()->setTitle(title);
    }
}

void ChartBase::setName(QAbstractSeries *series, const QString &name) {
    if (series->name() != name) {
        series->setName(name);
    }
}

void ChartBase::setLabel(QBarSet *set, const QString &label) {
    if (set->label() != label) {
        set->setLabel(label);
    }
}

void ChartBase::setTitleText(QAbstractAxis *axis, const QString &title) {
    if (axis->titleText() != title) {
        axis->setTitleText(title);
    }
}

int ChartBase::lineColumns(const QPen &pen) const {
    const double detail = m_lineDetail > 0 ? m_lineDetail : devicePixelRatioF();
    const double columnWidth = std::max(1.0, pen.widthF() / 2.0);
    return std::max(256, int(chart()->plotArea().width() * detail / columnWidth));
}

QBarSet *ChartBase::makeBarSet(const QString &name, const QColor &color) {
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Qt::black);
    return set;
}

void ChartBase::replaceValues(QBarSet *set, const QList<qreal> &values) {
    const auto unchanged = [&] {
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) != values[i]) {
                return false;
            }
        }
        return true;
    };
    if (set->count() == values.size() && unchanged()) {
        return;  // replacing would re-lay out the bars' axis for nothing
    }
    if (set->count() > 0) {
        set->remove(0, set->count());
    }
    set->append(values);
}

void ChartBase::replacePoints(QXYSeries *series, const QList<QPointF> &points) {
    if (!samePoints(series->points(), points)) {
        series->replace(points);
    }
}

QValueAxis *ChartBase::makeValueAxis(Qt::Alignment alignment) {
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.2f"));
    axis->setTickCount(6);
    axis->setMinorTickCount(0);  // dashed minor grid lines cost a fifth of each repaint
    chart()->addAxis(axis, alignment);
    return axis;
}

void ChartBase::setAxisRange(QValueAxis *axis, double bottom, double top) {
    // The interval shown is kept while it still gives 3 to 8 ticks: a new interval, or the new
    // label format it brings, re-lays out the chart, while a new range alone does not.
    const double shown = axis->tickInterval(), span = top - bottom;
    const bool keep = axis->tickType() == QValueAxis::TicksDynamic && shown > 0 &&
                      span >= 3 * shown && span <= 8 * shown;
    const double step = keep ? shown : StableRange::niceStep(span);
    const int decimals = std::max(
        0, int(-std::floor(std::log10(step) + 1e-9)) +
               (std::fmod(step / std::pow(10.0, std::floor(std::log10(step))), 1.0) > 0.1 ? 1 : 0));
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    // Each set only when it changes: Qt Charts 6.4 re-lays out the chart on some even then.
    if (axis->tickType() != QValueAxis::TicksDynamic) {
        axis->setTickType(QValueAxis::TicksDynamic);
    }
    if (axis->tickAnchor() != 0.0) {
        axis->setTickAnchor(0.0);
    }
    if (axis->tickInterval() != step) {
        axis->setTickInterval(step);
    }
    if (axis->labelFormat() != format) {
        axis->setLabelFormat(format);
    }
    if (axis->min() != bottom || axis->max() != top) {
        axis->setRange(bottom, top);
    }
}

QList<QStringList> ChartBase::legendRows() const {
    return m_legend->rows();
}

void ChartBase::setMarkersVisible(QAbstractSeries *series, bool visible) {
    for (QLegendMarker *marker : chart()->legend()->markers(series)) {
        WrappedLegend::setShown(marker, visible);
    }
}

void ChartBase::setRoundedAxisRange(QValueAxis *axis, double low, double high) {
    const double shown = axis->max() - axis->min();
    // Kept while the data still fits and fills half the axis or more, as a moving slider needs.
    if (axis->min() <= low && high <= axis->max() && high - low >= 0.5 * shown) {
        return;
    }
    const double step = StableRange::niceStep(high - low);
    setAxisRange(axis, std::floor(low / step) * step, std::ceil(high / step) * step);
}

QValueAxis *ChartBase::makeEventAxis() {
    auto *axis = new QValueAxis;
    chart()->addAxis(axis, Qt::AlignBottom);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    setTitleText(axis, tr("event"));
    return axis;
}

void ChartBase::setEventRange(QValueAxis *axis, std::size_t events) {
    const double last = double(std::max<std::size_t>(2, events));
    // Whole steps only: "%d" would print a tick at 2.5 as 2.
    const double step = std::ceil(StableRange::niceStep(last - 1.0, 4));
    if (axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() == step &&
        axis->min() == 1.0 && axis->max() == last) {
        return;  // as it was: setting it again would re-lay out the chart
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(1.0, last);
}

void ChartBase::setAnnotations(QAbstractSeries *series, int setCount,
                               QList<Annotation> annotations) {
    m_annotatedSeries = series;
    m_annotatedSetCount = setCount;
    m_annotations = std::move(annotations);
    while (m_annotationItems.size() < m_annotations.size()) {
        auto *item = new QGraphicsSimpleTextItem(chart());
        item->setZValue(20);
        m_annotationItems.append(item);
    }
    for (qsizetype i = 0; i < m_annotationItems.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_annotationItems[i];
        item->setVisible(i < m_annotations.size());
        if (i < m_annotations.size()) {
            item->setText(m_annotations[i].text);
            // Marks sit on the light infinity colour; numbers on the chart's background.
            const bool onBar = m_annotations[i].emphasised || m_annotations[i].centred;
            item->setBrush(onBar ? QColor(Qt::black) : m_annotationText.value_or(Qt::black));
        }
    }
    // Only the marks' own fonts: re-setting the chart's fonts would re-lay out the whole chart
    // on every slider move.
    applyAnnotationFonts();
}

void ChartBase::placeAnnotations() {
    if (!m_annotatedSeries) {
        return;
    }
    // Grouped bars share the category's width: set k of n sits at an offset from its centre.
    const auto *bars = qobject_cast<QAbstractBarSeries *>(m_annotatedSeries);
    const double width = bars ? bars->barWidth() : 0.0;
    const int sets = m_annotatedSetCount;
    for (qsizetype i = 0; i < m_annotations.size() && i < m_annotationItems.size(); ++i) {
        const Annotation &a = m_annotations[i];
        const double offset = sets == 1 ? 0.0 : -width / 2 + width * (a.setIndex + 0.5) / sets;
        const QPointF at =
            chart()->mapToPosition(QPointF(a.category + offset, a.y), m_annotatedSeries);
        QGraphicsSimpleTextItem *item = m_annotationItems[i];
        const QRectF box = item->boundingRect();
        item->setPos(at.x() - box.width() / 2,
                     a.centred ? at.y() - box.height() / 2 : at.y() - box.height() - 1);
    }
    leaveOutCrowdedAnnotations();
}

void ChartBase::leaveOutCrowdedAnnotations() {
    // In a small chart labels would cover one another. They are placed in order of rank (a
    // lesson's focus and infinity's mark, then the labels above the bars, then those inside
    // them); a label above a bar that meets one already placed moves up past it while it stays
    // in the plot, and any other that meets one is left out.
    const auto rank = [](const Annotation &a) {
        return a.highlighted || a.emphasised ? 0 : a.centred ? 2 : 1;
    };
    const qsizetype count = std::min(m_annotations.size(), m_annotationItems.size());
    std::vector<qsizetype> order(std::size_t(count), 0);
    std::iota(order.begin(), order.end(), qsizetype{0});
    std::ranges::stable_sort(order, {}, [&](qsizetype i) { return rank(m_annotations[i]); });
    QList<QRectF> placed;
    const auto firstMet = [&](const QRectF &box) {
        return std::ranges::find_if(placed,
                                    [&](const QRectF &other) { return other.intersects(box); });
    };
    const double plotTop = chart()->plotArea().top();
    for (const qsizetype i : order) {
        QGraphicsSimpleTextItem *item = m_annotationItems[i];
        const int itsRank = rank(m_annotations[i]);
        QRectF box = item->sceneBoundingRect();
        for (auto met = firstMet(box); met != placed.end() && itsRank == 1 && box.top() >= plotTop;
             met = firstMet(box)) {
            box.moveBottom(met->top() - 1);  // above the label it met
        }
        const bool clear = itsRank == 0 || (firstMet(box) == placed.end() && box.top() >= plotTop);
        item->setVisible(clear);
        if (clear) {
            item->moveBy(0, box.top() - item->sceneBoundingRect().top());
            placed.append(box);
        }
    }
}

QLineSeries *ChartBase::addLine(const QString &name, const QColor &color, Qt::PenStyle style) {
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(color, 2.5, style));
    chart()->addSeries(line);
    return line;
}
