// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

// A line of many points (x increasing) as it draws at `columns` columns: in each column's run
// of points, the first, the lowest, the highest and the last, in order (M4 decimation), which
// rasterises as the whole line does. Stroking 65,536 points took most of a repaint. A line of
// at most 4 * `columns` points comes back as it is.
[[nodiscard]] QList<QPointF> decimated(const QList<QPointF> &points, int columns);
