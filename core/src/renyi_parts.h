// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

// What Rényi's divergences (renyi.cpp) and entropies (renyi_entropy.cpp) share: both sum
// S = sum p e^(b r) (r = ln(p/q) for a divergence, ln p for an entropy; b = order - 1) and take
// its log. Internal to the core.
namespace entropy::renyi_parts {

// log S from S - 1, when that keeps its digits: S - 1 is summed from terms of one sign, so it
// has them unless it overflowed, or S is so small that 1 + (S - 1) cancels. Nothing otherwise.
[[nodiscard]] std::optional<double> logOfSum(double sMinusOne);

// sum e^(ln p + b r - shift): log S far from 1, shifted by its largest exponent.
[[nodiscard]] double shiftedSum(const std::vector<double> &logP, const std::vector<double> &r,
                                double b, double shift);

}  // namespace entropy::renyi_parts
