// SPDX-License-Identifier: MIT
#include <entropy/distribution.h>
#include <entropy/weight_list.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace entropy {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool isSeparator(char c) {
    return c == ',' || isBlank(c);
}

// Where a parse error is: a line for multi-line text, an item for a one-line list.
struct Cursor {
    std::string_view where;
    bool multiLine = false;
    std::size_t line = 1;
    std::size_t item = 0;

    InputError error(const std::string &reason) const {
        if (multiLine) {
            return InputError{std::string(where), line, reason, "line"};
        }
        return InputError{std::string(where), item, reason, "item"};
    }
};

std::string shown(std::string_view token) {
    constexpr std::size_t kLongest = 24;
    return "'" + std::string(token.substr(0, kLongest)) + (token.size() > kLongest ? "...'" : "'");
}

Result<double> parseNumber(std::string_view token, const Cursor &cursor) {
    std::string_view digits = token;
    if (digits.size() > 1 && digits.front() == '+') {
        digits.remove_prefix(1);
    }
    double value = 0.0;
    const auto [end, status] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (status == std::errc::result_out_of_range) {
        return cursor.error(shown(token) + " is out of the range of a double");
    }
    if (status != std::errc() || end != digits.data() + digits.size()) {
        return cursor.error(shown(token) + " is not a number");
    }
    return value;
}

}  // namespace

Result<std::vector<double>> parseWeightList(std::string_view text, std::string_view where) {
    Cursor cursor{where, text.find('\n') != std::string_view::npos};
    std::vector<double> weights;
    bool expectingItem = false;  // just after a comma: an item must follow
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++cursor.line;
        }
        if (c == ',') {
            if (expectingItem || weights.empty()) {
                ++cursor.item;
                return cursor.error("empty item (two separators in a row, or a leading comma)");
            }
            expectingItem = true;
        }
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && !isSeparator(text[end])) {
            ++end;
        }
        ++cursor.item;
        if (weights.size() == kMaxEvents) {
            return cursor.error("too many weights (at most " + std::to_string(kMaxEvents) + ")");
        }
        const auto number = parseNumber(text.substr(i, end - i), cursor);
        if (!number) {
            return number.error();
        }
        weights.push_back(number.value());
        expectingItem = false;
        i = end;
    }
    if (expectingItem) {
        ++cursor.item;
        return cursor.error("empty item after the last comma");
    }
    if (weights.empty()) {
        return InputError{std::string(where), 0, "no weights given"};
    }
    return weights;
}

Result<std::string> readTextFile(const std::string &path, std::size_t maxBytes) {
    std::error_code code;
    const auto status = std::filesystem::status(path, code);
    if (code || !std::filesystem::exists(status)) {
        return InputError{path, 0, "no such file"};
    }
    if (std::filesystem::is_directory(status)) {
        return InputError{path, 0, "is a directory, not a file"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return InputError{path, 0, "cannot be opened for reading (permission denied?)"};
    }
    std::string text;
    constexpr std::size_t kChunk = 1 << 16;
    char buffer[kChunk];
    while (in.read(buffer, kChunk) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes) {
            return InputError{path, 0, "is larger than " + std::to_string(maxBytes >> 20) + " MiB"};
        }
    }
    if (in.bad()) {
        return InputError{path, 0, "could not be read"};
    }
    return text;
}

Result<std::vector<double>> loadWeightList(std::string_view argument, std::string_view name) {
    if (!argument.starts_with('@')) {
        return parseWeightList(argument, name);
    }
    const std::string path(argument.substr(1));
    if (path.empty()) {
        return InputError{std::string(name), 0, "'@' must be followed by a file name"};
    }
    auto text = readTextFile(path, kMaxWeightFileBytes);
    if (!text) {
        InputError error = text.error();
        error.where = std::string(name) + " (" + error.where + ")";
        return error;
    }
    return parseWeightList(text.value(), std::string(name) + " (" + path + ")");
}

}  // namespace entropy
