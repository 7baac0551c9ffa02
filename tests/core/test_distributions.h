// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>

#include <random>
#include <vector>

// Random distributions for property and precision tests, and a shorthand for fixed ones.
namespace testing_support {

inline entropy::Distribution make(std::vector<double> weights, const char *name = "P") {
    return entropy::Distribution::fromWeights(weights, name).value();
}

// Weights drawn from a symmetric Dirichlet(alpha): small alpha gives spiky distributions with
// many near-zero events, large alpha nearly uniform ones.
inline std::vector<double> dirichletWeights(std::size_t n, double alpha, std::mt19937_64 &rng) {
    std::gamma_distribution<double> gamma(alpha, 1.0);
    std::vector<double> weights(n);
    for (auto &w : weights) {
        w = gamma(rng);
    }
    weights[0] += 1e-300;  // never all zero, even at tiny alpha
    return weights;
}

}  // namespace testing_support
