// SPDX-License-Identifier: MIT
#pragma once

#include <span>

// e^x of many values in place: eight or four at a time with SLEEF (1 ulp) where the processor
// has AVX-512 or AVX2 (compare_simd.h), with the C library's exp otherwise and for the last few.
// Internal to the core.
namespace entropy::batch {

void exp(std::span<double> values) noexcept;

}  // namespace entropy::batch
