// SPDX-License-Identifier: MIT
#pragma once

// The vectorised kernels, written once over a vector of doubles and included by one source file
// per instruction set (simd_avx2.cpp, simd_avx512.cpp), each compiled for its set. All of it
// has internal linkage, and it calls no inline function of the standard library or the core
// (not std::min, not std::vector's members, not CompensatedSum): the linker keeps one copy of
// each such function for the whole program, and the one compiled for AVX-512 would crash
// everywhere else. tests/core/check_simd_objects.sh checks the objects for this.
//
// An Isa names a GCC vector type V (+ - * / and comparisons work lane by lane, ?: selects by a
// comparison, and a scalar operand stands for every lane) and supplies what operators cannot:
// fmadd(a, b, c) = a b + c rounded once, abs, SLEEF's log, exp, expm1 and log1p (1 ulp),
// and zeros(x), a bit per lane where x = 0.
#include "simd_common.h"
#include "simd_curve_kernels.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace entropy::simd {
namespace {

// 1/3 + v2/5 + v2^2/7 + ... + v2^7/17: Loader's series, as nearDeviance in compare.cpp.
constexpr double kLoaderTerms[] = {1.0 / 15, 1.0 / 13, 1.0 / 11, 1.0 / 9,
                                   1.0 / 7,  1.0 / 5,  1.0 / 3};
template <class Isa, class V = typename Isa::V>
V series(V v2) noexcept {
    V s = all<V>(1.0 / 17);
    for (const double odd : kLoaderTerms) {
        s = Isa::fmadd(s, v2, all<V>(odd));
    }
    return s;
}

// dev(x, y) = x log(x/y) + y - x >= 0 and dev(y, x), given v = (x - y)/(x + y): the near and
// far forms both computed and blended, with the zeros' conventions (dev(0, y) = y, and +inf
// where y = 0 < x). With v' = -v the near forms share the series: d v +- 2 (x or y) v^3 S.
template <class V>
struct DeviancePair {
    V forward, backward;
};
template <class Isa, class V = typename Isa::V>
DeviancePair<V> deviancesBothWays(V x, V y, V logX, V logY, V v) noexcept {
    const V difference = x - y;
    const V v2 = v * v;
    const V shared = difference * v;
    const V cubic = (v * v2) * series<Isa>(v2);
    const auto near = Isa::abs(difference) < 0.1 * (x + y);
    const V forward = near ? Isa::fmadd(2.0 * x, cubic, shared) : Isa::fmadd(x, logX - logY, y - x);
    const V backward =
        near ? Isa::fmadd(-2.0 * y, cubic, shared) : Isa::fmadd(y, logY - logX, x - y);
    const V infinity = all<V>(INFINITY);
    return {x == 0.0 ? y : (y == 0.0 ? infinity : forward),
            y == 0.0 ? x : (x == 0.0 ? infinity : backward)};
}

// -x log y, 0 where x = 0 (so 0 log 0 = 0), +inf where y = 0 < x.
template <class V>
V cross(V x, V logY) noexcept {
    return x == 0.0 ? V{} : 0.0 - x * logY;
}

// 2 x the Jensen-Shannon term, p log(p/m) + q log(q/m) with m = (p+q)/2, or (p+q) ln 2 at a
// zero; v = (p-q)/(p+q). Near p = q, where those logs cancel, it is the series
// (p+q)/2 (v^2 + v^4/6 + v^6/15 + ...), the sum of v^2k / (k (2k-1)): for |v| < 0.2 eleven
// terms leave less than 1e-17 of it.
constexpr double kJensenShannonTerms[] = {
    1.0 / (10 * 19), 1.0 / (9 * 17), 1.0 / (8 * 15), 1.0 / (7 * 13), 1.0 / (6 * 11),
    1.0 / (5 * 9),   1.0 / (4 * 7),  1.0 / (3 * 5),  1.0 / (2 * 3),  1.0};
template <class Isa, class V = typename Isa::V>
V jensenShannon(V p, V q, V logP, V logQ, V logM, V v) noexcept {
    const V sum = p + q;
    const V v2 = v * v;
    V series = all<V>(1.0 / (11 * 21));
    for (const double term : kJensenShannonTerms) {
        series = Isa::fmadd(series, v2, all<V>(term));
    }
    const V nearForm = (0.5 * sum) * (v2 * series);
    const V farForm = Isa::fmadd(p, logP - logM, q * (logQ - logM));
    const V finite = Isa::abs(v) < 0.2 ? nearForm : farForm;
    return p == 0.0 || q == 0.0 ? sum * std::numbers::ln2 : finite;
}

// The per-event terms of one vector of events: as compare.cpp's scalar pass.
template <class V>
void storeTerms(const EventColumns &out, std::size_t i, V p, V q, V logP, V logQ,
                DeviancePair<V> deviances, const V (&crosses)[4]) noexcept {
    const double lnBase = out.lnBase;
    store(out.p + i, p);
    store(out.q + i, q);
    store(out.surprisalP + i, (0.0 - logP) / lnBase);
    store(out.surprisalQ + i, (0.0 - logQ) / lnBase);
    store(out.entropyP + i, crosses[0] / lnBase);
    store(out.entropyQ + i, crosses[1] / lnBase);
    store(out.crossEntropyPQ + i, crosses[2] / lnBase);
    store(out.crossEntropyQP + i, crosses[3] / lnBase);
    // p log(p/q) = dev(p, q) - (q - p): 0 when p = 0, inf when q = 0 < p.
    store(out.klPQ + i, (deviances.forward - (q - p)) / lnBase);
    store(out.klQP + i, (deviances.backward - (p - q)) / lnBase);
}

template <class Isa, class V = typename Isa::V>
void compare(const Pass &pass, std::size_t n) {
    const double *p = pass.p, *q = pass.q, *logP = pass.logP, *logQ = pass.logQ;
    for (std::size_t block = 0; block < n; block += kBlock) {
        const std::size_t end = block + kBlock < n ? block + kBlock : n;
        // The logs of the midpoints m = (p+q)/2 first: SLEEF's log is a call, which would
        // otherwise spill every register of the loop below around it.
        double logMidpoints[kBlock];
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            store(logMidpoints + (i - block), Isa::log(0.5 * (load<V>(p + i) + load<V>(q + i))));
        }
        V sums[kSums] = {};
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            const V vp = load<V>(p + i), vq = load<V>(q + i);
            const V lp = load<V>(logP + i), lq = load<V>(logQ + i);
            const V v = (vp - vq) / (vp + vq);
            const V crosses[4] = {cross(vp, lp), cross(vq, lq), cross(vp, lq), cross(vq, lp)};
            const DeviancePair<V> deviances = deviancesBothWays<Isa>(vp, vq, lp, lq, v);
            for (std::size_t k = 0; k < 4; ++k) {
                sums[k] += crosses[k];
            }
            sums[4] += deviances.forward;
            sums[5] += deviances.backward;
            sums[6] += jensenShannon<Isa>(vp, vq, lp, lq, load<V>(logMidpoints + (i - block)), v);
            sums[7] += Isa::abs(vp - vq);
            if (pass.columns) {
                storeTerms(*pass.columns, i, vp, vq, lp, lq, deviances, crosses);
            }
            const unsigned pZero = Isa::zeros(vp), qZero = Isa::zeros(vq);
            if (pZero | qZero) {
                appendOneSidedZeros(pZero, qZero, i, kLanes<V>, *pass.infinitePQ, *pass.infiniteQP);
            }
        }
        Sums blockSums;
        for (std::size_t s = 0; s < kSums; ++s) {
            blockSums.values[s] = sumLanes(sums[s]);
        }
        pass.sink(pass.context, blockSums);
    }
}

// The weights' sum in each lane, and the rounding errors of its additions (Knuth's TwoSum),
// into partials[0, 2 lanes); false if any weight is NaN, infinite or negative.
template <class V>
bool addWeights(const double *weights, std::size_t n, double *partials) noexcept {
    static_assert(kLanes<V> <= kMaxLanes);
    constexpr double kLargest = std::numeric_limits<double>::max();
    V sum{}, error{};
    decltype(V{} < V{}) invalid{};
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V weight = load<V>(weights + i);
        invalid |= ~((weight >= 0.0) & (weight <= kLargest));
        const V next = sum + weight;
        const V weightPart = next - sum;
        error += (sum - (next - weightPart)) + (weight - weightPart);
        sum = next;
    }
    store(partials, sum);
    store(partials + kLanes<V>, error);
    for (std::size_t lane = 0; lane < kLanes<V>; ++lane) {
        if (invalid[lane]) {
            return false;
        }
    }
    return true;
}

// probabilities[i] = weights[i] / total and their logs (ln 0 = -inf), in one pass.
template <class Isa, class V = typename Isa::V>
void normalise(const double *weights, std::size_t n, double total, double *probabilities,
               double *logs) noexcept {
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V probability = load<V>(weights + i) / total;
        store(probabilities + i, probability);
        store(logs + i, Isa::log(probability));
    }
}

template <class V, V (*f)(V)>
void map(const double *in, double *out, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        store(out + i, f(load<V>(in + i)));
    }
}

template <class Isa, class V = typename Isa::V>
constexpr Functions functionsFor = {
    .lanes = kLanes<V>,
    .compare = compare<Isa>,
    .addWeights = addWeights<V>,
    .normalise = normalise<Isa>,
    .logs = map<V, Isa::log>,
    .exps = map<V, Isa::exp>,
    .logRatios = logRatios<Isa>,
    .renyiNear = renyiNear<Isa>,
    .renyiCurveSums = renyiCurveSums<Isa>,
    .renyiEntropyCurveSums = renyiEntropyCurveSums<Isa>,
    .renyiEntropySum = renyiEntropySum<Isa>,
    .renyiFar = renyiFar<Isa>,
    .gaussianSums = gaussianSums<Isa>,
};

}  // namespace
}  // namespace entropy::simd
