// SPDX-License-Identifier: MIT
// The edits the geometric views make: the simplex's and Rényi's settings, and whole
// distributions set from a fit or from a point of the simplex.
#include "documentstate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace edits {

DocumentState setSimplexContours(const DocumentState &state, SimplexContours contours) {
    DocumentState next = state;
    next.contours = contours;
    return next;
}

DocumentState setRenyiAlpha(const DocumentState &state, double alpha) {
    DocumentState next = state;
    if (alpha == std::numeric_limits<double>::infinity()) {
        next.renyiAlpha = alpha;
    } else if (!std::isnan(alpha)) {
        next.renyiAlpha = std::clamp(alpha, 0.0, kMaxRenyiAlpha);
    }
    return next;
}

std::optional<DocumentState> setDistribution(const DocumentState &state, Side side,
                                             const QList<double> &probabilities) {
    if (probabilities.size() != state.events.size()) {
        return std::nullopt;
    }
    double total = 0.0;
    for (const double x : probabilities) {
        if (!(x >= 0.0) || !std::isfinite(x)) {
            return std::nullopt;
        }
        total += x;
    }
    if (!(total > 0.0)) {
        return std::nullopt;
    }
    DocumentState next = state;
    for (qsizetype i = 0; i < probabilities.size(); ++i) {
        next.events[i].value(side) = probabilities[i] / total;
    }
    return next;
}

std::optional<DocumentState> setMergedThree(const DocumentState &state, Side side,
                                            const entropy::Point3 &point) {
    const int n = state.size();
    if (n < 2) {
        return std::nullopt;
    }
    QList<double> values = state.values(side);
    double rest = 0.0;
    for (int i = 2; i < n; ++i) {
        rest += values[i];
    }
    values[0] = std::max(point[0], 0.0);
    values[1] = std::max(point[1], 0.0) + (n == 2 ? std::max(point[2], 0.0) : 0.0);
    for (int i = 2; i < n; ++i) {
        values[i] = std::max(point[2], 0.0) * (rest > 0 ? values[i] / rest : 1.0 / (n - 2));
    }
    return setDistribution(state, side, values);
}

}  // namespace edits
