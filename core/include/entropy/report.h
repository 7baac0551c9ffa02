// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/compare.h>
#include <entropy/renyi.h>

#include <optional>
#include <string>
#include <vector>

namespace entropy {

// One JSON object with every quantity and the per-event terms (the `compute --format json`
// contract), plus renyi_alpha, renyi_pq, renyi_qp, renyi_entropy_p and renyi_entropy_q when
// `renyi` is given. Numbers are the shortest text that reads back as the same double, so
// nothing is lost; an infinite value is the string "inf".
[[nodiscard]] std::string formatJson(const Comparison &comparison,
                                     const std::optional<RenyiValues> &renyi = std::nullopt);

// A table for people: the quantities with their unit, then one row per event.
[[nodiscard]] std::string formatTable(const Comparison &comparison,
                                      const std::optional<RenyiValues> &renyi = std::nullopt);

// The per-event table as CSV with a header row: label, p, q, both surprisals, both KL terms
// and both cross-entropy terms, in the comparison's unit. `labels` names the events.
[[nodiscard]] std::string formatEventCsv(const Comparison &comparison,
                                         const std::vector<std::string> &labels);

// The totals as CSV: quantity, value, unit.
[[nodiscard]] std::string formatSummaryCsv(const Comparison &comparison);

// `value` as the shortest text that reads back as the same double ("inf", "-inf", "nan").
[[nodiscard]] std::string formatNumber(double value);

}  // namespace entropy
