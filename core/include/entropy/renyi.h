// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>

#include <limits>
#include <span>
#include <vector>

// Rényi's divergences and entropies of order alpha >= 0, in the unit of `base`.
//   D_a(P||Q) = 1/(a-1) log sum p^a q^(1-a)        H_a(P) = 1/(1-a) log sum p^a
// Conventions, the same as for KL where they overlap:
// - Events with p = 0 add nothing. For a > 1, q = 0 < p gives +infinity; for a < 1 such an event
//   adds nothing (q^(1-a) = 0), and the divergence is infinite only when P and Q share no event.
// - The limits are exact special cases: a = 1 is KL divergence and Shannon entropy; a = 0 is
//   -log Q(support of P) and log |support of P|; a = infinity is log max p/q and -log max p.
// - Accurate at every order, also next to 1: sum p^a q^(1-a) - 1 is written as a sum of terms of
//   one sign (a deviance form, as for KL), so no digits cancel between 1/(a-1) and a log near 0.
// A negative or NaN alpha gives NaN.
namespace entropy {

inline constexpr double kInfiniteOrder = std::numeric_limits<double>::infinity();

[[nodiscard]] double renyiDivergence(const Distribution &p, const Distribution &q, double alpha,
                                     LogBase base = LogBase::Bits);
// D at each order of `alphas`, for the curves over alpha: what the orders share (the events both
// draw and ln(p/q) on them) is worked out once, and the orders at least 1/4 from 1 are summed
// together in one pass, evenly spaced ones sharing their exponentials. Each value is
// renyiDivergence's within a few parts in 10^14; the orders nearer 1 are exactly its.
[[nodiscard]] std::vector<double> renyiDivergences(const Distribution &p, const Distribution &q,
                                                   std::span<const double> alphas,
                                                   LogBase base = LogBase::Bits);
[[nodiscard]] double renyiEntropy(const Distribution &p, double alpha,
                                  LogBase base = LogBase::Bits);
// H at each order of `alphas`, as renyiEntropy gives them, P's events worked out once.
[[nodiscard]] std::vector<double> renyiEntropies(const Distribution &p,
                                                 std::span<const double> alphas,
                                                 LogBase base = LogBase::Bits);

// Both divergences and both entropies at one order, in the unit of `base`.
struct RenyiValues {
    double alpha, divergencePQ, divergenceQP, entropyP, entropyQ;
};
[[nodiscard]] RenyiValues renyiValues(const Distribution &p, const Distribution &q, double alpha,
                                      LogBase base = LogBase::Bits);

}  // namespace entropy
