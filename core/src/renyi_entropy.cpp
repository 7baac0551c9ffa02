// SPDX-License-Identifier: MIT
// Rényi's entropies, H_a(P) = -log(S)/(a - 1) with S = sum p^a, and what they share with the
// divergences (renyi_parts.h).
#include "renyi_parts.h"
#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <entropy/compare.h>
#include <entropy/renyi.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entropy {
namespace renyi_parts {

std::optional<double> logOfSum(double sMinusOne, double s) {
    constexpr double kSmallest = 1e-280;  // below, terms of S may have underflowed
    if (std::abs(sMinusOne) <= 0.5) {
        return std::log1p(sMinusOne);
    }
    if (s >= kSmallest && s < std::numeric_limits<double>::infinity()) {
        return std::log(s);
    }
    if (sMinusOne > 0.0 && std::isfinite(sMinusOne)) {
        return std::log1p(sMinusOne);  // from S = 1/2 up, 1 + (S - 1) cancels nothing
    }
    return std::nullopt;
}

double shiftedSum(const std::vector<double> &logP, const std::vector<double> &r, double b,
                  double shift) {
    double sum = 0.0;
    std::size_t start = 0;
#if ENTROPY_SIMD
    start =
        simd::renyiFar({nullptr, nullptr, logP.data(), r.data(), b, nullptr}, r.size(), shift, sum);
#endif
    for (std::size_t k = start; k < r.size(); ++k) {
        sum += std::exp((logP[k] + b * r[k]) - shift);
    }
    return sum;
}

}  // namespace renyi_parts

namespace {

// The events P draws: their p and ln p, worked out once for a curve of orders.
struct DrawnEvents {
    std::vector<double> p, lnP;
};

DrawnEvents drawnEvents(const Distribution &d) {
    DrawnEvents e;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d[i] > 0.0) {
            e.p.push_back(d[i]);
            e.lnP.push_back(d.logProbabilities()[i]);
        }
    }
    return e;
}

// S - 1 = sum p (p^b - 1): terms of one sign (ln p <= 0). Each is p expm1(b ln p) where
// |b ln p| <= 1, else p^a - p, which cannot overflow where p^b would.
double sMinusOne(const DrawnEvents &e, double b) {
    double sum = 0.0;
    std::size_t start = 0;
#if ENTROPY_SIMD
    start = simd::renyiEntropySum({e.p.data(), nullptr, e.lnP.data(), nullptr, b, nullptr},
                                  e.p.size(), sum);
#endif
    for (std::size_t k = start; k < e.p.size(); ++k) {
        const double t = b * e.lnP[k];
        sum +=
            std::abs(t) <= 1.0 ? e.p[k] * std::expm1(t) : std::exp((b + 1.0) * e.lnP[k]) - e.p[k];
    }
    return sum;
}

// H for 0 < a < infinity, a != 1, in nats.
double entropyAtOrder(const DrawnEvents &e, double a) {
    const double b = a - 1.0;
    if (const auto logS = renyi_parts::logOfSum(sMinusOne(e, b))) {
        return -*logS / b;
    }
    // S small: log sum p^a, shifted by its largest exponent (a > 0: that of the largest p).
    const double shift = a * *std::ranges::max_element(e.lnP);
    return -(shift + std::log(renyi_parts::shiftedSum(e.lnP, e.lnP, b, shift))) / b;
}

// S - 1 at each order of a pass (renyi_parts.h), then S, many events at a time where the
// processor can: p^b from the last order's, and p expm1(b ln p) where |b ln p| < 1/2.
std::vector<double> passSums(const DrawnEvents &e, const renyi_parts::OrderPass &pass) {
    const std::size_t orders = pass.b.size();
    std::vector<double> sums(2 * orders, 0.0);
    std::size_t start = 0;
#if ENTROPY_SIMD
    start = simd::renyiEntropyCurveSums({e.p.data(), nullptr, e.lnP.data(), pass.b.data(), nullptr,
                                         pass.anchor.data(), pass.step, nullptr, orders},
                                        e.p.size(), sums.data());
#endif
    for (std::size_t i = start; i < e.p.size(); ++i) {
        const double p = e.p[i], lnP = e.lnP[i], ratio = std::exp(pass.step * lnP);
        double power = 0.0;
        for (std::size_t k = 0; k < orders; ++k) {
            const double t = pass.b[k] * lnP;
            power = pass.anchor[k] != 0 ? std::exp(t) : power * ratio;
            sums[k] += std::abs(t) < 0.5 ? p * std::expm1(t) : p * power - p;
            sums[orders + k] += p * power;
        }
    }
    return sums;
}

// H in nats at each of `orders`, all at least kFarFromOne from 1: together, in passes.
void entropiesFarFromOne(const DrawnEvents &e, std::span<const double> orders,
                         std::span<double> nats) {
    const bool together = renyi_parts::withinOnePass(e.lnP, orders);
    for (std::size_t first = 0; first < orders.size(); first += renyi_parts::kMaxPassOrders) {
        const auto chunk =
            orders.subspan(first, std::min(renyi_parts::kMaxPassOrders, orders.size() - first));
        const std::vector<double> sums =
            together ? passSums(e, renyi_parts::orderPass(chunk)) : std::vector<double>();
        for (std::size_t k = 0; k < chunk.size(); ++k) {
            const auto logS =
                together ? renyi_parts::logOfSum(sums[k], sums[chunk.size() + k]) : std::nullopt;
            nats[first + k] = logS ? -*logS / (chunk[k] - 1.0) : entropyAtOrder(e, chunk[k]);
        }
    }
}

// `drawn` is worked out when first needed: orders 0, 1 and infinity do without it.
double entropyInNats(const Distribution &p, double a, std::optional<DrawnEvents> &drawn) {
    if (a == 1.0) {
        return compare(p, p, {.base = LogBase::Nats, .perEventTerms = false}).value().entropyP;
    }
    if (a == 0.0) {
        return std::log(
            double(std::ranges::count_if(p.probabilities(), [](double x) { return x > 0.0; })));
    }
    if (std::isinf(a)) {
        return -std::log(*std::ranges::max_element(p.probabilities()));
    }
    if (!drawn) {
        drawn = drawnEvents(p);
    }
    return entropyAtOrder(*drawn, a);
}

}  // namespace

double renyiEntropy(const Distribution &p, double alpha, LogBase base) {
    std::optional<DrawnEvents> drawn;
    return alpha >= 0.0 ? entropyInNats(p, alpha, drawn) / lnOfBase(base) : std::nan("");
}

std::vector<double> renyiEntropies(const Distribution &p, std::span<const double> alphas,
                                   LogBase base) {
    std::optional<DrawnEvents> drawn;
    std::vector<double> values = renyi_parts::atOrders(
        alphas,
        [&](std::span<const double> orders, std::span<double> nats) {
            if (!drawn) {
                drawn = drawnEvents(p);
            }
            entropiesFarFromOne(*drawn, orders, nats);
        },
        [&](double a) { return a >= 0.0 ? entropyInNats(p, a, drawn) : std::nan(""); });
    for (double &value : values) {
        value /= lnOfBase(base);
    }
    return values;
}

}  // namespace entropy
