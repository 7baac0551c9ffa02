// SPDX-License-Identifier: MIT
#include "renyi_parts.h"
#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <entropy/compare.h>
#include <entropy/renyi.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>

namespace entropy {
namespace renyi_parts {

SharedEvents sharedEvents(const Distribution &p, const Distribution &q) {
    SharedEvents e;
    const auto lnP = p.logProbabilities(), lnQ = q.logProbabilities();
    std::vector<double> sharedLnQ(p.size());
    for (auto *v : {&e.p, &e.q, &e.lnP}) {
        v->resize(p.size());
    }
    std::size_t shared = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) {
            e.missQ += q[i];  // events P never draws
        } else if (q[i] == 0.0) {
            e.missP += p[i];
            e.pWhereQIsZero = true;
        } else {
            e.p[shared] = p[i];
            e.q[shared] = q[i];
            e.lnP[shared] = lnP[i];
            sharedLnQ[shared] = lnQ[i];
            ++shared;
        }
    }
    for (auto *v : {&e.p, &e.q, &e.lnP}) {
        v->resize(shared);
    }
    e.r.resize(shared);
    std::size_t done = 0;
#if ENTROPY_SIMD
    done =
        simd::logRatios(e.p.data(), e.q.data(), e.lnP.data(), sharedLnQ.data(), e.r.data(), shared);
#endif
    for (std::size_t k = done; k < shared; ++k) {
        // ln(1 + (p - q)/q): no cancellation when p is close to q.
        const double ratio = (e.p[k] - e.q[k]) / e.q[k];
        e.r[k] = std::abs(ratio) < 0.5 ? std::log1p(ratio) : e.lnP[k] - sharedLnQ[k];
    }
    return e;
}

}  // namespace renyi_parts

namespace {

using renyi_parts::NearSeries;
using renyi_parts::SharedEvents;

constexpr double kInf = std::numeric_limits<double>::infinity();

// p g(r): by the series near r = 0, else from `expm1` = e^(b r) - 1, the e^(-r) - 1 part times p
// being q - p exactly.
double pg(double p, double q, double r, double b, double expm1, const NearSeries &series) {
    if (std::abs(r) <= 0.5 && std::abs(b * r) <= 0.5) {
        return p * series(r);
    }
    return p * expm1 / b + (q - p);
}

// What one order needs of the shared events: sum p g(r), and the largest ln p + b r.
struct OrderSums {
    double near = 0.0, largest = -kInf;
};

// Many events at a time where the processor can (compare_simd.h), the rest here.
OrderSums orderSums(const SharedEvents &e, double b, const NearSeries &series) {
    OrderSums sums;
    std::size_t start = 0;
#if ENTROPY_SIMD
    static_assert(NearSeries::kTerms == int(simd::kRenyiSeriesTerms));
    double vectorised[2] = {};
    start = simd::renyiNear(
        {e.p.data(), e.q.data(), e.lnP.data(), e.r.data(), b, series.coefficients()}, e.r.size(),
        vectorised);
    if (start > 0) {
        sums = {vectorised[0], vectorised[1]};
    }
#endif
    for (std::size_t k = start; k < e.r.size(); ++k) {
        const double t = b * e.r[k];
        sums.near += pg(e.p[k], e.q[k], e.r[k], b, std::expm1(t), series);
        sums.largest = std::max(sums.largest, e.lnP[k] + t);
    }
    return sums;
}

// `shared` is worked out when first needed: orders 0, 1 and infinity do without it.
double divergenceInNats(const Distribution &p, const Distribution &q, double a,
                        std::optional<SharedEvents> &shared) {
    if (a == 1.0) {
        return compare(p, q, {.base = LogBase::Nats, .perEventTerms = false}).value().klPQ;
    }
    if (a == 0.0) {
        double support = 0.0;  // Q(support of P)
        for (std::size_t i = 0; i < p.size(); ++i) {
            support += p[i] > 0.0 ? q[i] : 0.0;
        }
        return support > 0.0 ? -std::log(support) : kInf;
    }
    if (std::isinf(a)) {
        // log max p/q: one log, not one per event, the same value since log is monotone.
        double most = 0.0;
        bool drawn = false;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p[i] > 0.0) {
                most = std::max(most, q[i] > 0.0 ? p[i] / q[i] : kInf);
                drawn = true;
            }
        }
        return drawn ? std::log(most) : -kInf;
    }
    if (!shared) {
        shared = renyi_parts::sharedEvents(p, q);
    }
    return renyi_parts::divergenceAtOrder(*shared, a);
}

}  // namespace

// D for 0 < a < infinity, a != 1, in nats.
double renyi_parts::divergenceAtOrder(const SharedEvents &e, double a) {
    const double b = a - 1.0;
    if (e.pWhereQIsZero && a > 1.0) {
        return kInf;
    }
    if (e.r.empty()) {
        return kInf;  // no event both can draw
    }
    // U = (S - 1)/b = sum p g(r) - (a/b) missP + missQ: terms of one sign, so S - 1 keeps its
    // digits however close S is to 1. Where S is small (or e^(b r) overflowed, making U
    // infinite) log S is summed directly instead, shifted by its largest term: nothing cancels.
    const OrderSums sums = orderSums(e, b, NearSeries(b));
    const double u = -a / b * e.missP + e.missQ + sums.near;
    if (const auto logS = renyi_parts::logOfSum(b * u)) {
        return *logS / b;
    }
    if (sums.largest == -kInf) {
        return -kInf / b;
    }
    const double shifted = renyi_parts::shiftedSum(e.lnP, e.r, b, sums.largest);
    return (sums.largest + std::log(shifted)) / b;
}

double renyiDivergence(const Distribution &p, const Distribution &q, double alpha, LogBase base) {
    if (!(alpha >= 0.0)) {
        return std::nan("");
    }
    std::optional<SharedEvents> shared;
    return divergenceInNats(p, q, alpha, shared) / lnOfBase(base);
}

std::vector<double> renyiDivergences(const Distribution &p, const Distribution &q,
                                     std::span<const double> alphas, LogBase base) {
    std::optional<SharedEvents> shared;
    std::vector<double> values = renyi_parts::atOrders(
        alphas,
        [&](std::span<const double> orders, std::span<double> nats) {
            if (!shared) {
                shared = renyi_parts::sharedEvents(p, q);
            }
            renyi_parts::divergencesFarFromOne(*shared, orders, nats);
        },
        [&](double a) { return a >= 0.0 ? divergenceInNats(p, q, a, shared) : std::nan(""); });
    for (double &value : values) {
        value /= lnOfBase(base);
    }
    return values;
}

RenyiValues renyiValues(const Distribution &p, const Distribution &q, double alpha, LogBase base) {
    return {alpha, renyiDivergence(p, q, alpha, base), renyiDivergence(q, p, alpha, base),
            renyiEntropy(p, alpha, base), renyiEntropy(q, alpha, base)};
}

}  // namespace entropy
