// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/input_error.h>

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace entropy {

// The most events a distribution may have. It bounds the memory any input can make us use.
inline constexpr std::size_t kMaxEvents = 1'000'000;

// A discrete probability distribution over N >= 1 events, built from non-negative finite
// weights normalised by their sum. It keeps the natural log of each probability (-inf for a
// zero) beside it, so that comparing two distributions needs no further logarithm of p or q.
class Distribution {
public:
    // Fails, naming `name` and the 1-based event, on an empty list, a negative, NaN or
    // infinite weight, all-zero weights, or more than kMaxEvents events.
    [[nodiscard]] static Result<Distribution> fromWeights(std::span<const double> weights,
                                                          std::string_view name);

    [[nodiscard]] std::size_t size() const noexcept { return m_probabilities.size(); }
    [[nodiscard]] double operator[](std::size_t event) const noexcept {
        return m_probabilities[event];
    }
    [[nodiscard]] std::span<const double> probabilities() const noexcept { return m_probabilities; }
    // ln p of each event; -infinity where p = 0.
    [[nodiscard]] std::span<const double> logProbabilities() const noexcept {
        return m_logProbabilities;
    }

private:
    Distribution(std::vector<double> probabilities, std::vector<double> logProbabilities)
        : m_probabilities(std::move(probabilities))
        , m_logProbabilities(std::move(logProbabilities)) {}

    std::vector<double> m_probabilities;
    std::vector<double> m_logProbabilities;
};

}  // namespace entropy
