// SPDX-License-Identifier: MIT
#pragma once

#include "groupedbarchart.h"

// P and Q per event.
class DistributionChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(int side, int index) const override;
};

// Information content per event, -log p and -log q: infinite where the probability is 0.
class SurprisalChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(int side, int index) const override;
};

// The terms of both KL sums per event, p log(p/q) and q log(q/p), with the sums named.
class DivergenceChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(int side, int index) const override;
};
