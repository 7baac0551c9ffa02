// SPDX-License-Identifier: MIT
#include "charts/stablerange.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

double StableRange::niceCeiling(double value) {
    if (!(value > 0) || !std::isfinite(value)) {
        return 1.0;
    }
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * power >= value * (1 - 1e-12)) {
            return step * power;
        }
    }
    return 10.0 * power;
}

double StableRange::niceStep(double span, int ticks) {
    if (!(span > 0) || !std::isfinite(span)) {
        return 1.0;
    }
    const double raw = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= raw * (1 - 1e-12)) {
            return step * power;
        }
    }
    return 10.0 * power;
}

double StableRange::update(double maximum) {
    if (!std::isfinite(maximum)) {
        return m_top;
    }
    if (maximum <= 0 && m_floor == 0) {
        return m_top > 0 ? m_top : 1.0;  // nothing to show: keep the axis as it is
    }
    // No data above zero (say, no negative KL term for the axis below 0): just the floor.
    const double wanted = maximum > 0 ? std::max(m_floor, niceCeiling(maximum * 1.05)) : m_floor;
    // Grow at once; shrink only when the data uses less than 40% of the axis.
    if (wanted > m_top || maximum < 0.4 * m_top) {
        m_top = wanted;
    }
    return m_top;
}
