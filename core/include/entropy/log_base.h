// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace entropy {

// The unit every quantity is reported in: the base of the logarithm.
enum class LogBase { Bits, Nats, Hartleys };

// Natural log of the base: divide a quantity in nats by this to get it in the base's unit.
[[nodiscard]] constexpr double lnOfBase(LogBase base) noexcept {
    switch (base) {
        case LogBase::Bits:
            return 0.693147180559945309417232121458176568;  // ln 2
        case LogBase::Hartleys:
            return 2.30258509299404568401799145468436421;  // ln 10
        case LogBase::Nats:
            break;
    }
    return 1.0;
}

// "2", "e" or "10": how the command line and session files spell a base.
[[nodiscard]] std::string_view baseLabel(LogBase base) noexcept;
// "bits", "nats" or "hartleys".
[[nodiscard]] std::string_view unitName(LogBase base) noexcept;
// Accepts "2", "e", "10" and the unit names ("bits", "nats", "hartleys", "bit", "nat", "hartley").
[[nodiscard]] std::optional<LogBase> parseLogBase(std::string_view text) noexcept;

}  // namespace entropy
