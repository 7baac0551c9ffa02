// SPDX-License-Identifier: MIT
#include "charts/samplecharts.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/decimation.h"
#include "charts/groupedbarchart.h"
#include "charts/polylineitem.h"
#include "quantityformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// Later paths are drawn fainter, so that path 1 reads as "the" sample and the rest as spread.
QColor pathColor(QColor color, int path) {
    color.setAlpha(path == 0 ? 255 : 110);
    return color;
}
}  // namespace

SampleTraceChart::SampleTraceChart(Kind kind, Analysis *analysis, QWidget *parent)
    : ChartBase(analysis, parent)
    , m_kind(kind)
    , m_infinite(new QScatterSeries)
    , m_nAxis(new QLogValueAxis)
    , m_valueAxis(makeValueAxis(Qt::AlignLeft)) {
    setRenderHint(QPainter::Antialiasing);  // curves
    m_nAxis->setBase(10);
    m_nAxis->setLabelFormat(QStringLiteral("%g"));
    m_nAxis->setMinorTickCount(-1);
    chart()->addAxis(m_nAxis, Qt::AlignBottom);
    m_infinite->setColor(Appearance::colorInfinite());
    m_infinite->setMarkerSize(11);
    chart()->addSeries(m_infinite);
    m_infinite->attachAxis(m_nAxis);
    m_infinite->attachAxis(m_valueAxis);
}

void SampleTraceChart::setShownDraws(std::size_t draws) {
    m_shown = draws;
}

QList<SampleTraceChart::Quantity> SampleTraceChart::quantities() const {
    using Trace = entropy::SampleRun::Trace;
    using Run = entropy::SampleRun;
    const auto &c = analysis().comparison();
    const bool fromP = analysis().state().samples.source == Side::P;
    if (m_kind == Kind::Evidence) {
        return {{&Trace::logLikelihoodRatio, Appearance::colorDivergence(),
                 tr("\u03A3 log p(x)/q(x)"), 0.0, fromP ? c.klPQ : -c.klQP,
                 fromP ? tr("slope D(P\u2016Q) per draw")
                       : tr("slope \u2212"
                            "D(Q\u2016P) per draw"),
                 fromP ? &Run::firstInfiniteQ : &Run::firstInfiniteP}};
    }
    return {{&Trace::meanSurprisalQ, Appearance::colorQ(), tr("mean of \u2212log q(x)"),
             fromP ? c.crossEntropyPQ : c.entropyQ, 0.0,
             fromP ? QStringLiteral("H(P,Q)") : QStringLiteral("H(Q)"), &Run::firstInfiniteQ},
            {&Trace::meanSurprisalP, Appearance::colorP(), tr("mean of \u2212log p(x)"),
             fromP ? c.entropyP : c.crossEntropyQP, 0.0,
             fromP ? QStringLiteral("H(P)") : QStringLiteral("H(Q,P)"), &Run::firstInfiniteP}};
}

void SampleTraceChart::ensureSeries(int curves, int references) {
    while (m_curves.size() > curves) {
        chart()->removeSeries(m_curves.last());
        delete m_curves.takeLast();
    }
    while (m_curves.size() < curves) {
        m_curves.append(addLine({}, Qt::black));
        m_curves.last()->attachAxis(m_nAxis);
        m_curves.last()->attachAxis(m_valueAxis);
    }
    while (m_references.size() < references) {
        m_references.append(addLine({}, Qt::black, Qt::DashLine));
        m_references.last()->attachAxis(m_nAxis);
        m_references.last()->attachAxis(m_valueAxis);
    }
}

void SampleTraceChart::updateSeries() {
    const std::vector<entropy::SampleRun> &runs = analysis().samples();
    const QList<Quantity> plotted = quantities();
    const int paths = int(runs.size());
    ensureSeries(paths * int(plotted.size()), int(plotted.size()));
    const std::size_t n = runs.empty() ? 1 : std::min(m_shown, runs.front().n);
    const auto unit = QuantityFormat::unitName(analysis().comparison().base);
    setTitle(m_kind == Kind::Means
                 ? tr("Running means converge to the cross-entropy and the entropy")
                 : tr("Evidence for P over Q grows at D bits per draw"));
    setTitleText(m_nAxis, tr("n, draws (log scale)"));
    setTitleText(m_valueAxis, unit);
    double low = 0.0, high = 0.0;
    QList<QPointF> infinite;
    for (int k = 0; k < plotted.size(); ++k) {
        const Quantity &quantity = plotted[k];
        for (int path = 0; path < paths; ++path) {
            const auto &trace = runs[std::size_t(path)].trace;
            const auto &values = trace.*quantity.values;
            QList<QPointF> points;
            for (std::size_t i = 0; i < trace.n.size() && trace.n[i] <= double(n); ++i) {
                if (!std::isfinite(values[i])) {
                    break;  // infinite from here on: marked below
                }
                points.append({trace.n[i], values[i]});
                low = std::min(low, values[i]);
                high = std::max(high, values[i]);
            }
            const std::size_t first = runs[std::size_t(path)].*quantity.firstInfinite;
            if (first > 0 && first <= n) {
                infinite.append({double(first), points.isEmpty() ? 0.0 : points.last().y()});
            }
            QLineSeries *curve = m_curves[k * paths + path];
            curve->setPen(QPen(pathColor(quantity.color, path), path == 0 ? 2.5 : 1.2));
            setName(curve, quantity.name);
            replacePoints(curve, points);
            setMarkersVisible(curve, path == 0);
        }
        const double limitAtN = quantity.intercept + quantity.slope * double(n);
        QList<QPointF> line;
        if (std::isfinite(limitAtN)) {
            // Evenly spaced on the log axis, so that n * slope reads as the curve it is there.
            constexpr int kPoints = 64;
            for (int i = 0; i <= kPoints; ++i) {
                const double x = std::pow(double(n), double(i) / kPoints);
                line.append({x, quantity.intercept + quantity.slope * x});
            }
            low = std::min({low, line.first().y(), limitAtN});
            high = std::max({high, line.first().y(), limitAtN});
        }
        m_references[k]->setPen(QPen(quantity.color, 1.5, Qt::DashLine));
        setName(m_references[k], quantity.limitName);
        replacePoints(m_references[k], line);
    }
    replacePoints(m_infinite, infinite);
    setName(m_infinite, tr("a draw the model calls impossible: \u221E from here"));
    // Hidden with its series, not by its legend marker alone: the hidden marker of a visible,
    // empty series came back, and the legend named an impossible draw that never happened.
    if (m_infinite->isVisible() != !infinite.isEmpty()) {
        m_infinite->setVisible(!infinite.isEmpty());
    }
    m_nAxis->setRange(1.0, std::max(10.0, double(n)));
    // Flat traces (P = Q gives no evidence at all) get an axis one unit high, not one a
    // billionth high whose labels run to eleven decimals.
    if (high - low < 1e-9) {
        high = low + 1.0;
    }
    const double pad = 0.05 * (high - low);
    setRoundedAxisRange(m_valueAxis, low - (low < 0 ? pad : 0.0), high + pad);
}

SampleHistogramChart::SampleHistogramChart(Analysis *analysis, QWidget *parent)
    : ChartBase(analysis, parent)
    , m_bars(new QBarSeries)
    , m_empirical(makeBarSet({}, Appearance::colorDivergence()))
    , m_p(makeBarSet({}, Appearance::colorP()))
    , m_q(makeBarSet({}, Appearance::colorQ()))
    , m_categories(new QBarCategoryAxis)
    , m_eventAxis(makeEventAxis())
    , m_valueAxis(makeValueAxis(Qt::AlignLeft)) {
    m_bars->append({m_empirical, m_p, m_q});
    chart()->addSeries(m_bars);
    chart()->addAxis(m_categories, Qt::AlignBottom);
    m_categories->setGridLineVisible(false);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_valueAxis);
    for (const QColor &color :
         {Appearance::colorDivergence(), Appearance::colorP(), Appearance::colorQ()}) {
        QLineSeries *line = addLine({}, color);
        line->setPen(QPen(color, 1.5));
        line->attachAxis(m_eventAxis);
        line->attachAxis(m_valueAxis);
        m_lines.append(new PolylineItem(chart(), line, m_eventAxis, m_valueAxis));
    }
}

void SampleHistogramChart::setShownDraws(std::size_t draws) {
    m_shown = draws;
}

void SampleHistogramChart::updateSeries() {
    const auto &runs = analysis().samples();
    const auto &p = analysis().p();
    const auto &q = analysis().q();
    // Counts exist for all draws; while an animation reveals them, the histogram waits for the
    // whole sample rather than show counts the curves have not reached.
    const bool complete = !runs.empty() && m_shown >= runs.front().n;
    const double n = runs.empty() ? 1.0 : double(runs.front().n);
    // The sample's frequency (k = 0), p or q (k = 1, 2) at an event, made as it is read: 65,536
    // events are not copied to lists.
    const auto valueAt = [&](int k, std::size_t i) {
        return k == 1 ? p[i] : k == 2 ? q[i] : complete ? double(runs.front().counts[i]) / n : 0.0;
    };
    setTitle(tr("The sample's frequencies beside P and Q"));
    const QStringList names = {tr("sample"), tr("P"), tr("Q")};
    // As the per-event charts: bars up to their limit, then lines.
    const bool lines = p.size() > std::size_t(GroupedBarChart::kMaxBars);
    m_bars->setVisible(!lines);
    m_categories->setVisible(!lines);
    m_eventAxis->setVisible(lines);
    double top = std::max(std::ranges::max(p.probabilities()), std::ranges::max(q.probabilities()));
    if (complete && !runs.front().counts.empty()) {
        top = std::max(top, double(std::ranges::max(runs.front().counts)) / n);
    }
    setRoundedAxisRange(m_valueAxis, 0.0, top * 1.05);
    QBarSet *sets[] = {m_empirical, m_p, m_q};
    for (int k = 0; k < 3; ++k) {
        setLabel(sets[k], names[k]);
        QXYSeries *legend = m_lines[k]->series();
        setName(legend, names[k]);
        legend->setVisible(lines);
        setMarkersVisible(legend, lines);
        if (lines) {
            m_lines[k]->setPoints(decimated(
                qsizetype(p.size()), lineColumns(legend->pen()),
                [&](qsizetype i) { return QPointF(double(i + 1), valueAt(k, std::size_t(i))); }));
        } else {
            QList<qreal> values;
            for (std::size_t i = 0; i < p.size(); ++i) {
                values.append(valueAt(k, i));
            }
            replaceValues(sets[k], values);
        }
    }
    setMarkersVisible(m_bars, !lines);
    if (!lines && m_categories->categories() != analysis().labels()) {
        m_categories->setCategories(analysis().labels());
    }
    setEventRange(m_eventAxis, p.size());
}
