// SPDX-License-Identifier: MIT
// The family, and the forward fit. In natural coordinates, with u = (x - c)/s the event centred
// and scaled to about [-1, 1], ln q = a u + b u^2 - A(a, b): an exponential family. D(P||Q) is
// then A(a, b) - a E_P[u] - b E_P[u^2] plus a constant, convex in (a, b), with gradient
// E_Q[(u, u^2)] - E_P[(u, u^2)] and Hessian Cov_Q(u, u^2). Newton's method finds its one
// minimum, where Q's moments are P's. Sigma's limits bound b; when the minimum lies beyond one,
// it sits on that bound and a alone is solved.
#include "fit_family.h"

#include "batch_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace entropy::fit_family {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Scale {
    double centre, spread;
    [[nodiscard]] double u(std::size_t x) const { return (double(x) - centre) / spread; }
};

Scale scaleOf(std::size_t n) {
    const double half = (double(n) - 1.0) / 2.0;
    return {half, std::max(half, 1.0)};
}

struct Natural {
    double a, b;
};

Natural toNatural(const Scale &s, GaussianParameters theta) {
    const double variance = theta.sigma * theta.sigma;
    return {s.spread * (theta.mu - s.centre) / variance, -s.spread * s.spread / (2.0 * variance)};
}

GaussianParameters fromNatural(const Scale &s, Natural e) {
    const double sigma = s.spread / std::sqrt(-2.0 * e.b);
    return {s.centre + e.a * sigma * sigma / s.spread, sigma};
}

struct Moments {
    double logPartition = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0;
};

Moments momentsOf(const Scale &s, std::size_t n, Natural e) {
    double most = -kInf;
    for (std::size_t x = 0; x < n; ++x) {
        const double u = s.u(x);
        most = std::max(most, e.a * u + e.b * u * u);
    }
    Moments m;
    double total = 0.0;
    for (std::size_t x = 0; x < n; ++x) {
        const double u = s.u(x), w = std::exp(e.a * u + e.b * u * u - most);
        total += w;
        m.e1 += w * u;
        m.e2 += w * u * u;
        m.e3 += w * u * u * u;
        m.e4 += w * u * u * u * u;
    }
    m.logPartition = most + std::log(total);
    m.e1 /= total;
    m.e2 /= total;
    m.e3 /= total;
    m.e4 /= total;
    return m;
}

// The Newton step for the gradient g and Hessian [[h11, h12], [h12, h22]]; b held when pinned.
Natural newtonStep(double g1, double g2, double h11, double h12, double h22, bool pinned) {
    const double det = h11 * h22 - h12 * h12;
    if (pinned || !(det > 1e-300)) {
        return {h11 > 0 ? -g1 / h11 : -g1, pinned ? 0.0 : -g2};
    }
    return {-(h22 * g1 - h12 * g2) / det, -(h11 * g2 - h12 * g1) / det};
}

}  // namespace

BumpTerms bumpTerms(std::size_t n, GaussianParameters theta) {
    BumpTerms terms{std::vector<double>(n), std::vector<double>(n)};
    const double scale = -1.0 / (2.0 * theta.sigma * theta.sigma);
    double most = -kInf;
    for (std::size_t x = 0; x < n; ++x) {
        const double d = double(x) - theta.mu;
        terms.logQ[x] = scale * d * d;
        most = std::max(most, terms.logQ[x]);
    }
    for (std::size_t x = 0; x < n; ++x) {
        terms.q[x] = terms.logQ[x] - most;
    }
    batch::exp(terms.q);
    double total = 0.0;
    for (std::size_t x = 0; x < n; ++x) {
        total += terms.q[x];
    }
    const double logPartition = most + std::log(total);
    for (std::size_t x = 0; x < n; ++x) {
        terms.logQ[x] -= logPartition;
        terms.q[x] /= total;
    }
    return terms;
}

bool hasZero(const Distribution &p) noexcept {
    return std::ranges::any_of(p.probabilities(), [](double x) { return x == 0.0; });
}

FitMinimum matchMoments(const Distribution &p) {
    const std::size_t n = p.size();
    const Scale s = scaleOf(n);
    double m1 = 0.0, m2 = 0.0;
    for (std::size_t x = 0; x < n; ++x) {
        m1 += p[x] * s.u(x);
        m2 += p[x] * s.u(x) * s.u(x);
    }
    const double sigmaLow = kMinFitSigma, sigmaHigh = maxFitSigma(n);
    const double bLow = toNatural(s, {0.0, sigmaLow}).b, bHigh = toNatural(s, {0.0, sigmaHigh}).b;
    const double start =
        std::clamp(s.spread * std::sqrt(std::max(m2 - m1 * m1, 0.0)), sigmaLow, sigmaHigh);
    Natural e = toNatural(s, {s.centre + s.spread * m1, start});
    const auto objective = [&](Natural at, const Moments &m) {
        return m.logPartition - at.a * m1 - at.b * m2;
    };
    // Near the minimum D changes by less than its rounding; a smaller gradient then decides.
    const auto better = [&](Natural at, const Moments &m, Natural trial, const Moments &t) {
        const double now = objective(at, m), next = objective(trial, t);
        const double gradient = std::hypot(m.e1 - m1, m.e2 - m2);
        return next < now ||
               (next - now <= 1e-15 * std::abs(now) && std::hypot(t.e1 - m1, t.e2 - m2) < gradient);
    };
    bool pinned = false;
    for (int iteration = 0; iteration < 200; ++iteration) {
        const Moments m = momentsOf(s, n, e);
        const double g1 = m.e1 - m1, g2 = m.e2 - m2;
        pinned = (e.b <= bLow && g2 > 0) || (e.b >= bHigh && g2 < 0);
        const Natural step =
            newtonStep(g1, g2, m.e2 - m.e1 * m.e1, m.e3 - m.e1 * m.e2, m.e4 - m.e2 * m.e2, pinned);
        bool moved = false;
        for (double t = 1.0; t > 1e-12 && !moved; t /= 2.0) {
            const Natural trial{e.a + t * step.a, std::clamp(e.b + t * step.b, bLow, bHigh)};
            if (better(e, m, trial, momentsOf(s, n, trial))) {
                e = trial;
                moved = true;
            }
        }
        if (!moved) {
            break;  // no representable decrease left: converged
        }
    }
    return {fromNatural(s, e), 0.0, pinned};
}

}  // namespace entropy::fit_family
