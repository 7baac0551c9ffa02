// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartbase.h"
#include "charts/stablerange.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The quantities along the straight path from P to Q, Q_t = (1-t)P + tQ: D(P||Q_t), D(Q_t||P),
// JS and H(P,Q_t) against t, with the chosen t marked.
class PathSweepChart : public ChartBase {
    Q_OBJECT

public:
    explicit PathSweepChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QLineSeries *klPQLine() const { return m_klPQ; }
    [[nodiscard]] QLineSeries *klQPLine() const { return m_klQP; }

protected:
    void updateSeries() override;

private:
    QLineSeries *m_klPQ, *m_klQP, *m_js, *m_cross, *m_marker;
    QValueAxis *m_tAxis;
    QValueAxis *m_valueAxis;
    StableRange m_top{0.5};
};

// Two events, or the chosen event against the rest: P = (p, 1-p) against every Q = (x, 1-x).
// The binary entropy H(x), D(P||Q_x), D(Q_x||P) and the binary cross-entropy against x, with
// today's q marked.
class BinaryChart : public ChartBase {
    Q_OBJECT

public:
    explicit BinaryChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QScatterSeries *currentPoints() const { return m_current; }

protected:
    void updateSeries() override;

private:
    QLineSeries *m_entropy, *m_klPQ, *m_klQP, *m_cross;
    QScatterSeries *m_current;
    QValueAxis *m_xAxis;
    QValueAxis *m_valueAxis;
};
