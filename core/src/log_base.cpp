// SPDX-License-Identifier: MIT
#include <entropy/log_base.h>

namespace entropy {

std::string_view baseLabel(LogBase base) noexcept {
    switch (base) {
        case LogBase::Bits:
            return "2";
        case LogBase::Nats:
            return "e";
        case LogBase::Hartleys:
            return "10";
    }
    return "2";
}

std::string_view unitName(LogBase base) noexcept {
    switch (base) {
        case LogBase::Bits:
            return "bits";
        case LogBase::Nats:
            return "nats";
        case LogBase::Hartleys:
            return "hartleys";
    }
    return "bits";
}

std::optional<LogBase> parseLogBase(std::string_view text) noexcept {
    if (text == "2" || text == "bits" || text == "bit") {
        return LogBase::Bits;
    }
    if (text == "e" || text == "nats" || text == "nat") {
        return LogBase::Nats;
    }
    if (text == "10" || text == "hartleys" || text == "hartley") {
        return LogBase::Hartleys;
    }
    return std::nullopt;
}

}  // namespace entropy
