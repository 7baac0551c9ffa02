// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace entropy {
class CompensatedSum;
}

// The one-pass comparison (its totals, and its per-event terms where asked for), the logarithms of
// a distribution, the sums over the fits' bumps and those of Rényi's divergences, many
// events at a time with SLEEF's vectorised functions (1 ulp): eight with AVX-512, four with AVX2
// and FMA, chosen at run time and capped by setInstructionSetCap (entropy/instruction_set.h). Each
// function does the longest prefix of its n events that the chosen set covers and returns its
// length; the caller does the rest, and everything on a processor without AVX2, with scalar code.
// Internal to the core.
namespace entropy::simd {

// The sums of the comparison, in the order of compare.cpp's Sum.
constexpr std::size_t kSums = 8;
struct Sums {
    double values[kSums] = {};
};
// Receives the sums of each block of events, to add with compensation.
using BlockSink = void (*)(void *context, const Sums &block);

// The per-event terms, divided by ln of the base, where a comparison keeps them
// (entropy::EventTerms' columns).
struct EventColumns {
    double *p, *q, *surprisalP, *surprisalQ, *entropyP, *entropyQ, *crossEntropyPQ, *crossEntropyQP,
        *klPQ, *klQP;
    double lnBase;
};

// One pass of the comparison: what it reads, events [0, n), and where its results go.
struct Pass {
    const double *p, *q, *logP, *logQ;
    std::size_t n;
    BlockSink sink;  // the sums of each block of events
    void *context;
    std::vector<std::size_t> *infinitePQ, *infiniteQP;  // events where exactly one side is 0
    const EventColumns *columns;                        // null: totals only
};

// The pass over the prefix.
std::size_t compare(const Pass &pass);

// Adds the weights of the prefix into `total`, with every addition's rounding error; sets
// `valid` to false, and leaves `total` unusable, if any weight is NaN, infinite or negative.
std::size_t addWeights(const double *weights, std::size_t n, CompensatedSum &total,
                       bool &valid) noexcept;
// probabilities[i] = weights[i] / total and logs[i] = ln probabilities[i] over the prefix.
std::size_t normalise(const double *weights, std::size_t n, double total, double *probabilities,
                      double *logs) noexcept;

// out[i] = ln(in[i]) (ln 0 = -inf) and e^in[i] over the prefix.
std::size_t logs(const double *in, double *out, std::size_t n) noexcept;
std::size_t exps(const double *in, double *out, std::size_t n) noexcept;

// r[i] = ln(p[i]/q[i]) over the prefix, for events both draw: ln(1 + (p - q)/q) where
// |p - q| < q/2, which keeps its relative accuracy when p is close to q, else ln p - ln q.
std::size_t logRatios(const double *p, const double *q, const double *logP, const double *logQ,
                      double *r, std::size_t n) noexcept;

// One order of Rényi's divergence (renyi.cpp), over events [0, n) that both P and Q draw.
struct RenyiTerms {
    const double *p, *q, *logP, *r;  // r = ln(p/q)
    double b;                        // the order minus 1
    const double *series;            // c_2 .. c_(1 + kRenyiSeriesTerms) of g(r) = sum c_k r^k
};
constexpr std::size_t kRenyiSeriesTerms = 16;
// Over the prefix: sums[0] = sum p g(r), by the series where |r| and |b r| are at most 1/2 and
// as p (e^(b r) - 1)/b + q - p elsewhere; sums[1] = the largest ln p + b r.
std::size_t renyiNear(const RenyiTerms &terms, std::size_t n, double (&sums)[2]) noexcept;
// Many orders of Rényi's divergence at once, over events [0, n) both P and Q draw: at order k,
// e^(b_k r) is e^(b_(k-1) r) e^(step r) where b_k - b_(k-1) = step, and a new exponential at an
// anchor (every few orders, so rounding cannot build up). Each order's terms as renyiNear's.
struct RenyiCurve {
    const double *p, *q, *r;
    const double *b, *inverseB;   // each order less 1 (none within 1/4 of 0), and 1 over it
    const unsigned char *anchor;  // 1 where e^(b_k r) is computed anew (always at k = 0)
    double step;
    const double *series;  // kRenyiSeriesTerms coefficients for each order
    std::size_t orders;    // at most kMaxCurveOrders
};
constexpr std::size_t kMaxCurveOrders = 128;
// Over the prefix: sums[k] = sum p g_k(r), the sum renyiNear gives at order k, and
// sums[orders + k] = sum p e^(b_k r), S itself.
std::size_t renyiCurveSums(const RenyiCurve &curve, std::size_t n, double *sums) noexcept;

// Over the prefix, for Rényi's entropies at many orders (r = ln p; q, inverseB and series
// unused): sums[k] = sum p (p^b_k - 1), p^b_k taken as in renyiCurveSums, and each term
// p expm1(b_k ln p) where |b_k ln p| < 1/2, where p^b - 1 would cancel; sums[orders + k] =
// sum p^(b_k + 1), S itself.
std::size_t renyiEntropyCurveSums(const RenyiCurve &curve, std::size_t n, double *sums) noexcept;
// Over the prefix, for Rényi's entropy (r and q unused): sum p (p^b - 1), each term
// p (e^(b ln p) - 1) where |b ln p| <= 1, else p^(b + 1) - p.
std::size_t renyiEntropySum(const RenyiTerms &terms, std::size_t n, double &sum) noexcept;
// Over the prefix (p and q unused): sum e^(ln p + b r - shift).
std::size_t renyiFar(const RenyiTerms &terms, std::size_t n, double shift, double &sum) noexcept;

// A window of events x0, x0 + 1, ... of a discretised Gaussian bump (fit_sums.cpp), with
// d = x - mu, l = scale d^2 (scale = -1/(2 sigma^2)), w = e^(l - shift), z = d / sigma and
// c = l - ln p - offset.
struct GaussianWindow {
    const double *logP;  // ln p of the window's first event on
    double x0, mu, inverseSigma, scale, shift, offset;
};
constexpr std::size_t kGaussianSums = 6;
// Over the prefix: the sums of w, w c, w z, w z^2, w z c and w z^2 c.
std::size_t gaussianSums(const GaussianWindow &window, std::size_t n,
                         double (&sums)[kGaussianSums]) noexcept;

// One instruction set's kernels (simd_kernels.h), for a whole number of `lanes` events.
using Map = void (*)(const double *, double *, std::size_t) noexcept;
struct Functions {
    std::size_t lanes;
    void (*compare)(const Pass &pass, std::size_t prefix);
    bool (*addWeights)(const double *, std::size_t, double *partials) noexcept;
    void (*normalise)(const double *, std::size_t, double, double *, double *) noexcept;
    Map logs, exps;
    void (*logRatios)(const double *, const double *, const double *, const double *, double *,
                      std::size_t) noexcept;
    void (*renyiNear)(const RenyiTerms &, std::size_t, double *sums) noexcept;
    void (*renyiCurveSums)(const RenyiCurve &, std::size_t, double *sums) noexcept;
    void (*renyiEntropyCurveSums)(const RenyiCurve &, std::size_t, double *sums) noexcept;
    double (*renyiEntropySum)(const RenyiTerms &, std::size_t) noexcept;
    double (*renyiFar)(const RenyiTerms &, std::size_t, double shift) noexcept;
    void (*gaussianSums)(const GaussianWindow &, std::size_t, double *sums) noexcept;
};
constexpr std::size_t kMaxLanes = 8;

// For the kernels: appends the events first + lane, for each lane set in exactly one of the two
// masks, to the list of that side's infinities (a 0 in Q makes D(P||Q) infinite).
void appendOneSidedZeros(unsigned pZero, unsigned qZero, std::size_t first, std::size_t lanes,
                         std::vector<std::size_t> &infinitePQ,
                         std::vector<std::size_t> &infiniteQP);

extern const Functions kAvx2Functions;
extern const Functions kAvx512Functions;

}  // namespace entropy::simd
