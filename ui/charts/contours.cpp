// SPDX-License-Identifier: MIT
#include "charts/contours.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace Contours {
namespace {

struct Corner {
    QPointF at;
    double value;
};

// Where the level crosses the edge from a to b, by linear interpolation.
QPointF crossing(const Corner &a, const Corner &b, double level) {
    const double t = (level - a.value) / (b.value - a.value);
    return a.at + (b.at - a.at) * std::clamp(t, 0.0, 1.0);
}

// The segments where `level` crosses a cell with corners `at` and values `v` (in order around
// it), some below the level and some not.
void addCrossings(const std::array<QPointF, 4> &at, const std::array<double, 4> &v, double level,
                  std::vector<QLineF> &segments) {
    std::array<QPointF, 4> points;
    std::size_t found = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const Corner a{at[k], v[k]}, b{at[(k + 1) % 4], v[(k + 1) % 4]};
        if ((a.value < level) != (b.value < level)) {
            points[found++] = crossing(a, b, level);
        }
    }
    // Two crossings: one segment. Four (a saddle): pair them around the cell.
    for (std::size_t k = 0; k + 1 < found; k += 2) {
        segments.emplace_back(points[k], points[k + 1]);
    }
}

}  // namespace

std::vector<std::vector<QLineF>> isolines(const entropy::SimplexField &field,
                                          std::span<const double> levels) {
    std::vector<std::vector<QLineF>> lines(levels.size());
    const double step = 1.0 / double(field.columns - 1);
    const auto value = [&](std::size_t column, std::size_t row) {
        const double v = field.values[row * field.columns + column];
        return std::isinf(v) ? std::numeric_limits<double>::max() : v;
    };
    // One pass over the cells for every level: most cells cross none, and the test for that is
    // the cell's range.
    for (std::size_t row = 0; row + 1 < field.rows; ++row) {
        for (std::size_t column = 0; column + 1 < field.columns; ++column) {
            // Corners in order around the cell: top left, top right, bottom right, bottom left.
            const std::array<double, 4> v{value(column, row), value(column + 1, row),
                                          value(column + 1, row + 1), value(column, row + 1)};
            if (std::isnan(v[0] + v[1] + v[2] + v[3])) {
                continue;  // the cell leaves the triangle
            }
            const auto [low, high] = std::ranges::minmax(v);
            const double x = double(column) * step, y = double(row) * step;
            const std::array<QPointF, 4> at{QPointF(x, y), QPointF(x + step, y),
                                            QPointF(x + step, y + step), QPointF(x, y + step)};
            for (std::size_t l = 0; l < levels.size(); ++l) {
                if (low < levels[l] && levels[l] <= high) {  // some corners below, some not
                    addCrossings(at, v, levels[l], lines[l]);
                }
            }
        }
    }
    return lines;
}

std::vector<double> levels(double low, double high, int count) {
    // 1, 2 and 5 times powers of ten; finer steps when those leave a narrow range with few lines
    // (a cross-entropy from 1.5 to 3 bits, say).
    std::vector<double> all;
    for (const auto &mantissas :
         {std::vector<double>{1, 2, 5}, std::vector<double>{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8}}) {
        all.clear();
        for (int exponent = -4; exponent <= 4; ++exponent) {
            for (const double mantissa : mantissas) {
                const double level = mantissa * std::pow(10.0, exponent);
                if (level > low && level < high) {
                    all.push_back(level);
                }
            }
        }
        if (all.size() >= 4) {
            break;
        }
    }
    if (int(all.size()) <= count) {
        return all;
    }
    std::vector<double> chosen;
    const double stride = double(all.size() - 1) / double(count - 1);
    for (int k = 0; k < count; ++k) {
        chosen.push_back(all[std::size_t(std::lround(k * stride))]);
    }
    return chosen;
}

}  // namespace Contours
