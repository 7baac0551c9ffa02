// SPDX-License-Identifier: MIT
// Fuzz target: the command line's weight-list parser, then building a distribution from it.
#include <entropy/compare.h>
#include <entropy/distribution.h>
#include <entropy/weight_list.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto weights = entropy::parseWeightList(text, "P");
    if (!weights) {
        (void)weights.error().message();
        return 0;
    }
    const auto distribution = entropy::Distribution::fromWeights(weights.value(), "P");
    if (distribution) {
        (void)entropy::compare(distribution.value(), distribution.value());
    }
    return 0;
}
