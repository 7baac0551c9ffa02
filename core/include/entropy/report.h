#pragma once

#include <entropy/compare.h>

#include <string>

namespace entropy {

// One JSON object with every quantity and the per-event terms (the `compute --format json`
// contract). Numbers are the shortest text that reads back as the same double, so nothing is
// lost; an infinite value is the string "inf".
[[nodiscard]] std::string formatJson(const Comparison &comparison);

// A table for people: the quantities with their unit, then one row per event.
[[nodiscard]] std::string formatTable(const Comparison &comparison);

// `value` as the shortest text that reads back as the same double ("inf", "-inf", "nan").
[[nodiscard]] std::string formatNumber(double value);

}  // namespace entropy
