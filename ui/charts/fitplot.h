// SPDX-License-Identifier: MIT
#pragma once

#include "charts/paintedplot.h"

class Document;

// P as bars, with one bump fitted each way drawn over them: the forward fit, argmin D(P||Q),
// and the reverse fit, argmin D(Q||P), its other local minima faint and dashed. Q is the thin
// outline. P's bars can be dragged, as in the distributions chart: one drag is one undo step.
// By keyboard: Left and Right choose an event (outlined), Up and Down step its P by 0.01, Page
// Up and Page Down by 0.1, one undo step each.
class FitPlot : public PaintedPlot {
    Q_OBJECT

public:
    FitPlot(Analysis *analysis, Document *document, QWidget *parent = nullptr);

    void paintOn(QPainter &painter, const QRectF &target) const override;

    [[nodiscard]] QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    [[nodiscard]] QString describe() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Frame {
        QRectF plot;
        double top = 1.0;  // the probability at the top of the plot
        int events = 0;
    };
    [[nodiscard]] Frame frameFor(const QRectF &target, const QFontMetricsF &metrics) const;
    void paintLegend(QPainter &painter, const QRectF &target, double lineHeight) const;
    void dragTo(const QPointF &position);
    void stepChosen(double step);

    Document *m_document;
    int m_dragId = 0;
    int m_dragEvent = -1;
    double m_dragTop = 1.0;
    int m_chosen = 0;  // the event the keys edit while focused
};
