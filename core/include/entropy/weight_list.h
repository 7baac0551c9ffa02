// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/input_error.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entropy {

// The largest file of weights we read (a million weights take about 25 MB of text).
inline constexpr std::size_t kMaxWeightFileBytes = 64u << 20;

// Parses weights separated by commas, spaces, tabs or newlines ("0.5, 0.25 0.25"). Numbers
// are not checked for sign or range here; Distribution::fromWeights does that. Errors name
// `where`, and the line (in multi-line text) or item where parsing stopped. Stops early,
// with an error, once there are more than kMaxEvents weights.
[[nodiscard]] Result<std::vector<double>> parseWeightList(std::string_view text,
                                                          std::string_view where);

// The whole of a text file, or an error naming it: missing, a directory, unreadable, or
// larger than `maxBytes`.
[[nodiscard]] Result<std::string> readTextFile(const std::string &path, std::size_t maxBytes);

// A command-line weight list: "0.5,0.5", or "@PATH" for a file of weights.
// `name` ("P" or "Q") starts every error message.
[[nodiscard]] Result<std::vector<double>> loadWeightList(std::string_view argument,
                                                         std::string_view name);

}  // namespace entropy
