// SPDX-License-Identifier: MIT
#pragma once

// What the vectorised kernels (simd_kernels.h, simd_curve_kernels.h) share: moving vectors to and
// from memory, and reducing their lanes. Internal linkage only, as the kernels (see
// simd_kernels.h).
#include "compare_simd.h"

#include <cstring>

namespace entropy::simd {
namespace {

template <class V>
V load(const double *from) noexcept {
    V v;
    std::memcpy(&v, from, sizeof v);
    return v;
}

template <class V>
void store(double *to, V v) noexcept {
    std::memcpy(to, &v, sizeof v);
}

// x in every lane. As x - 0, not 0 + x: that is x for every x, -0 included, so the compiler
// broadcasts x; 0 + x is +0 for x = -0, and was computed, then broadcast, at every use.
template <class V>
V all(double x) noexcept {
    return x - V{};
}

template <class V>
constexpr std::size_t kLanes = sizeof(V) / sizeof(double);

// The lanes added in pairs, then pairs of pairs: once per block, so through memory.
template <class V>
double sumLanes(V x) noexcept {
    double lanes[kLanes<V>];
    store(lanes, x);
    for (std::size_t width = kLanes<V> / 2; width > 0; width /= 2) {
        for (std::size_t i = 0; i < width; ++i) {
            lanes[i] += lanes[i + width];
        }
    }
    return lanes[0];
}

constexpr std::size_t kBlock = 64;  // events per block, as in the scalar pass

// The largest lane.
template <class V>
double maxLanes(V x) noexcept {
    double lanes[kLanes<V>];
    store(lanes, x);
    double most = lanes[0];
    for (std::size_t i = 1; i < kLanes<V>; ++i) {
        most = lanes[i] > most ? lanes[i] : most;
    }
    return most;
}

// How many lanes a comparison holds true in.
template <class V, class Mask>
std::size_t countLanes(Mask mask) noexcept {
    std::size_t count = 0;
    for (std::size_t lane = 0; lane < kLanes<V>; ++lane) {
        count += mask[lane] != 0 ? 1 : 0;
    }
    return count;
}

}  // namespace
}  // namespace entropy::simd
