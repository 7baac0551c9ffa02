// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/table_import.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Ready-made pairs of distributions for a lesson: textbook examples and parameterised
// families. Names are stable (the command line's --preset); titles and explanations are
// English here and translated by the window.
namespace entropy {

struct Preset {
    std::string name;         // "fair-vs-biased-coin"
    std::string title;        // "A fair coin and a biased coin"
    std::string explanation;  // what to look at, in a few sentences
    EventTable events;
};

[[nodiscard]] const std::vector<std::string> &presetNames();
[[nodiscard]] std::optional<Preset> findPreset(std::string_view name);

}  // namespace entropy
