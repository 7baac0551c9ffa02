// SPDX-License-Identifier: MIT
#include "charts/decimation.h"

#include <algorithm>

QList<QPointF> decimated(const QList<QPointF> &points, int columns) {
    const qsizetype n = points.size();
    if (columns < 1 || n <= 4 * qsizetype(columns)) {
        return points;
    }
    QList<QPointF> kept;
    kept.reserve(4 * columns);
    for (qsizetype c = 0; c < columns; ++c) {
        const qsizetype begin = c * n / columns, end = (c + 1) * n / columns;
        qsizetype low = begin, high = begin;
        for (qsizetype i = begin; i < end; ++i) {
            low = points[i].y() < points[low].y() ? i : low;
            high = points[i].y() > points[high].y() ? i : high;
        }
        qsizetype order[] = {begin, std::min(low, high), std::max(low, high), end - 1};
        for (qsizetype k = 0; k < 4; ++k) {
            if (k == 0 || order[k] != order[k - 1]) {
                kept.append(points[order[k]]);
            }
        }
    }
    return kept;
}
