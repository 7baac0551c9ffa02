// SPDX-License-Identifier: MIT
#pragma once

#include "charts/paintedplot.h"

// Rényi's divergences D_a(P||Q) and D_a(Q||P), and the entropy H_a(P), against the order a from
// 0 to 5, with the order infinity in a column of its own at the right. The special orders are
// labelled: 0, 1/2 (the Bhattacharyya order), 1 (KL and Shannon), 2 (collision) and infinity;
// a vertical line marks the document's order. Infinite values stand at the top, marked ∞.
class RenyiCurve : public PaintedPlot {
    Q_OBJECT

public:
    explicit RenyiCurve(Analysis *analysis, QWidget *parent = nullptr);

    void paintOn(QPainter &painter, const QRectF &target) const override;

    [[nodiscard]] QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    [[nodiscard]] QString describe() const override;
};
