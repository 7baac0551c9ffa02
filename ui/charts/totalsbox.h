// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// A small box of text at the top right of a chart's plot, for totals that change on every move
// of a slider (D(P‖Q) = 0.7188). Its items live in the chart's scene, so exports draw them, and
// they change and move without laying the chart out again, as a legend's new text would.
class TotalsBox {
public:
    explicit TotalsBox(QChart *chart);

    // Lines separated by '\n', in the legend's font and colour on the chart's background; an
    // empty text hides the box.
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    // Keeps the box in the plot's corner: after the plot area moves.
    void place();

private:
    QChart *m_chart;
    QGraphicsRectItem *m_box;
    QGraphicsSimpleTextItem *m_text;
};
