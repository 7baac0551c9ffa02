// SPDX-License-Identifier: MIT
#include "charts/decimation.h"

#include <algorithm>
#include <utility>

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

void HorizontalRuns::add(double left, double right, double y) {
    const auto open = m_open.find(y);
    if (open != m_open.end() && left - open->second.x2() < m_join) {
        open->second.setP2(QPointF(std::max(open->second.x2(), right), y));
        return;
    }
    if (open != m_open.end()) {
        m_runs.append(open->second);
    }
    m_open.insert_or_assign(y, QLineF(left, y, right, y));
}

QList<QLineF> HorizontalRuns::take() {
    for (const auto &[y, run] : m_open) {
        m_runs.append(run);
    }
    m_open.clear();
    return std::exchange(m_runs, {});
}
