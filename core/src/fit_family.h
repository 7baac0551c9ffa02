// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/fits.h>

#include <cstddef>
#include <vector>

// The pieces of fits.cpp: the family's terms, the objectives' sums, and the two searches. Minima
// come back with their theta only; fitGaussian fills in the objectives.
namespace entropy::fit_family {

struct BumpTerms {
    std::vector<double> logQ;  // ln q_x
    std::vector<double> q;     // q_x
};

// ln q_x and q_x in one pass: one exponential per event.
[[nodiscard]] BumpTerms bumpTerms(std::size_t n, GaussianParameters theta);

[[nodiscard]] bool hasZero(const Distribution &p) noexcept;

// What D(P||Q_theta) needs of P at every theta (fit_sums.cpp): over the events p > 0, the sums
// of p and p ln p, P's mean, and the first two moments of p about it.
struct ForwardTerms {
    double mass = 0.0, sumPLogP = 0.0, mean = 0.0, firstMoment = 0.0, secondMoment = 0.0;
};
[[nodiscard]] ForwardTerms forwardTerms(const Distribution &p);
[[nodiscard]] double forwardNats(const ForwardTerms &terms, GaussianParameters theta,
                                 double logPartition);

// What a bump's objectives need, in one pass over the events near mu: ln Z, and, where P has no
// zero, D(Q_theta||P) (not clamped at 0) and its gradient in (mu, ln sigma).
struct BumpSums {
    double logPartition;
    double reverseNats;
    double dMu, dLogSigma;
};
[[nodiscard]] BumpSums bumpSums(const Distribution &p, GaussianParameters theta);

// argmin D(P||Q_theta): the theta whose mean and variance on the grid are P's.
[[nodiscard]] FitMinimum matchMoments(const Distribution &p);

// Every local minimum of D(Q_theta||P) reached from a grid of starts; P has no zero.
[[nodiscard]] std::vector<FitMinimum> reverseMinima(const Distribution &p);

}  // namespace entropy::fit_family
