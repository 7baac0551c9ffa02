// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

// What a computation gives for one distribution, remembered for the last two distributions it
// was asked about (P and Q), by their probabilities: a drag of P leaves Q's result as it was,
// and one of 65,536 events (a Huffman code, say) takes milliseconds. Safe to share with the
// pool's threads; the computation itself runs outside the lock, so two threads asking for the
// same new distribution at once may both compute it.
template <class Result>
class DistributionMemo {
public:
    using Compute = Result (*)(const entropy::Distribution &);

    explicit DistributionMemo(Compute compute) : m_compute(compute) {}

    [[nodiscard]] std::shared_ptr<const Result> get(const entropy::Distribution &d) {
        {
            const std::lock_guard lock(m_mutex);
            for (std::size_t k = 0; k < m_entries.size(); ++k) {
                const Entry &entry = m_entries[k];
                if (entry.result && std::ranges::equal(entry.probabilities, d.probabilities())) {
                    if (k != 0) {
                        std::swap(m_entries[k], m_entries[0]);  // now the most recently used
                    }
                    return m_entries[0].result;
                }
            }
        }
        auto result = std::make_shared<const Result>(m_compute(d));
        const std::lock_guard lock(m_mutex);
        m_entries[1] = std::exchange(
            m_entries[0], Entry{{d.probabilities().begin(), d.probabilities().end()}, result});
        return result;
    }

private:
    struct Entry {
        std::vector<double> probabilities;
        std::shared_ptr<const Result> result;
    };
    Compute m_compute;
    std::mutex m_mutex;
    std::array<Entry, 2> m_entries;  // the most recently used first
};
