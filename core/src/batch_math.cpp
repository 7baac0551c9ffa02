// SPDX-License-Identifier: MIT
#include "batch_math.h"

#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <cmath>

namespace entropy::batch {
namespace {

using Vectorised = std::size_t (*)(const double *, double *, std::size_t) noexcept;

#if ENTROPY_SIMD
constexpr Vectorised kExp = simd::exps;
#else
constexpr Vectorised kExp = nullptr;
#endif

// `vectorised` on the longest prefix it can do (none where the processor has no vector unit it
// uses), then `scalar` on the rest.
template <class Scalar>
void apply(std::span<double> values, Vectorised vectorised, Scalar scalar) noexcept {
    std::size_t start = 0;
#if ENTROPY_SIMD
    start = vectorised(values.data(), values.data(), values.size());
#endif
    for (std::size_t i = start; i < values.size(); ++i) {
        values[i] = scalar(values[i]);
    }
}

}  // namespace

void exp(std::span<double> values) noexcept {
    apply(values, kExp, [](double x) { return std::exp(x); });
}

}  // namespace entropy::batch
