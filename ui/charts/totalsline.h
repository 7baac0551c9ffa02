// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QChart;
class QGraphicsSimpleTextItem;

// A line of totals that change on every move of a slider (D(P‖Q) = 0.7188 …), centred under the
// chart's title, in a second title line kept empty for it: never over the bars. Its item lives in
// the chart's scene, so exports draw it, and it changes and moves without laying the chart out
// again, as a legend's or a title's new text would.
class TotalsLine {
public:
    explicit TotalsLine(QChart *chart);

    // In the legend's font and colour; an empty text hides the line.
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    // `title` with the empty line the totals go in, where there are totals.
    [[nodiscard]] static QString titleWithRoom(const QString &title, bool room);
    // Keeps the line under the title: after the plot area moves.
    void place();

private:
    QChart *m_chart;
    QGraphicsSimpleTextItem *m_text;  // owned by the chart
};
