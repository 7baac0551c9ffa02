// SPDX-License-Identifier: MIT
#pragma once

#include "charts/groupedbarchart.h"

class Document;

// P and Q per event. Given a document, its bars can be dragged up and down: the drag sets that
// probability under the same rules as the sliders (proportional or raw weights, locks), and one
// drag is one undo step. In line mode (many events) there is nothing to drag.
// With the keyboard focus, Up and Down step the chosen bar's value by 0.01, Page Up and Page
// Down by 0.1, each one undo step as a slider's keys are; Enter asks for the exact value.
class DistributionChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

    void setDocument(Document *document);

protected:
    Values values() const override;
    QString tooltip(Side side, int index) const override;
    [[nodiscard]] QString describe() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void dragTo(const QPoint &position);
    void stepSelected(double step);
    void askForSelectedValue();
    [[nodiscard]] double shownValue(const Bar &bar) const;

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
    [[nodiscard]] QString describe() const override;
};

// The terms of both KL sums per event, p log(p/q) and q log(q/p), with the sums named.
class DivergenceChart : public GroupedBarChart {
    Q_OBJECT
public:
    using GroupedBarChart::GroupedBarChart;

protected:
    Values values() const override;
    QString tooltip(Side side, int index) const override;
    [[nodiscard]] QString describe() const override;
};
