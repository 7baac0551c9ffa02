// SPDX-License-Identifier: MIT
#include <entropy/compensated_sum.h>
#include <entropy/distribution.h>

#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace entropy {
namespace {

std::string formatWeight(double weight) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, weight).ptr;
    return std::string(buffer, end);
}

Result<double> checkedTotal(std::span<const double> weights, std::string_view name) {
    const std::string where(name);
    if (weights.empty()) {
        return InputError{where, 0, "no events (the list of weights is empty)"};
    }
    if (weights.size() > kMaxEvents) {
        return InputError{where, 0,
                          "too many events (" + std::to_string(weights.size()) + "; at most " +
                              std::to_string(kMaxEvents) + ")"};
    }
    CompensatedSum total;
    std::size_t start = 0;
#if ENTROPY_SIMD
    // Many at a time; where a weight is bad, the loop below goes over them all again to name it.
    bool valid = true;
    start = simd::addWeights(weights.data(), weights.size(), total, valid);
    if (!valid) {
        start = 0;
        total = {};
    }
#endif
    for (std::size_t i = start; i < weights.size(); ++i) {
        const double weight = weights[i];
        if (std::isnan(weight)) {
            return InputError{where, i + 1, "weight is not a number (NaN)"};
        }
        if (std::isinf(weight)) {
            return InputError{where, i + 1, "infinite weight " + formatWeight(weight)};
        }
        if (weight < 0.0) {
            return InputError{where, i + 1, "negative weight " + formatWeight(weight)};
        }
        total.add(weight);
    }
    if (total.value() == 0.0) {
        return InputError{where, 0, "all weights are zero"};
    }
    return total.value();
}

}  // namespace

Result<Distribution> Distribution::fromWeights(std::span<const double> weights,
                                               std::string_view name) {
    auto total = checkedTotal(weights, name);
    if (!total) {
        return total.error();
    }
    // Weights near the limits of double (a sum that overflows, or subnormal weights) are first
    // scaled by their largest value, which is exact in the common case and keeps every
    // probability a normal number where it can be one.
    double scale = 1.0;
    double sum = total.value();
    if (!std::isfinite(sum) || sum < 1e-290) {
        scale = *std::max_element(weights.begin(), weights.end());
        CompensatedSum scaled;
        for (const double weight : weights) {
            scaled.add(weight / scale);
        }
        sum = scaled.value();
    }

    std::vector<double> probabilities(weights.size());
    std::vector<double> logs(weights.size());
    // Divided and logged many at a time where the processor can (in one pass when unscaled),
    // then one at a time.
    std::size_t divided = 0, logged = 0;
#if ENTROPY_SIMD
    if (scale == 1.0) {
        divided = logged =
            simd::normalise(weights.data(), weights.size(), sum, probabilities.data(), logs.data());
    }
#endif
    for (std::size_t i = divided; i < weights.size(); ++i) {
        probabilities[i] = (weights[i] / scale) / sum;
    }
#if ENTROPY_SIMD
    if (logged == 0) {
        logged = simd::logs(probabilities.data(), logs.data(), weights.size());
    }
#endif
    for (std::size_t i = logged; i < weights.size(); ++i) {
        logs[i] = std::log(probabilities[i]);  // log(0) = -inf, by IEEE 754
    }
    return Distribution(std::move(probabilities), std::move(logs));
}

}  // namespace entropy
