// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/log_base.h>

#include <array>
#include <cstddef>
#include <span>
#include <vector>

// The probability simplex of three events: every distribution (x1, x2, x3) is a point of a
// triangle. Here the triangle has event 1 at the top, event 2 bottom left and event 3 bottom
// right, inside a box of width 1 and height sqrt(3)/2 with y growing downwards, as in an image.
// A corner is an event with probability 1; an edge is where one event has probability 0.
namespace entropy {

using Point3 = std::array<double, 3>;

inline constexpr double kSimplexHeight = 0.86602540378443864676;  // sqrt(3)/2

// What a contour map of the simplex shows, for a fixed reference R and the moving point X.
// The conventions are KL's: 0 log 0 = 0, and x_i = 0 < r_i makes D(R||X) and H(R,X) +infinity.
enum class PointMeasure {
    KLFromReference,  // D(R || X)
    KLToReference,    // D(X || R)
    JensenShannon,    // JS(R, X), symmetric and never infinite
    CrossEntropy,     // H(R, X)
};

[[nodiscard]] double pointMeasure(PointMeasure measure, const Point3 &reference, const Point3 &x,
                                  LogBase base) noexcept;

// Three events from many: the first, the second, and the sum of the rest. Normalised.
[[nodiscard]] Point3 mergeToThree(std::span<const double> probabilities) noexcept;

struct PlanePoint {
    double x = 0, y = 0;
};
[[nodiscard]] PlanePoint simplexPosition(const Point3 &p) noexcept;
// The distribution at a position; components below 0 mean the position is outside the triangle.
[[nodiscard]] Point3 simplexPoint(PlanePoint position) noexcept;

// The measure on a grid over the triangle's box: `columns` points across (x from 0 to 1) and as
// many rows as keep the spacing square (y from 0 to sqrt(3)/2). Points outside the triangle are
// NaN. Row-major.
struct SimplexField {
    std::size_t columns = 0, rows = 0;
    std::vector<double> values;
    [[nodiscard]] PlanePoint position(std::size_t column, std::size_t row) const noexcept;
};
[[nodiscard]] SimplexField simplexField(PointMeasure measure, const Point3 &reference,
                                        std::size_t columns, LogBase base);

// The two paths from P to Q: the mixture (1-t) P + t Q, and the geometric (normalised)
// P^(1-t) Q^t, which is 0 wherever P or Q is 0 for 0 < t < 1. `samples` >= 2 points, t from 0
// to 1; a geometric point where P and Q share no event is left out.
[[nodiscard]] std::vector<Point3> mixturePath(const Point3 &p, const Point3 &q,
                                              std::size_t samples);
[[nodiscard]] std::vector<Point3> geometricPath(const Point3 &p, const Point3 &q,
                                                std::size_t samples);

}  // namespace entropy
