// SPDX-License-Identifier: MIT
#include "charts/samplecharts.h"

#include "analysis.h"
#include "appearance.h"
#include "quantityformat.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

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
                 fromP ? &Run::firstInfiniteQ : &Run::firstInfiniteP}};
    }
    return {{&Trace::meanSurprisalQ, Appearance::colorQ(), tr("mean of \u2212log q(x)"),
             fromP ? c.crossEntropyPQ : c.entropyQ, 0.0, &Run::firstInfiniteQ},
            {&Trace::meanSurprisalP, Appearance::colorP(), tr("mean of \u2212log p(x)"),
             fromP ? c.entropyP : c.crossEntropyQP, 0.0, &Run::firstInfiniteP}};
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
    chart()->setTitle(m_kind == Kind::Means
                          ? tr("Running means converge to the cross-entropy and the entropy")
                          : tr("Evidence for P over Q grows at D bits per draw"));
    m_nAxis->setTitleText(tr("n, draws (log scale)"));
    m_valueAxis->setTitleText(unit);
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
            curve->setName(quantity.name);
            curve->replace(points);
            for (QLegendMarker *marker : chart()->legend()->markers(curve)) {
                marker->setVisible(path == 0);
            }
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
        m_references[k]->setName(
            m_kind == Kind::Means
                ? tr("limit %1").arg(QuantityFormat::value(quantity.intercept))
                : tr("slope %1 per draw").arg(QuantityFormat::value(quantity.slope)));
        m_references[k]->replace(line);
    }
    m_infinite->replace(infinite);
    m_infinite->setName(tr("a draw the model calls impossible: \u221E from here"));
    for (QLegendMarker *marker : chart()->legend()->markers(m_infinite)) {
        marker->setVisible(!infinite.isEmpty());
    }
    m_nAxis->setRange(1.0, std::max(10.0, double(n)));
    const double pad = 0.05 * std::max(1e-9, high - low);
    setAxisRange(m_valueAxis, low - (low < 0 ? pad : 0.0), high + pad);
}
