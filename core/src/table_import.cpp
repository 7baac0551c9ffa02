// SPDX-License-Identifier: MIT
#include <entropy/distribution.h>
#include <entropy/table_import.h>

#include <charconv>
#include <optional>
#include <unordered_map>

namespace entropy {
namespace {

// One CSV record split into fields, honouring quotes. `end` is where the next record starts.
struct Record {
    std::vector<std::string> fields;
    std::size_t end = 0;
    bool unterminatedQuote = false;
};

Record readRecord(std::string_view text, std::size_t start, char separator) {
    Record record;
    std::string field;
    bool quoted = false;
    std::size_t i = start;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            record.fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            break;
        } else {
            field += c;
        }
    }
    record.unterminatedQuote = quoted;
    record.fields.push_back(std::move(field));
    if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
    }
    record.end = i + 1;
    return record;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

std::optional<double> number(std::string_view cell) {
    cell = trimmed(cell);
    if (cell.size() > 1 && cell.front() == '+') {
        cell.remove_prefix(1);
    }
    double value = 0.0;
    const auto [end, status] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || status != std::errc() || end != cell.data() + cell.size()) {
        return std::nullopt;
    }
    return value;
}

bool isBlankLine(const Record &record) {
    return record.fields.size() == 1 && trimmed(record.fields[0]).empty();
}

char detectSeparator(std::string_view text) {
    const std::string_view firstLine = text.substr(0, text.find('\n'));
    return firstLine.find(';') != std::string_view::npos &&
                   firstLine.find(',') == std::string_view::npos
               ? ';'
               : ',';
}

}  // namespace

std::string alphabeticLabel(std::size_t index) {
    std::string label;
    for (std::size_t i = index + 1; i > 0; i = (i - 1) / 26) {
        label.insert(label.begin(), char('A' + (i - 1) % 26));
    }
    return label;
}

Result<EventTable> parseEventCsv(std::string_view text, std::string_view where) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    const char separator = detectSeparator(text);
    EventTable table;
    std::size_t columns = 0;             // 2 or 3, set by the first row
    std::size_t line = 0, nextLine = 1;  // the record's first line, and the next record's
    const auto error = [&](std::size_t column, const std::string &reason) {
        return InputError{std::string(where), line, reason, "line", column};
    };
    for (std::size_t position = 0; position < text.size();) {
        const Record record = readRecord(text, position, separator);
        line = nextLine;
        for (std::size_t i = position; i < record.end && i < text.size(); ++i) {
            nextLine += text[i] == '\n' ? 1 : 0;
        }
        if (record.end <= text.size() && text[record.end - 1] == '\r') {
            ++nextLine;  // a lone CR ended the line
        }
        position = record.end;
        if (isBlankLine(record)) {
            continue;
        }
        if (record.unterminatedQuote) {
            return error(0, "a quoted field is not closed");
        }
        if (columns == 0) {
            columns = record.fields.size();
            if (columns != 2 && columns != 3) {
                return error(0, "expected the columns label,p,q or p,q but found " +
                                    std::to_string(columns) + " column" +
                                    (columns == 1 ? "" : "s"));
            }
            const std::size_t first = columns - 2;
            if (!number(record.fields[first]) && !number(record.fields[first + 1])) {
                continue;  // a header row: neither p nor q is a number
            }
        }
        if (record.fields.size() != columns) {
            return error(0, "expected " + std::to_string(columns) + " columns but found " +
                                std::to_string(record.fields.size()));
        }
        if (table.p.size() == kMaxEvents) {
            return error(0, "too many events (at most " + std::to_string(kMaxEvents) + ")");
        }
        const std::size_t first = columns - 2;
        for (std::size_t column = first; column < columns; ++column) {
            const auto value = number(record.fields[column]);
            if (!value) {
                const std::string cell(trimmed(record.fields[column]).substr(0, 24));
                return error(column + 1, cell.empty() ? "empty cell where a number belongs"
                                                      : "'" + cell + "' is not a number");
            }
            (column == first ? table.p : table.q).push_back(*value);
        }
        table.labels.push_back(columns == 3 ? std::string(trimmed(record.fields[0]))
                                            : alphabeticLabel(table.labels.size()));
        if (table.labels.back().empty()) {
            table.labels.back() = alphabeticLabel(table.labels.size() - 1);
        }
    }
    if (table.p.empty()) {
        return InputError{std::string(where), 0, "no rows of numbers"};
    }
    return table;
}

EventTable symbolFrequencies(const std::vector<std::string> &symbolsP,
                             const std::vector<std::string> &symbolsQ, double pseudoCount) {
    EventTable table;
    std::unordered_map<std::string, std::size_t> index;
    const auto count = [&](const std::vector<std::string> &symbols, std::vector<double> &counts,
                           std::vector<double> &other) {
        for (const std::string &symbol : symbols) {
            auto [it, added] = index.try_emplace(symbol, table.labels.size());
            if (added) {
                table.labels.push_back(symbol);
                counts.push_back(0.0);
                other.push_back(0.0);
            }
            counts[it->second] += 1.0;
        }
    };
    count(symbolsP, table.p, table.q);
    count(symbolsQ, table.q, table.p);
    for (std::size_t i = 0; i < table.labels.size(); ++i) {
        table.p[i] += pseudoCount;
        table.q[i] += pseudoCount;
    }
    return table;
}

}  // namespace entropy
