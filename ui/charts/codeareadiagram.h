// SPDX-License-Identifier: MIT
#pragma once

#include "charts/paintedplot.h"

#include <QFontMetricsF>
#include <QRectF>
#include <QString>

// Codes as areas, after Olah's "Visual Information Theory": each event is a column as wide as
// its probability under P and as tall as its codeword, so the area is the expected length.
// P's own Huffman code is filled in P's colour; the code built from Q, charged on the same P,
// is outlined over it in Q's colour, so the extra area is the cost of the wrong code. An event
// Q gives no codeword reaches the top, marked ∞. Past 64 events the columns are drawn as two
// step lines. Painted with QPainter, so export can draw it on any paint device.
class CodeAreaDiagram : public PaintedPlot {
    Q_OBJECT

public:
    explicit CodeAreaDiagram(Analysis *analysis, QWidget *parent = nullptr);

    void paintOn(QPainter &painter, const QRectF &target) const override;

    // Where the caption and the axis title are drawn in `target` (each rectangle as wide as its
    // text), and the plot under them: the caption right of the title where both fit on one
    // line, else on a line of its own above it, elided only if even that is too narrow.
    struct Header {
        QString caption;
        QRectF captionRect, titleRect, plot;
    };
    [[nodiscard]] Header headerIn(const QFontMetricsF &metrics, const QRectF &target) const;

    [[nodiscard]] QSize minimumSizeHint() const override { return {260, 180}; }

protected:
    [[nodiscard]] QString describe() const override;
};
