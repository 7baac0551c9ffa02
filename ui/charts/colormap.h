// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

class QPainter;

// The colour of t in [0, 1] on viridis, a perceptually uniform map that stays readable in grey
// and for colour-blind readers: dark purple (low) through teal to yellow (high).
namespace ColorMap {

inline QColor viridis(double t) {
    static constexpr std::array<std::array<int, 3>, 9> kStops{{{68, 1, 84},
                                                               {71, 44, 122},
                                                               {59, 81, 139},
                                                               {44, 113, 142},
                                                               {33, 144, 141},
                                                               {39, 173, 129},
                                                               {92, 200, 99},
                                                               {170, 220, 50},
                                                               {253, 231, 37}}};
    t = std::isnan(t) ? 0.0 : std::clamp(t, 0.0, 1.0) * double(kStops.size() - 1);
    const std::size_t i = std::min(std::size_t(t), kStops.size() - 2);
    const double f = t - double(i);
    const auto mix = [&](int c) {
        return int(std::lround(kStops[i][c] + f * (kStops[i + 1][c] - kStops[i][c])));
    };
    return QColor(mix(0), mix(1), mix(2));
}

// viridis at 1024 evenly spaced places, for colouring many pixels by lookup.
[[nodiscard]] const std::array<QRgb, 1024> &viridisTable();

// Where `value` sits between `low` and `high` on a log scale of its distance above `low`, so that
// the values near a minimum, where the eye looks, get most of the colours. `detail` is the
// distance, as a share of the range, below which the scale turns linear. Past `high` is 1.
inline double logPosition(double value, double low, double high, double detail) {
    const double range = high - low;
    if (!(range > 0)) {
        return 0.0;
    }
    const double floor = detail * range;
    return std::clamp(std::log1p(std::max(value - low, 0.0) / floor) / std::log1p(range / floor),
                      0.0, 1.0);
}

// A colour bar's end label: three significant digits, and whole numbers from 100 up (no
// exponent, so "1420" rather than "1.42e+03" in the narrow space beside the bar).
inline QString barLabel(double value) {
    return std::abs(value) >= 100 ? QString::number(std::llround(value))
                                  : QString::number(value, 'g', 3);
}

// A colour bar's two end labels for a map clipped at `high`: "≥high" at the top and `low` at the
// bottom; where both would read the same (every finite value one number, to three digits),
// that number once, at the top.
struct BarLabels {
    QString top, bottom;
};
[[nodiscard]] inline BarLabels barLabels(double low, double high) {
    const QString top = barLabel(high), bottom = barLabel(low);
    if (top == bottom) {
        return {top, QString()};
    }
    return {QStringLiteral("\u2265") + top, bottom};
}

// The span a colour map covers: from the smallest finite value to the value below which `share`
// of the finite values lie, so that a few huge values do not wash out the rest. {0, 1} when
// no value is finite.
struct Range {
    double low = 0.0, high = 1.0;
};
[[nodiscard]] Range finiteRange(const std::vector<double> &values, double share);

// The colour bar beside a map: viridis from bottom to top of `bar`, with its labels written to
// its right in `text`.
void paintBar(QPainter &painter, const QRectF &bar, const BarLabels &labels, const QColor &text);

}  // namespace ColorMap
