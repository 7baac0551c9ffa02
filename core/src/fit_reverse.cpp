// SPDX-License-Identifier: MIT
// The reverse fit, argmin D(Q_theta||P) over (mu, ln sigma). It is not convex: a P with two humps
// has a minimum on each. The objective is evaluated on a grid of starts, each grid cell lower
// than its eight neighbours is refined by Newton's method (the gradient exact, its Jacobian by
// differences), and refinements that land on the same point are merged.
#include "fit_family.h"

#include <algorithm>
#include <cmath>

namespace entropy::fit_family {
namespace {

constexpr std::size_t kStartColumns = 48, kStartRows = 12;

struct Point {
    double mu, logSigma;
};

struct Box {
    Point low, high;
    [[nodiscard]] Point clamp(Point v) const {
        return {std::clamp(v.mu, low.mu, high.mu),
                std::clamp(v.logSigma, low.logSigma, high.logSigma)};
    }
};

// D(Q||P) in nats, and its gradient Cov_Q(d ln q / d theta, ln q - ln p).
struct Evaluation {
    double value, dMu, dLogSigma;
};

Evaluation evaluate(const Distribution &p, Point v) {
    const BumpSums sums = bumpSums(p, {v.mu, std::exp(v.logSigma)});
    return {sums.reverseNats, sums.dMu, sums.dLogSigma};
}

// Moves `v` along `step`, halving it until the objective falls; false when it cannot.
bool descend(const Distribution &p, Point &v, double value, Point step, const Box &box) {
    for (double t = 1.0; t > 1e-12; t /= 2.0) {
        const Point trial = box.clamp({v.mu + t * step.mu, v.logSigma + t * step.logSigma});
        if (evaluate(p, trial).value < value) {
            const bool moved = trial.mu != v.mu || trial.logSigma != v.logSigma;
            v = trial;
            return moved;
        }
    }
    return false;
}

// Newton from `start`, projected on the box; falls back to steepest descent where the
// curvature is not positive.
Point refine(const Distribution &p, Point start, const Box &box) {
    Point v = start;
    for (int iteration = 0; iteration < 100; ++iteration) {
        const Evaluation at = evaluate(p, v);
        constexpr double h = 1e-5;
        const Evaluation muUp = evaluate(p, {v.mu + h, v.logSigma});
        const Evaluation sigmaUp = evaluate(p, {v.mu, v.logSigma + h});
        const double h11 = (muUp.dMu - at.dMu) / h, h22 = (sigmaUp.dLogSigma - at.dLogSigma) / h;
        const double h12 = 0.5 * ((muUp.dLogSigma - at.dLogSigma) + (sigmaUp.dMu - at.dMu)) / h;
        const double det = h11 * h22 - h12 * h12;
        Point step{-at.dMu, -at.dLogSigma};
        // On a limit of sigma that the descent presses against, Newton in mu alone: the full
        // step, clamped, would creep along the limit (100 iterations for a flat P).
        const bool pinned = (v.logSigma <= box.low.logSigma && at.dLogSigma > 0) ||
                            (v.logSigma >= box.high.logSigma && at.dLogSigma < 0);
        if (pinned) {
            step = {h11 > 0 ? -at.dMu / h11 : -at.dMu, 0.0};
        } else if (h11 > 0 && det > 0) {
            step = {-(h22 * at.dMu - h12 * at.dLogSigma) / det,
                    -(h11 * at.dLogSigma - h12 * at.dMu) / det};
        }
        if (!descend(p, v, at.value, step, box) &&
            !descend(p, v, at.value, {-at.dMu, -at.dLogSigma}, box)) {
            break;
        }
    }
    return v;
}

std::vector<Point> gridMinima(const Distribution &p, const Box &box) {
    const std::size_t columns = std::min(kStartColumns, p.size()), rows = kStartRows;
    std::vector<Point> points;
    std::vector<double> values;
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            const Point v{(double(c) + 0.5) * double(p.size()) / double(columns) - 0.5,
                          box.low.logSigma + (box.high.logSigma - box.low.logSigma) * double(r) /
                                                 double(rows - 1)};
            points.push_back(v);
            values.push_back(evaluate(p, v).value);
        }
    }
    std::vector<Point> minima;
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            bool lowest = true;
            for (std::size_t rr = r == 0 ? 0 : r - 1; rr <= std::min(r + 1, rows - 1); ++rr) {
                for (std::size_t cc = c == 0 ? 0 : c - 1; cc <= std::min(c + 1, columns - 1);
                     ++cc) {
                    lowest = lowest && values[rr * columns + cc] >= values[r * columns + c];
                }
            }
            if (lowest) {
                minima.push_back(points[r * columns + c]);
            }
        }
    }
    return minima;
}

bool samePoint(Point a, Point b) {
    return std::abs(a.mu - b.mu) < 1e-3 * std::max(1.0, std::exp(a.logSigma)) &&
           std::abs(a.logSigma - b.logSigma) < 1e-3;
}

}  // namespace

std::vector<FitMinimum> reverseMinima(const Distribution &p) {
    const double n = double(p.size());
    const Box box{{-n, std::log(kMinFitSigma)}, {2.0 * n, std::log(maxFitSigma(p.size()))}};
    std::vector<std::pair<double, Point>> found;
    for (const Point start : gridMinima(p, box)) {
        const Point v = refine(p, start, box);
        const double value = evaluate(p, v).value;
        const auto same = std::ranges::find_if(
            found, [&](const auto &other) { return samePoint(other.second, v); });
        if (same == found.end()) {
            found.emplace_back(value, v);
        } else if (value < same->first) {
            *same = {value, v};
        }
    }
    std::ranges::sort(found, {}, &std::pair<double, Point>::first);
    std::vector<FitMinimum> minima;
    for (const auto &[value, v] : found) {
        const bool atLimit = v.logSigma <= box.low.logSigma || v.logSigma >= box.high.logSigma;
        minima.push_back({{v.mu, std::exp(v.logSigma)}, value, atLimit});
    }
    return minima;
}

}  // namespace entropy::fit_family
