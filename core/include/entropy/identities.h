// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/compare.h>

#include <vector>

namespace entropy {

// The classroom checks on a comparison, each shown live by the window.
struct Identities {
    // Gibbs' inequality: D >= 0 both ways (always true; shown, not assumed).
    bool gibbsHolds = true;
    // H(P,Q) - H(P) - D(P||Q), and the same for Q: 0 up to rounding (NaN if infinite).
    double residualPQ = 0.0, residualQP = 0.0;
    // Pinsker: TV(P,Q) <= sqrt(D(P||Q) / 2), D in nats. The bound, and whether it holds.
    double pinskerBound = 0.0;
    bool pinskerHolds = true;
};

[[nodiscard]] Identities checkIdentities(const Comparison &comparison);

// The binary case: for P = (p, 1-p), the quantities against Q = (x, 1-x) as x sweeps from 0
// to 1 in `samples` steps: the binary entropy H(x), D(P||Q_x), D(Q_x||P) and the binary
// cross-entropy H(P, Q_x) = -[p log x + (1-p) log(1-x)].
struct BinarySweep {
    std::vector<double> x, entropy, klPQ, klQP, crossEntropy;
};
[[nodiscard]] BinarySweep sweepBinary(double p, std::size_t samples, LogBase base);

}  // namespace entropy
