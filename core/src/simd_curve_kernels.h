// SPDX-License-Identifier: MIT
#pragma once

// The kernels of the views' curves and grids: Rényi's divergences and entropies over the orders,
// and the fits' sums over a Gaussian bump. Included by simd_kernels.h, under its rules.
#include "simd_common.h"

#include <cmath>

namespace entropy::simd {
namespace {

// The series of g(r) / r^2 at r, its kRenyiSeriesTerms coefficients c (Horner's scheme).
template <class Isa, class V = typename Isa::V>
V renyiSeries(const double *c, V r) noexcept {
    V series = all<V>(c[kRenyiSeriesTerms - 1]);
    for (std::size_t k = kRenyiSeriesTerms - 1; k-- > 0;) {
        series = Isa::fmadd(series, r, all<V>(c[k]));
    }
    return series;
}

// ln(p/q) for Rényi's divergences, as renyi.cpp's sharedEvents: ln(1 + ratio) and ln p - ln q
// both computed and blended.
template <class Isa, class V = typename Isa::V>
void logRatios(const double *p, const double *q, const double *logP, const double *logQ, double *r,
               std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V vq = load<V>(q + i);
        const V ratio = (load<V>(p + i) - vq) / vq;
        const V near = Isa::log1p(ratio), far = load<V>(logP + i) - load<V>(logQ + i);
        store(r + i, Isa::abs(ratio) < 0.5 ? near : far);
    }
}

// Rényi's sum p g(r), g(r) = (e^(b r) - 1)/b + e^(-r) - 1: by its series (Horner's scheme) where
// |r| and |b r| are at most 1/2, else from SLEEF's expm1; both computed and blended, as renyi.cpp's
// scalar pg. And the largest ln p + b r, for the far form's shift.
template <class Isa, class V = typename Isa::V>
void renyiNear(const RenyiTerms &terms, std::size_t n, double *sums) noexcept {
    const double b = terms.b;
    V sum{}, largest = all<V>(-INFINITY);
    for (std::size_t block = 0; block < n; block += kBlock) {
        const std::size_t end = block + kBlock < n ? block + kBlock : n;
        // The exponentials first, as compare's logs: the call would spill the loop's registers.
        double expm1s[kBlock];
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            store(expm1s + (i - block), Isa::expm1(b * load<V>(terms.r + i)));
        }
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            const V p = load<V>(terms.p + i), q = load<V>(terms.q + i), r = load<V>(terms.r + i);
            const V t = b * r;
            const V nearForm = p * (renyiSeries<Isa>(terms.series, r) * (r * r));
            const V farForm = (p * load<V>(expm1s + (i - block))) / b + (q - p);
            sum += (Isa::abs(r) <= 0.5) & (Isa::abs(t) <= 0.5) ? nearForm : farForm;
            const V exponent = load<V>(terms.logP + i) + t;
            largest = exponent > largest ? exponent : largest;
        }
    }
    sums[0] = sumLanes(sum);
    sums[1] = maxLanes(largest);
}

// Rényi's sums at many orders (RenyiCurve): the events outside, the orders inside, each order's
// running sum kept in memory. Two to four exponentials a vector instead of one per order.
template <class Isa, class V = typename Isa::V>
void renyiCurveSums(const RenyiCurve &curve, std::size_t n, double *out) noexcept {
    V sums[kMaxCurveOrders] = {}, direct[kMaxCurveOrders] = {};
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V p = load<V>(curve.p + i), q = load<V>(curve.q + i), r = load<V>(curve.r + i);
        const V ratio = Isa::exp(curve.step * r), difference = q - p, r2 = r * r;
        const auto small = Isa::abs(r) <= 0.5;
        V power{};  // e^(b_k r)
        for (std::size_t k = 0; k < curve.orders; ++k) {
            const double b = curve.b[k];
            power = curve.anchor[k] != 0 ? Isa::exp(b * r) : power * ratio;
            const V farForm = (p * (power - 1.0)) * curve.inverseB[k] + difference;
            const V series = renyiSeries<Isa>(curve.series + k * kRenyiSeriesTerms, r);
            const auto near = small & (Isa::abs(b * r) <= 0.5);
            sums[k] += near ? p * (series * r2) : farForm;
            direct[k] += p * power;
        }
    }
    for (std::size_t k = 0; k < curve.orders; ++k) {
        out[k] = sumLanes(sums[k]);
        out[curve.orders + k] = sumLanes(direct[k]);
    }
}

// Rényi's entropy sums at many orders (renyiEntropyCurveSums): as renyiCurveSums, with r = ln p.
// A vector with no event near p^b = 1 calls no expm1.
template <class Isa, class V = typename Isa::V>
void renyiEntropyCurveSums(const RenyiCurve &curve, std::size_t n, double *out) noexcept {
    V sums[kMaxCurveOrders] = {}, direct[kMaxCurveOrders] = {};
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V p = load<V>(curve.p + i), lnP = load<V>(curve.r + i);
        const V ratio = Isa::exp(curve.step * lnP);
        V power{};  // p^b_k
        for (std::size_t k = 0; k < curve.orders; ++k) {
            const V t = curve.b[k] * lnP;
            power = curve.anchor[k] != 0 ? Isa::exp(t) : power * ratio;
            const V far = p * power - p;
            const auto near = Isa::abs(t) < 0.5;
            sums[k] += countLanes<V>(near) == 0 ? far : (near ? p * Isa::expm1(t) : far);
            direct[k] += p * power;
        }
    }
    for (std::size_t k = 0; k < curve.orders; ++k) {
        out[k] = sumLanes(sums[k]);
        out[curve.orders + k] = sumLanes(direct[k]);
    }
}

// Rényi's entropy sum, sum p (p^b - 1): p expm1(b ln p) where |b ln p| <= 1, else p^a - p, as
// renyi_entropy.cpp's scalar sMinusOne. A vector all of one kind calls one of SLEEF's functions.
template <class Isa, class V = typename Isa::V>
double renyiEntropySum(const RenyiTerms &terms, std::size_t n) noexcept {
    const double b = terms.b, a = b + 1.0;
    V sum{};
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        const V p = load<V>(terms.p + i), lnP = load<V>(terms.logP + i), t = b * lnP;
        const auto near = Isa::abs(t) <= 1.0;
        const std::size_t nearLanes = countLanes<V>(near);
        if (nearLanes == kLanes<V>) {
            sum += p * Isa::expm1(t);
        } else if (nearLanes == 0) {
            sum += Isa::exp(a * lnP) - p;
        } else {
            sum += near ? p * Isa::expm1(t) : Isa::exp(a * lnP) - p;
        }
    }
    return sumLanes(sum);
}

// sum e^(ln p + b r - shift): log S far from S = 1.
template <class Isa, class V = typename Isa::V>
double renyiFar(const RenyiTerms &terms, std::size_t n, double shift) noexcept {
    V sum{};
    for (std::size_t i = 0; i < n; i += kLanes<V>) {
        sum += Isa::exp((load<V>(terms.logP + i) + terms.b * load<V>(terms.r + i)) - shift);
    }
    return sumLanes(sum);
}

// The sums over a window of a Gaussian bump (GaussianWindow): the exponentials of each block
// first, as compare's logs.
template <class Isa, class V = typename Isa::V>
void gaussianSums(const GaussianWindow &g, std::size_t n, double *out) noexcept {
    constexpr double kLaneOffsets[kMaxLanes] = {0, 1, 2, 3, 4, 5, 6, 7};
    const V lanes = load<V>(kLaneOffsets);
    const auto centred = [&](std::size_t i) { return ((g.x0 + double(i)) + lanes) - g.mu; };
    V sums[kGaussianSums] = {};
    for (std::size_t block = 0; block < n; block += kBlock) {
        const std::size_t end = block + kBlock < n ? block + kBlock : n;
        double weights[kBlock];
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            const V d = centred(i);
            store(weights + (i - block), Isa::exp(Isa::fmadd(g.scale * d, d, all<V>(-g.shift))));
        }
        for (std::size_t i = block; i < end; i += kLanes<V>) {
            const V d = centred(i);
            const V w = load<V>(weights + (i - block)), z = d * g.inverseSigma;
            const V c = ((g.scale * d) * d - load<V>(g.logP + i)) - g.offset;
            const V wz = w * z, wzz = wz * z;
            sums[0] += w;
            sums[1] = Isa::fmadd(w, c, sums[1]);
            sums[2] += wz;
            sums[3] += wzz;
            sums[4] = Isa::fmadd(wz, c, sums[4]);
            sums[5] = Isa::fmadd(wzz, c, sums[5]);
        }
    }
    for (std::size_t s = 0; s < kGaussianSums; ++s) {
        out[s] = sumLanes(sums[s]);
    }
}

}  // namespace
}  // namespace entropy::simd
