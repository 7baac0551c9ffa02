// SPDX-License-Identifier: MIT
#include "charts/curvecharts.h"

#include "analysis.h"
#include "appearance.h"
#include "quantityformat.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// The points of a curve, infinite values drawn at `cap` (the axis top).
QList<QPointF> curve(const std::vector<double> &x, const std::vector<double> &y, double cap) {
    QList<QPointF> points;
    points.reserve(qsizetype(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i) {
        points.append({x[i], std::isfinite(y[i]) ? std::min(y[i], cap) : cap});
    }
    return points;
}

double finiteMax(std::initializer_list<const std::vector<double> *> lists) {
    double top = 0.0;
    for (const auto *list : lists) {
        for (const double v : *list) {
            if (std::isfinite(v)) {
                top = std::max(top, v);
            }
        }
    }
    return top;
}

void attach(QValueAxis *x, QValueAxis *y, std::initializer_list<QAbstractSeries *> series) {
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

}  // namespace

PathSweepChart::PathSweepChart(Analysis *analysis, QWidget *parent) : ChartBase(analysis, parent) {
    setRenderHint(QPainter::Antialiasing);  // curves
    m_klPQ = addLine({}, Appearance::colorP());
    m_klQP = addLine({}, Appearance::colorQ());
    m_js = addLine({}, Appearance::colorJensenShannon());
    m_cross = addLine({}, Appearance::colorEntropy(), Qt::DashLine);
    m_marker = addLine({}, QColor(90, 90, 90), Qt::DotLine);
    m_tAxis = new QValueAxis;
    m_tAxis->setRange(0, 1);
    m_tAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_tAxis->setTickCount(11);
    chart()->addAxis(m_tAxis, Qt::AlignBottom);
    m_valueAxis = makeValueAxis(Qt::AlignLeft);
    attach(m_tAxis, m_valueAxis, {m_klPQ, m_klQP, m_js, m_cross, m_marker});
    setMarkersVisible(m_marker, false);
}

void PathSweepChart::updateSeries() {
    const auto base = analysis().comparison().base;
    const entropy::Sweep &sweep = analysis().pathSweep();
    setTitle(tr("From P to Q along Q_t = (1\u2212t)P + tQ"));
    setTitleText(m_tAxis, tr("t (0: Q_t = P, 1: Q_t = Q)"));
    setTitleText(m_valueAxis, QuantityFormat::unitName(base));
    setName(m_klPQ, tr("D(P\u2016Q_t)"));
    setName(m_klQP, tr("D(Q_t\u2016P)"));
    setName(m_js, tr("JS(P,Q_t)"));
    setName(m_cross, tr("H(P,Q_t)"));
    const double top = m_top.update(
        finiteMax({&sweep.klPQ, &sweep.klQP, &sweep.jensenShannon, &sweep.crossEntropy}));
    m_klPQ->replace(curve(sweep.x, sweep.klPQ, top));
    m_klQP->replace(curve(sweep.x, sweep.klQP, top));
    m_js->replace(curve(sweep.x, sweep.jensenShannon, top));
    m_cross->replace(curve(sweep.x, sweep.crossEntropy, top));
    setAxisRange(m_valueAxis, 0.0, top);
    const double t = analysis().state().pathT;
    m_marker->replace({{t, 0.0}, {t, top}});
    // A divergence that is infinite at t = 1 leaves the chart there: mark where.
    QList<Annotation> marks;
    if (std::isinf(sweep.klPQ.back()) || std::isinf(sweep.klQP.back())) {
        marks.append({1, 0, top * 0.9, QString(QuantityFormat::kInfinity), true, true});
    }
    setAnnotations(m_klPQ, 1, marks);
}

BinaryChart::BinaryChart(Analysis *analysis, QWidget *parent) : ChartBase(analysis, parent) {
    setRenderHint(QPainter::Antialiasing);  // curves
    m_entropy = addLine({}, QColor(60, 60, 60));
    m_klPQ = addLine({}, Appearance::colorP());
    m_klQP = addLine({}, Appearance::colorQ());
    m_cross = addLine({}, Appearance::colorDivergence(), Qt::DashLine);
    m_current = new QScatterSeries;
    m_current->setMarkerSize(11);
    m_current->setColor(Qt::black);
    chart()->addSeries(m_current);
    m_xAxis = new QValueAxis;
    m_xAxis->setRange(0, 1);
    m_xAxis->setTickCount(11);
    m_xAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    m_valueAxis = makeValueAxis(Qt::AlignLeft);
    attach(m_xAxis, m_valueAxis, {m_entropy, m_klPQ, m_klQP, m_cross, m_current});
}

void BinaryChart::updateSeries() {
    const auto &c = analysis().comparison();
    const Analysis::Binary &binary = analysis().binary();
    const entropy::Sweep &sweep = analysis().binarySweep();
    const bool two = c.n == 2;
    setTitle(two ? tr("Two events: P = (p, 1−p) against Q = (x, 1−x)")
                 : tr("%1 against the rest: P = (p, 1−p) against Q = (x, 1−x)").arg(binary.label));
    setTitleText(m_xAxis, tr("x, the model's probability of %1").arg(binary.label));
    setTitleText(m_valueAxis, QuantityFormat::unitName(c.base));
    setName(m_entropy, tr("H(x), binary entropy"));
    setName(m_klPQ, tr("D(P‖Q_x)"));
    setName(m_klQP, tr("D(Q_x‖P)"));
    setName(m_cross, tr("H(P,Q_x), binary cross-entropy"));
    const auto &today = binary.comparison;
    const double top = std::max(1.0, 2.0 * std::max(today.entropyP, 1.0));  // room for the bowl
    m_entropy->replace(curve(sweep.x, sweep.modelEntropy, top));
    m_klPQ->replace(curve(sweep.x, sweep.klPQ, top));
    m_klQP->replace(curve(sweep.x, sweep.klQP, top));
    m_cross->replace(curve(sweep.x, sweep.crossEntropy, top));
    const double q = binary.q;
    m_current->replace({{q, std::min(today.klPQ, top)},
                        {q, std::min(today.klQP, top)},
                        {q, std::min(today.crossEntropyPQ, top)},
                        {q, today.entropyQ}});
    setName(m_current, tr("today: q = %1").arg(QuantityFormat::value(q)));
    setAxisRange(m_valueAxis, 0.0, top);
}
