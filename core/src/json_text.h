// SPDX-License-Identifier: MIT
#pragma once

// Pieces of JSON text the reports share (internal to the core library).
#include <entropy/report.h>

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>

namespace entropy::json {

// A number as the shortest text that reads back as the same double; infinity is the string
// "inf" (the command-line contract), NaN is null.
inline std::string number(double value) {
    if (std::isinf(value)) {
        return value > 0 ? "\"inf\"" : "\"-inf\"";
    }
    return std::isnan(value) ? "null" : formatNumber(value);
}

// A string with quotes, backslashes and control characters escaped.
inline std::string string(const std::string &text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// "key":value pairs joined into one object; each value is JSON text already.
inline std::string object(std::initializer_list<std::pair<const char *, std::string>> fields) {
    std::string out = "{";
    for (const auto &[key, value] : fields) {
        out += (out.size() > 1 ? "," : "") + string(key) + ":" + value;
    }
    return out + "}";
}

}  // namespace entropy::json
