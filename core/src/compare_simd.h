// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

// The one-pass comparison's totals, the logarithms of a distribution and the exponentials of
// the fits' bumps, four events at a time with AVX2 and SLEEF's vectorised functions (1 ulp), chosen
// at run time: on a processor without AVX2 and FMA the scalar code runs instead. Internal to the
// core.
namespace entropy::simd {

// Whether this processor runs the functions below.
[[nodiscard]] bool available() noexcept;

// The sums of the comparison (see compare.cpp's Sum) over events [0, n4), n4 a multiple of 4,
// added block by block into `totals` (kSums compensated sums, as doubles pairs: sum and
// compensation). Events where exactly one side is 0 are appended to the two lists.
struct Sums {
    double values[8] = {};
};
using BlockSink = void (*)(void *context, const Sums &block);
void compareTotals(const double *p, const double *q, const double *logP, const double *logQ,
                   std::size_t n4, BlockSink sink, void *context,
                   std::vector<std::size_t> &infinitePQ, std::vector<std::size_t> &infiniteQP);

// out[i] = ln(in[i]) for i < n (ln 0 = -inf), n a multiple of 4.
void logs(const double *in, double *out, std::size_t n) noexcept;
// out[i] = e^in[i], e^in[i] - 1 and ln(1 + in[i]) for i < n, n a multiple of 4 (1 ulp).
void exps(const double *in, double *out, std::size_t n) noexcept;
void expm1s(const double *in, double *out, std::size_t n) noexcept;
void log1ps(const double *in, double *out, std::size_t n) noexcept;

}  // namespace entropy::simd
