// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>

#include <cstddef>
#include <vector>

namespace entropy {

// The quantities along the straight path from P to Q: Q_t = (1 - t) P + t Q, t in [0, 1].
// At t = 0 every divergence is 0; at t = 1 they are those of P and Q. D(P||Q_t) stays finite
// for t < 1 even where Q has zeros, so the sweep shows how a divergence runs off to infinity.
struct PathSweep {
    std::vector<double> t;
    std::vector<double> klPQ;           // D(P || Q_t)
    std::vector<double> klQP;           // D(Q_t || P)
    std::vector<double> jensenShannon;  // JS(P, Q_t)
    std::vector<double> crossEntropy;   // H(P, Q_t)
};

// `samples` >= 2 evenly spaced values of t from 0 to 1. P and Q must have the same size.
[[nodiscard]] PathSweep sweepPath(const Distribution &p, const Distribution &q, std::size_t samples,
                                  LogBase base);

// Q_t itself.
[[nodiscard]] Distribution pathPoint(const Distribution &p, const Distribution &q, double t);

}  // namespace entropy
