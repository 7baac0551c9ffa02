// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/compare.h>

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

}  // namespace entropy
