// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/fits.h>

#include <cstddef>
#include <vector>

// The pieces of fits.cpp: the family's terms, and the two searches. Minima come back with
// their theta only; fitGaussian fills in the objectives.
namespace entropy::fit_family {

struct BumpTerms {
    std::vector<double> logQ;  // ln q_x
    std::vector<double> q;     // q_x
};

// ln q_x and q_x in one pass: one exponential per event.
[[nodiscard]] BumpTerms bumpTerms(std::size_t n, GaussianParameters theta);

[[nodiscard]] bool hasZero(const Distribution &p) noexcept;

// argmin D(P||Q_theta): the theta whose mean and variance on the grid are P's.
[[nodiscard]] FitMinimum matchMoments(const Distribution &p);

// Every local minimum of D(Q_theta||P) reached from a grid of starts; P has no zero.
[[nodiscard]] std::vector<FitMinimum> reverseMinima(const Distribution &p);

}  // namespace entropy::fit_family
