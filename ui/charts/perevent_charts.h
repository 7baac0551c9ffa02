// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupedbarchart.h"

class Document;

// P and Q per event. Given a document, its bars can be dragged up and down: the drag sets that
// probability under the same rules as the sliders (proportional or raw weights, locks), and one
// drag is one undo step. In line mode (many events) there is nothing to drag.
class DistributionChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

    void setDocument(Document *document);

protected:
    Values values() const override;
    QString tooltip(Side side, int index) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void dragTo(const QPoint &position);

    Document *m_document = nullptr;
    std::optional<Bar> m_dragged;
    int m_dragId = 0;
};

// Information content per event, -log p and -log q: infinite where the probability is 0.
class SurprisalChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(Side side, int index) const override;
};

// The terms of both KL sums per event, p log(p/q) and q log(q/p), with the sums named.
class DivergenceChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(Side side, int index) const override;
};
