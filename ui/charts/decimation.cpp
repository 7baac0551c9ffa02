// SPDX-License-Identifier: MIT
#include "charts/decimation.h"

#include <algorithm>
#include <utility>

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
