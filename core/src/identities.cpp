// SPDX-License-Identifier: MIT
#include <entropy/identities.h>

#include <algorithm>
#include <cmath>

namespace entropy {

Identities checkIdentities(const Comparison &c) {
    Identities result;
    result.gibbsHolds = c.klPQ >= 0.0 && c.klQP >= 0.0;
    result.residualPQ =
        std::isfinite(c.crossEntropyPQ) ? c.crossEntropyPQ - c.entropyP - c.klPQ : std::nan("");
    result.residualQP =
        std::isfinite(c.crossEntropyQP) ? c.crossEntropyQP - c.entropyQ - c.klQP : std::nan("");
    const double klNats = c.klPQ * lnOfBase(c.base);
    result.pinskerBound = std::sqrt(klNats / 2.0);
    result.pinskerHolds = c.totalVariation <= result.pinskerBound * (1 + 1e-12) + 1e-300;
    return result;
}

}  // namespace entropy
