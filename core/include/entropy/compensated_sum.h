// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace entropy {

// Neumaier's compensated summation: the rounding error of each addition is carried along, so
// the total of n terms is as good as if it were summed in twice the precision, whatever n is.
class CompensatedSum {
public:
    constexpr void add(double term) noexcept {
        const double total = m_sum + term;
        m_compensation +=
            std::abs(m_sum) >= std::abs(term) ? (m_sum - total) + term : (term - total) + m_sum;
        m_sum = total;
    }
    [[nodiscard]] constexpr double value() const noexcept { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

}  // namespace entropy
