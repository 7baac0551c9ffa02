// SPDX-License-Identifier: MIT
#include "batch_math.h"
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
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// What every order of D(P||Q) needs: for the events both can draw, p, q, ln p and
// r = ln(p/q), the last keeping its relative accuracy when p is close to q; and what lies where
// only one can draw. Worked out once for a whole curve of orders.
struct SharedEvents {
    std::vector<double> p, q, lnP, r;
    double missP = 0.0;  // P's mass where q = 0
    double missQ = 0.0;  // Q's mass where p = 0
    bool pWhereQIsZero = false;
};

SharedEvents sharedEvents(const Distribution &p, const Distribution &q) {
    SharedEvents e;
    const auto lnP = p.logProbabilities(), lnQ = q.logProbabilities();
    std::vector<double> ratios;  // ln(1 + (p - q)/q)
    for (auto *v : {&e.p, &e.q, &e.lnP, &e.r, &ratios}) {
        v->reserve(p.size());
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) {
            e.missQ += q[i];  // events P never draws
        } else if (q[i] == 0.0) {
            e.missP += p[i];
            e.pWhereQIsZero = true;
        } else {
            e.p.push_back(p[i]);
            e.q.push_back(q[i]);
            e.lnP.push_back(lnP[i]);
            e.r.push_back(lnP[i] - lnQ[i]);
            ratios.push_back((p[i] - q[i]) / q[i]);
        }
    }
    batch::log1p(ratios);
    for (std::size_t k = 0; k < e.r.size(); ++k) {
        if (std::abs((e.p[k] - e.q[k]) / e.q[k]) < 0.5) {
            e.r[k] = ratios[k];  // ln(1 + (p - q)/q): no cancellation when p is close to q
        }
    }
    return e;
}

// g(r) = (e^(b r) - 1)/b + e^(-r) - 1 = sum_{k>=2} c_k r^k with c_k = (b^(k-1) + (-1)^k) / k!.
// g >= 0 for every r when a = b + 1 > 0, so summing p g(r) over the events gives (S - 1)/b with
// no cancellation. The coefficients depend on the order only: worked out once per order, the
// series is a polynomial per event, with no division. It is used where |r| <= 1/2 and
// |b r| <= 1/2: term k is then within 2 (1/2)^(k-2) / k! of the first, under 1e-17 past k = 17.
class NearSeries {
public:
    static constexpr int kTerms = 16;  // c_2 to c_17
    explicit NearSeries(double b) {
        double bk = 1.0, factorial = 1.0;
        for (int k = 2; k < 2 + kTerms; ++k) {
            bk *= b;
            factorial *= k;
            m_c[std::size_t(k - 2)] = (bk + (k % 2 == 0 ? 1.0 : -1.0)) / factorial;
        }
    }
    // Estrin's scheme: the products are independent of one another, not one long chain.
    [[nodiscard]] double operator()(double r) const {
        const double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
        std::array<double, kTerms / 2> pairs;
        for (std::size_t j = 0; j < pairs.size(); ++j) {
            pairs[j] = m_c[2 * j] + m_c[2 * j + 1] * r;
        }
        std::array<double, kTerms / 4> quads;
        for (std::size_t j = 0; j < quads.size(); ++j) {
            quads[j] = pairs[2 * j] + pairs[2 * j + 1] * r2;
        }
        return ((quads[0] + quads[1] * r4) + (quads[2] + quads[3] * r4) * r8) * r2;
    }

    [[nodiscard]] const double *coefficients() const { return m_c.data(); }

private:
    std::array<double, kTerms> m_c{};
};

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

// D for 0 < a < infinity, a != 1, in nats.
double divergenceAtOrder(const SharedEvents &e, double a) {
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
        shared = sharedEvents(p, q);
    }
    return divergenceAtOrder(*shared, a);
}

}  // namespace

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
    std::vector<double> values;
    values.reserve(alphas.size());
    for (const double alpha : alphas) {
        values.push_back(alpha >= 0.0 ? divergenceInNats(p, q, alpha, shared) / lnOfBase(base)
                                      : std::nan(""));
    }
    return values;
}

}  // namespace entropy
