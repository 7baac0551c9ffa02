// SPDX-License-Identifier: MIT
// The objectives' sums over one bump. With d = x - mu and l = -d^2/(2 sigma^2), ln q = l - ln Z:
// - D(P||Q) = sum p ln p - sum p l + ln Z sum p, where sum p l takes P's moments about its mean,
//   worked out once: per bump only ln Z is summed.
// - D(Q||P) = E_Q[l - ln p] - ln Z, and its gradient the covariances under Q of (z, z^2), z =
//   d/sigma, with l - ln p. Those sums are taken with l - ln p less its value at the event
//   nearest mu, so that the covariances do not cancel.
// Only events within e^-760 of the weight nearest mu are summed: the rest add exactly 0.
#include "fit_family.h"

#if ENTROPY_SIMD
#include "compare_simd.h"
#endif

#include <algorithm>
#include <cmath>

namespace entropy::fit_family {
namespace {

constexpr std::size_t kSums = 6;  // of w, w c, w z, w z^2, w z c and w z^2 c
constexpr double kNegligible = 760.0;
constexpr std::size_t kWholeLanes = 8;  // the widest vector's events: the window is widened to it

struct Window {
    std::size_t first, count;
    double shift, offset;  // the largest l; l - ln p at that event
};

Window windowOf(const Distribution &p, GaussianParameters theta, double scale) {
    const std::size_t n = p.size();
    const double peak = std::clamp(std::round(theta.mu), 0.0, double(n - 1));
    const double dPeak = peak - theta.mu;
    const double reach = std::sqrt(dPeak * dPeak + 2.0 * kNegligible * theta.sigma * theta.sigma);
    const auto first = std::size_t(std::clamp(std::ceil(theta.mu - reach), 0.0, peak));
    const auto last = std::size_t(std::clamp(std::floor(theta.mu + reach), peak, double(n - 1)));
    Window window{first, last - first + 1, scale * dPeak * dPeak, 0.0};
    const std::size_t whole = (window.count + kWholeLanes - 1) / kWholeLanes * kWholeLanes;
    if (whole <= n) {
        window.first = std::min(window.first, n - whole);
        window.count = whole;
    }
    const double lnPeak = p.logProbabilities()[std::size_t(peak)];
    window.offset = std::isfinite(lnPeak) ? window.shift - lnPeak : 0.0;
    return window;
}

}  // namespace

ForwardTerms forwardTerms(const Distribution &p) {
    ForwardTerms t;
    const auto lnP = p.logProbabilities();
    for (std::size_t x = 0; x < p.size(); ++x) {
        if (p[x] > 0.0) {
            t.mass += p[x];
            t.sumPLogP += p[x] * lnP[x];
            t.mean += p[x] * double(x);
        }
    }
    t.mean /= t.mass;
    for (std::size_t x = 0; x < p.size(); ++x) {
        const double d = double(x) - t.mean;
        t.firstMoment += p[x] * d;
        t.secondMoment += p[x] * d * d;
    }
    return t;
}

double forwardNats(const ForwardTerms &t, GaussianParameters theta, double logPartition) {
    const double scale = -1.0 / (2.0 * theta.sigma * theta.sigma), offset = t.mean - theta.mu;
    const double squares = t.secondMoment + offset * (2.0 * t.firstMoment + offset * t.mass);
    return std::max(t.sumPLogP - scale * squares + logPartition * t.mass, 0.0);
}

BumpSums bumpSums(const Distribution &p, GaussianParameters theta) {
    const double scale = -1.0 / (2.0 * theta.sigma * theta.sigma), inverseSigma = 1.0 / theta.sigma;
    const Window window = windowOf(p, theta, scale);
    const double *logP = p.logProbabilities().data() + window.first;
    double sums[kSums] = {};
    std::size_t start = 0;
#if ENTROPY_SIMD
    static_assert(kSums == simd::kGaussianSums);
    start = simd::gaussianSums(
        {logP, double(window.first), theta.mu, inverseSigma, scale, window.shift, window.offset},
        window.count, sums);
#endif
    for (std::size_t i = start; i < window.count; ++i) {
        const double d = double(window.first + i) - theta.mu, z = d * inverseSigma;
        const double w = std::exp(std::fma(scale * d, d, -window.shift));
        const double c = ((scale * d) * d - logP[i]) - window.offset;
        sums[0] += w;
        sums[1] += w * c;
        sums[2] += w * z;
        sums[3] += w * z * z;
        sums[4] += w * z * c;
        sums[5] += w * z * z * c;
    }
    const double mean = sums[1] / sums[0];  // E_Q[c]
    const double logPartition = window.shift + std::log(sums[0]);
    return {logPartition, mean + window.offset - logPartition,
            (sums[4] / sums[0] - sums[2] / sums[0] * mean) * inverseSigma,
            sums[5] / sums[0] - sums[3] / sums[0] * mean};
}

}  // namespace entropy::fit_family
