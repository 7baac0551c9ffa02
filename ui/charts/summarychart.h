// SPDX-License-Identifier: MIT
#pragma once

#include "charts/stablerange.h"
#include "charts/chartbase.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

// The totals, built so the asymmetry is seen: H(P,Q) stacked as H(P) + D(P||Q) beside
// H(Q,P) stacked as H(Q) + D(Q||P), and the symmetric Jensen-Shannon divergence beside them.
class SummaryChart : public ChartBase {
    Q_OBJECT

public:
    explicit SummaryChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QBarSet *entropySet() const { return m_entropy; }
    [[nodiscard]] QBarSet *divergenceSet() const { return m_divergence; }
    [[nodiscard]] QBarSet *jensenShannonSet() const { return m_jensenShannon; }

protected:
    void updateSeries() override;

private:
    QStackedBarSeries *m_series;
    QBarSet *m_entropy;
    QBarSet *m_divergence;
    QBarSet *m_jensenShannon;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    StableRange m_top{1.0};
};
