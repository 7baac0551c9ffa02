// SPDX-License-Identifier: MIT
#include <entropy/compare.h>
#include <entropy/path_sweep.h>

#include <algorithm>

namespace entropy {

Distribution pathPoint(const Distribution &p, const Distribution &q, double t) {
    t = std::clamp(t, 0.0, 1.0);
    std::vector<double> mixed(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        mixed[i] = (1.0 - t) * p[i] + t * q[i];
    }
    return Distribution::fromWeights(mixed, "Q_t").value();  // a mixture of distributions
}

PathSweep sweepPath(const Distribution &p, const Distribution &q, std::size_t samples,
                    LogBase base) {
    PathSweep sweep;
    samples = std::max<std::size_t>(samples, 2);
    for (std::size_t k = 0; k < samples; ++k) {
        const double t = double(k) / double(samples - 1);
        // The endpoints are P and Q themselves, not a rounded mixture.
        const Distribution qt = k == 0 ? p : k + 1 == samples ? q : pathPoint(p, q, t);
        const Comparison c = compare(p, qt, {.base = base, .perEventTerms = false}).value();
        sweep.t.push_back(t);
        sweep.klPQ.push_back(c.klPQ);
        sweep.klQP.push_back(c.klQP);
        sweep.jensenShannon.push_back(c.jensenShannon);
        sweep.crossEntropy.push_back(c.crossEntropyPQ);
    }
    return sweep;
}

}  // namespace entropy
