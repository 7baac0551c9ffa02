// SPDX-License-Identifier: MIT
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>

#include <algorithm>
#include <map>

// A line of many points pointAt(0), ..., pointAt(n - 1) (x increasing) as it draws at `columns`
// columns: in each column's run of points, the first, the lowest, the highest and the last, in
// order (M4 decimation), which rasterises as the whole line does. Stroking 65,536 points took
// most of a repaint. A line of at most 4 * `columns` points comes back whole. Each point is made
// as it is read, so a line of 65,536 events is never built as a list first.
//
// The lowest and highest are found from heightAt(i), which must order the points as their
// heights do (an infinity stands for the top or bottom it is drawn at): each column's extremes in
// one vectorised pass, then the first place of each. It reads every event of every line, six
// lines of 65,536 events on each step of a drag, and is a fifth of the branching scan's cost.
template <class HeightAt, class PointAt>
[[nodiscard]] QList<QPointF> decimated(qsizetype n, int columns, HeightAt heightAt,
                                       PointAt pointAt) {
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
        double low = heightAt(begin), high = low;
#pragma omp simd reduction(min : low) reduction(max : high)
        for (qsizetype i = begin + 1; i < end; ++i) {
            const double y = heightAt(i);
            low = y < low ? y : low;
            high = y > high ? y : high;
        }
        qsizetype lowAt = begin, highAt = begin;
        while (lowAt + 1 < end && heightAt(lowAt) != low) {
            ++lowAt;
        }
        while (highAt + 1 < end && heightAt(highAt) != high) {
            ++highAt;
        }
        // First, the lowest and highest in the order they come, last: each point once.
        const qsizetype order[] = {begin, std::min(lowAt, highAt), std::max(lowAt, highAt),
                                   end - 1};
        kept.append(pointAt(begin));
        for (int k = 1; k < 4; ++k) {
            if (order[k] != order[k - 1]) {
                kept.append(pointAt(order[k]));
            }
        }
    }
    return kept;
}

// The same, the heights read from the points themselves.
template <class PointAt>
[[nodiscard]] QList<QPointF> decimated(qsizetype n, int columns, PointAt pointAt) {
    return decimated(
        n, columns, [&](qsizetype i) { return pointAt(i).y(); }, pointAt);
}

// Whether two lines hold exactly the same points: QPointF's == is fuzzy, and would keep a line
// that moved by a small step.
[[nodiscard]] inline bool samePoints(const QList<QPointF> &a, const QList<QPointF> &b) {
    return std::ranges::equal(
        a, b, [](const QPointF &p, const QPointF &q) { return p.x() == q.x() && p.y() == q.y(); });
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
