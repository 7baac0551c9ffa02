// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/simplex.h>

#include <QLineF>

#include <span>
#include <vector>

// Isolines of a simplex field by marching squares, in the field's own coordinates (the unit
// triangle's box). Cells with a corner outside the triangle are skipped; an infinite corner
// counts as above every level, so a line runs between it and its finite neighbours.
namespace Contours {

// One list of segments for each of `levels`.
[[nodiscard]] std::vector<std::vector<QLineF>> isolines(const entropy::SimplexField &field,
                                                        std::span<const double> levels);

// Round levels (1, 2 and 5 times powers of ten, or finer steps when those give fewer than four)
// strictly between `low` and `high`: at most `count`, spread evenly on a log scale.
[[nodiscard]] std::vector<double> levels(double low, double high, int count = 7);

}  // namespace Contours
