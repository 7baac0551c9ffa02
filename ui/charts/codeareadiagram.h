// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;

// Codes as areas, after Olah's "Visual Information Theory": each event is a column as wide as
// its probability under P and as tall as its codeword, so the area is the expected length.
// P's own Huffman code is filled in P's colour; the code built from Q, charged on the same P,
// is outlined over it in Q's colour, so the extra area is the cost of the wrong code. An event
// Q gives no codeword reaches the top, marked ∞. Past 64 events the columns are drawn as two
// step lines. Painted with QPainter, so export can draw it on any paint device.
class CodeAreaDiagram : public QWidget {
    Q_OBJECT

public:
    explicit CodeAreaDiagram(Analysis *analysis, QWidget *parent = nullptr);

    // Draws into `target` on any painter (the widget, an image, SVG, PDF).
    void paintOn(QPainter &painter, const QRectF &target) const;
    [[nodiscard]] QSize minimumSizeHint() const override { return {260, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Analysis *m_analysis;
};
