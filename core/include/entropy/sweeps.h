// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>

#include <cstddef>
#include <vector>

namespace entropy {

// The quantities between a fixed truth P and a family of models Q_x, at `samples` evenly spaced
// x from 0 to 1. Each vector has one value per x.
struct Sweep {
    std::vector<double> x;
    std::vector<double> modelEntropy;   // H(Q_x)
    std::vector<double> klPQ;           // D(P || Q_x)
    std::vector<double> klQP;           // D(Q_x || P)
    std::vector<double> jensenShannon;  // JS(P, Q_x)
    std::vector<double> crossEntropy;   // H(P, Q_x)
};

// The straight path from P to Q: Q_t = (1 - t) P + t Q, x = t in [0, 1]. At t = 0 every
// divergence is 0; at t = 1 they are those of P and Q. D(P||Q_t) stays finite for t < 1 even
// where Q has zeros, so the sweep shows how a divergence runs off to infinity. `samples` >= 2;
// P and Q must have the same size.
[[nodiscard]] Sweep sweepPath(const Distribution &p, const Distribution &q, std::size_t samples,
                              LogBase base);

// Q_t itself.
[[nodiscard]] Distribution pathPoint(const Distribution &p, const Distribution &q, double t);

// The binary case: P = (p, 1-p) against every Q_x = (x, 1-x). H(Q_x) is the binary entropy and
// H(P, Q_x) = -[p log x + (1-p) log(1-x)] the binary cross-entropy. With many events this is
// "one event against the rest": p and x are that event's probabilities.
[[nodiscard]] Sweep sweepBinary(double p, std::size_t samples, LogBase base);

// P = (p, 1-p) as a distribution, p clamped to [0, 1].
[[nodiscard]] Distribution binary(double p);

}  // namespace entropy
