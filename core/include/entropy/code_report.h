// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/codes.h>
#include <entropy/distribution.h>
#include <entropy/sampling.h>

#include <string>
#include <vector>

// The `code` and `sample` command outputs, as JSON (the contract) or a table for people.
// Infinite values are the string "inf" in JSON, as in `compute`.
namespace entropy {

[[nodiscard]] std::string formatCodeJson(const Distribution &p, const Distribution &q,
                                         const CodeComparison &codes,
                                         const std::vector<std::string> &labels);
[[nodiscard]] std::string formatCodeTable(const Distribution &p, const Distribution &q,
                                          const CodeComparison &codes,
                                          const std::vector<std::string> &labels);

[[nodiscard]] std::string formatSampleJson(const SampleRun &run);
[[nodiscard]] std::string formatSampleTable(const SampleRun &run,
                                            const std::vector<std::string> &labels);

}  // namespace entropy
