// SPDX-License-Identifier: MIT
// Fuzz target: the CSV importer, then the comparison of what it read.
#include <entropy/compare.h>
#include <entropy/distribution.h>
#include <entropy/table_import.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto table = entropy::parseEventCsv(text, "fuzz.csv");
    if (!table) {
        (void)table.error().message();
        return 0;
    }
    const auto p = entropy::Distribution::fromWeights(table.value().p, "P");
    const auto q = entropy::Distribution::fromWeights(table.value().q, "Q");
    if (p && q) {
        (void)entropy::compare(p.value(), q.value());
    }
    return 0;
}
