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

BinarySweep sweepBinary(double p, std::size_t samples, LogBase base) {
    p = std::clamp(p, 0.0, 1.0);
    samples = std::max<std::size_t>(samples, 2);
    const auto truth = Distribution::fromWeights(std::vector<double>{p, 1.0 - p}, "P").value();
    BinarySweep sweep;
    for (std::size_t k = 0; k < samples; ++k) {
        const double x = double(k) / double(samples - 1);
        const auto model = Distribution::fromWeights(std::vector<double>{x, 1.0 - x}, "Q").value();
        const Comparison c = compare(truth, model, {.base = base, .perEventTerms = false}).value();
        sweep.x.push_back(x);
        sweep.entropy.push_back(c.entropyQ);
        sweep.klPQ.push_back(c.klPQ);
        sweep.klQP.push_back(c.klQP);
        sweep.crossEntropy.push_back(c.crossEntropyPQ);
    }
    return sweep;
}

}  // namespace entropy
