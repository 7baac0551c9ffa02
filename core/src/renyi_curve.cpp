// SPDX-License-Identifier: MIT
// Rényi's divergence at many orders far from 1 together: one pass over the events, the orders
// inside it. Where the orders are evenly spaced, e^(b r) at each comes from the last order's by
// one multiplication by e^(step r), and anew every kAnchorEvery orders so that rounding cannot
// build up past a few ulps: two to four exponentials an event instead of one an order. Far from
// 1 (|b| >= 0.25), e^(b r) - 1 loses at most three bits of those to cancellation, so the
// exponential will do where a single order takes expm1.
#include "renyi_parts.h"
#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <algorithm>
#include <cmath>
#include <limits>

namespace entropy::renyi_parts {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kAnchorEvery = 8;
// Past this |b r|, e^(b r) at an anchor could overflow or underflow where a later order's would
// not, and the products would carry the 0 or infinity on: each order alone then.
constexpr double kLargestExponent = 700.0;

}  // namespace

OrderPass orderPass(std::span<const double> orders) {
    OrderPass pass;
    pass.step = orders.size() > 1 ? orders[1] - orders[0] : 0.0;
    std::size_t sinceAnchor = 0;
    for (std::size_t k = 0; k < orders.size(); ++k) {
        const double gap = k > 0 ? orders[k] - orders[k - 1] : 0.0;
        const bool even = k > 0 && std::abs(gap - pass.step) <= 1e-14 * std::abs(pass.step);
        sinceAnchor = even && sinceAnchor + 1 < kAnchorEvery ? sinceAnchor + 1 : 0;
        pass.anchor.push_back(sinceAnchor == 0 ? 1 : 0);
        pass.b.push_back(orders[k] - 1.0);
        pass.inverseB.push_back(1.0 / pass.b.back());
        pass.series.emplace_back(pass.b.back());
        const double *c = pass.series.back().coefficients();
        pass.coefficients.insert(pass.coefficients.end(), c, c + NearSeries::kTerms);
    }
    return pass;
}

bool withinOnePass(const std::vector<double> &r, std::span<const double> orders) {
    const auto size = [](double x) { return std::abs(x); };
    const auto apart = [](double a) { return std::abs(a - 1.0); };
    if (orders.empty() || r.empty()) {
        return false;
    }
    // The largest exponent: of an order's e^(b r), or of the step's e^((b' - b) r).
    const double step = orders.size() > 1 ? size(orders[1] - orders[0]) : 0.0;
    return size(std::ranges::max(r, {}, size)) *
               std::max(apart(std::ranges::max(orders, {}, apart)), step) <=
           kLargestExponent;
}

namespace {

// sum p g_k(r) for each order of the pass, then S = sum p e^(b_k r) for each: many events at a
// time where the processor can.
std::vector<double> passSums(const SharedEvents &e, const OrderPass &pass) {
    const std::size_t orders = pass.b.size();
    std::vector<double> sums(2 * orders, 0.0);
    std::size_t start = 0;
#if ENTROPY_SIMD
    static_assert(kMaxPassOrders == simd::kMaxCurveOrders);
    start = simd::renyiCurveSums(
        {e.p.data(), e.q.data(), e.r.data(), pass.b.data(), pass.inverseB.data(),
         pass.anchor.data(), pass.step, pass.coefficients.data(), orders},
        e.r.size(), sums.data());
#endif
    for (std::size_t i = start; i < e.r.size(); ++i) {
        const double p = e.p[i], q = e.q[i], r = e.r[i], ratio = std::exp(pass.step * r);
        double power = 0.0;
        for (std::size_t k = 0; k < orders; ++k) {
            const double b = pass.b[k];
            power = pass.anchor[k] != 0 ? std::exp(b * r) : power * ratio;
            const bool near = std::abs(r) <= 0.5 && std::abs(b * r) <= 0.5;
            sums[k] +=
                near ? p * pass.series[k](r) : (p * (power - 1.0)) * pass.inverseB[k] + (q - p);
            sums[orders + k] += p * power;
        }
    }
    return sums;
}

}  // namespace

void divergencesFarFromOne(const SharedEvents &e, std::span<const double> orders,
                           std::span<double> nats) {
    if (!withinOnePass(e.r, orders)) {
        for (std::size_t k = 0; k < orders.size(); ++k) {
            nats[k] = divergenceAtOrder(e, orders[k]);
        }
        return;
    }
    for (std::size_t first = 0; first < orders.size(); first += kMaxPassOrders) {
        const auto chunk = orders.subspan(first, std::min(kMaxPassOrders, orders.size() - first));
        const std::vector<double> sums = passSums(e, orderPass(chunk));
        for (std::size_t k = 0; k < chunk.size(); ++k) {
            const double a = chunk[k], b = a - 1.0;
            const double u = -a / b * e.missP + e.missQ + sums[k];  // as divergenceAtOrder
            const auto logS = logOfSum(b * u, sums[chunk.size() + k]);
            nats[first + k] = e.pWhereQIsZero && a > 1.0 ? kInf
                              : logS                     ? *logS / b
                                                         : divergenceAtOrder(e, a);
        }
    }
}

}  // namespace entropy::renyi_parts
