// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <vector>

// What Rényi's divergences (renyi.cpp) and entropies (renyi_entropy.cpp) share: both sum
// S = sum p e^(b r) (r = ln(p/q) for a divergence, ln p for an entropy; b = order - 1) and take
// its log. Internal to the core.
namespace entropy::renyi_parts {

// log S, from S - 1 near S = 1 (summed from terms of one sign, it keeps its digits), and
// further off from S itself where it was summed (`s`; NaN if not) and neither overflowed nor
// underflowed, or from S - 1 again above 1. Nothing where neither will do: S so small that
// 1 + (S - 1) cancels, and not summed.
[[nodiscard]] std::optional<double> logOfSum(double sMinusOne,
                                             double s = std::numeric_limits<double>::quiet_NaN());

// sum e^(ln p + b r - shift): log S far from 1, shifted by its largest exponent.
[[nodiscard]] double shiftedSum(const std::vector<double> &logP, const std::vector<double> &r,
                                double b, double shift);

// What every order of D(P||Q) needs: for the events both can draw, p, q, ln p and
// r = ln(p/q), the last keeping its relative accuracy when p is close to q; and what lies where
// only one can draw. Worked out once for a whole curve of orders.
struct SharedEvents {
    std::vector<double> p, q, lnP, r;
    double missP = 0.0;  // P's mass where q = 0
    double missQ = 0.0;  // Q's mass where p = 0
    bool pWhereQIsZero = false;
};

[[nodiscard]] SharedEvents sharedEvents(const Distribution &p, const Distribution &q);

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

// D(P||Q) in nats at an order a, 0 < a < infinity, a != 1 (renyi.cpp).
[[nodiscard]] double divergenceAtOrder(const SharedEvents &e, double a);

// Orders summed together in one pass over the events (renyi_curve.cpp): each less 1, and 1 over
// that; each one's series; and where e^(b r) is computed anew (1) rather than from the last
// order's times e^(step r) (0): where the orders are not evenly spaced, and every 8 orders.
struct OrderPass {
    std::vector<double> b, inverseB, coefficients;
    std::vector<NearSeries> series;
    std::vector<unsigned char> anchor;
    double step = 0.0;
};
inline constexpr std::size_t kMaxPassOrders = 128;
[[nodiscard]] OrderPass orderPass(std::span<const double> orders);
// Whether one pass can take `orders` over events with these r (or ln p): no exponential, of an
// order or of the step, that could overflow or underflow where an order's would not.
[[nodiscard]] bool withinOnePass(const std::vector<double> &r, std::span<const double> orders);

// The orders summed together: at least this far from 1, where e^(b r) - 1 loses at most three
// bits to cancellation (renyi_curve.cpp).
inline constexpr double kFarFromOne = 0.25;

// The values at `alphas`, in nats: the finite orders at least kFarFromOne from 1 all at once by
// `together(orders, values)`, each other one by `alone(alpha)`.
template <class Together, class Alone>
std::vector<double> atOrders(std::span<const double> alphas, Together together, Alone alone) {
    std::vector<double> far, values(alphas.size());
    std::vector<std::size_t> farAt;
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        const double a = alphas[i];
        if (a > 0.0 && a < std::numeric_limits<double>::infinity() &&
            std::abs(a - 1.0) >= kFarFromOne) {
            far.push_back(a);
            farAt.push_back(i);
        } else {
            values[i] = alone(a);
        }
    }
    if (!far.empty()) {
        std::vector<double> nats(far.size());
        together(std::span<const double>(far), std::span<double>(nats));
        for (std::size_t k = 0; k < far.size(); ++k) {
            values[farAt[k]] = nats[k];
        }
    }
    return values;
}

// D(P||Q) in nats at each of `orders`, all with |a - 1| >= kFarFromOne, into `nats`: together,
// in one pass over the events (renyi_curve.cpp).
void divergencesFarFromOne(const SharedEvents &e, std::span<const double> orders,
                           std::span<double> nats);

}  // namespace entropy::renyi_parts
