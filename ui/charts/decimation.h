// SPDX-License-Identifier: MIT
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>

#include <map>

// A line of many points pointAt(0), ..., pointAt(n - 1) (x increasing) as it draws at `columns`
// columns: in each column's run of points, the first, the lowest, the highest and the last, in
// order (M4 decimation), which rasterises as the whole line does. Stroking 65,536 points took
// most of a repaint. A line of at most 4 * `columns` points comes back whole. Each point is made
// as it is read, so a line of 65,536 events is never built as a list first.
template <class PointAt>
[[nodiscard]] QList<QPointF> decimated(qsizetype n, int columns, PointAt pointAt) {
    QList<QPointF> kept;
    if (columns < 1 || n <= 4 * qsizetype(columns)) {
        kept.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            kept.append(pointAt(i));
        }
        return kept;
    }
    kept.reserve(4 * columns);
    for (qsizetype c = 0; c < columns; ++c) {
        const qsizetype begin = c * n / columns, end = (c + 1) * n / columns;
        const QPointF first = pointAt(begin);
        QPointF low = first, high = first, last = first;
        qsizetype lowAt = begin, highAt = begin;
        for (qsizetype i = begin + 1; i < end; ++i) {
            last = pointAt(i);
            if (last.y() < low.y()) {
                low = last;
                lowAt = i;
            }
            if (last.y() > high.y()) {
                high = last;
                highAt = i;
            }
        }
        // First, the lowest and highest in the order they come, last: each point once.
        kept.append(first);
        const bool lowFirst = lowAt <= highAt;
        const qsizetype middle[] = {lowFirst ? lowAt : highAt, lowFirst ? highAt : lowAt};
        const QPointF middlePoints[] = {lowFirst ? low : high, lowFirst ? high : low};
        qsizetype previous = begin;
        for (int k = 0; k < 2; ++k) {
            if (middle[k] != previous) {
                kept.append(middlePoints[k]);
                previous = middle[k];
            }
        }
        if (end - 1 != previous) {
            kept.append(last);
        }
    }
    return kept;
}

// Horizontal segments at a few heights (the steps of many narrow events), each joined to the
// last at its height when the gap between them is under `join`: what they draw, in far fewer
// segments. Segments must come in order of their left ends.
class HorizontalRuns {
public:
    explicit HorizontalRuns(double join) : m_join(join) {}
    void add(double left, double right, double y);
    // The joined segments; none are kept afterwards.
    [[nodiscard]] QList<QLineF> take();

private:
    double m_join;
    std::map<double, QLineF> m_open;  // the last run at each height
    QList<QLineF> m_runs;
};
