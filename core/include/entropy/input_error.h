// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace entropy {

// A problem with something a user gave us, said so that they can find it:
// "Q, event 3: negative weight -0.2". `where` names the thing (a distribution, a file),
// `position` is 1-based (0 when the problem is not at one place), and so is `column`.
struct InputError {
    std::string where;
    std::size_t position = 0;
    std::string reason;
    std::string positionKind = "event";
    std::size_t column = 0;

    [[nodiscard]] std::string message() const {
        std::string text = where;
        if (position > 0) {
            text += text.empty() ? "" : ", ";
            text += positionKind + " " + std::to_string(position);
        }
        if (column > 0) {
            text += text.empty() ? "" : ", ";
            text += "column " + std::to_string(column);
        }
        return text.empty() ? reason : text + ": " + reason;
    }
};

// A value or the InputError that kept us from making it.
template <class T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(InputError error) : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const InputError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, InputError> m_state;
};

}  // namespace entropy
