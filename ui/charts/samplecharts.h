// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartbase.h"

#include <entropy/sampling.h>

class QBarCategoryAxis;
class QBarSeries;
class PolylineItem;
class QBarSet;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

// Samples against the number of draws n, on a log axis, one curve per path:
// - Means: the running mean of -log q(x), which tends to H(P,Q) (drawing from P), and of
//   -log p(x), which tends to H(P), each with its limit drawn as a dashed line.
// - Evidence: the running sum of log p(x)/q(x), which climbs with slope D(P||Q) (or falls with
//   slope -D(Q||P) when drawing from Q), with the line n * slope.
// A draw that a distribution calls impossible makes its curve infinite from there: the curve
// stops and the draw is marked.
class SampleTraceChart : public ChartBase {
    Q_OBJECT

public:
    enum class Kind { Means, Evidence };

    SampleTraceChart(Kind kind, Analysis *analysis, QWidget *parent = nullptr);

    // Shows the first `draws` draws of each path (an animation reveals them step by step).
    void setShownDraws(std::size_t draws);
    [[nodiscard]] const QList<QLineSeries *> &curves() const { return m_curves; }
    [[nodiscard]] QLineSeries *reference(int index) const { return m_references.value(index); }

protected:
    void updateSeries() override;

private:
    struct Quantity {
        const std::vector<double> entropy::SampleRun::Trace::*values;
        QColor color;
        QString name;
        // The limit, intercept + slope * n, and its name: a symbol, not a number, so that the
        // legend does not change (and re-lay out the chart) on every move of a slider.
        double intercept, slope;
        QString limitName;
        std::size_t entropy::SampleRun::*firstInfinite;
    };
    [[nodiscard]] QList<Quantity> quantities() const;
    void ensureSeries(int curves, int references);

    Kind m_kind;
    std::size_t m_shown = entropy::kMaxDraws;
    QList<QLineSeries *> m_curves;
    QList<QLineSeries *> m_references;
    QScatterSeries *m_infinite;
    QLogValueAxis *m_nAxis;
    QValueAxis *m_valueAxis;
};

// The empirical distribution of the first path's draws beside P and Q: bars up to 64 events,
// three lines over the event number beyond.
class SampleHistogramChart : public ChartBase {
    Q_OBJECT

public:
    explicit SampleHistogramChart(Analysis *analysis, QWidget *parent = nullptr);

    void setShownDraws(std::size_t draws);
    [[nodiscard]] QBarSet *empiricalSet() const { return m_empirical; }

protected:
    void updateSeries() override;

private:
    std::size_t m_shown = entropy::kMaxDraws;
    QBarSeries *m_bars;
    QBarSet *m_empirical, *m_p, *m_q;
    QList<PolylineItem *> m_lines;  // empirical, P, Q, for many events
    QBarCategoryAxis *m_categories;
    QValueAxis *m_eventAxis;
    QValueAxis *m_valueAxis;
};
