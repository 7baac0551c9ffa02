// SPDX-License-Identifier: MIT
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>

#include <map>

// A line of many points (x increasing) as it draws at `columns` columns: in each column's run
// of points, the first, the lowest, the highest and the last, in order (M4 decimation), which
// rasterises as the whole line does. Stroking 65,536 points took most of a repaint. A line of
// at most 4 * `columns` points comes back as it is.
[[nodiscard]] QList<QPointF> decimated(const QList<QPointF> &points, int columns);

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
