// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/input_error.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entropy {

// Labelled events with a weight for P and for Q: what an import produces.
struct EventTable {
    std::vector<std::string> labels;
    std::vector<double> p, q;
};

// Reads a table of events from CSV text: columns `label,p,q`, or `p,q` (labels are then
// A, B, C, ...). A header row is optional (recognised by non-numeric p and q cells). Fields
// are separated by commas or semicolons (whichever the first row uses) and may be quoted
// ("a, b" and "say ""hi""" work); CRLF line ends, a UTF-8 byte order mark and blank lines are
// accepted. Errors name `where`, the line and the column: "data.csv, line 4, column 2: 'x' is
// not a number". Weights are not checked for sign here; Distribution::fromWeights does that.
[[nodiscard]] Result<EventTable> parseEventCsv(std::string_view text, std::string_view where);

// "A".."Z", "AA", ...: the label of the 0-based event `index` when a source gives none.
[[nodiscard]] std::string alphabeticLabel(std::size_t index);

// Frequencies of symbols in two sequences over their common alphabet: every symbol seen in
// either, in order of first appearance in P's sequence, then Q's. A symbol seen in one only has
// weight 0 on the other side (making one KL direction infinite) unless `pseudoCount` > 0,
// which is added to every count (additive, or Laplace, smoothing).
[[nodiscard]] EventTable symbolFrequencies(const std::vector<std::string> &symbolsP,
                                           const std::vector<std::string> &symbolsQ,
                                           double pseudoCount = 0.0);

}  // namespace entropy
