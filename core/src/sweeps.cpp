// SPDX-License-Identifier: MIT
#include <entropy/compare.h>
#include <entropy/sweeps.h>

#include <algorithm>

namespace entropy {
namespace {

// The one sweep loop: compares the truth with modelAt(k, x) for each of `samples` values of x.
template <typename ModelAt>
Sweep sweep(const Distribution &truth, std::size_t samples, LogBase base, ModelAt modelAt) {
    samples = std::max<std::size_t>(samples, 2);
    Sweep result;
    for (auto *column : {&result.x, &result.modelEntropy, &result.klPQ, &result.klQP,
                         &result.jensenShannon, &result.crossEntropy}) {
        column->reserve(samples);
    }
    for (std::size_t k = 0; k < samples; ++k) {
        const double x = double(k) / double(samples - 1);
        const Comparison c =
            compare(truth, modelAt(k, samples, x), {.base = base, .perEventTerms = false}).value();
        result.x.push_back(x);
        result.modelEntropy.push_back(c.entropyQ);
        result.klPQ.push_back(c.klPQ);
        result.klQP.push_back(c.klQP);
        result.jensenShannon.push_back(c.jensenShannon);
        result.crossEntropy.push_back(c.crossEntropyPQ);
    }
    return result;
}

}  // namespace

Distribution pathPoint(const Distribution &p, const Distribution &q, double t) {
    t = std::clamp(t, 0.0, 1.0);
    std::vector<double> mixed(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        mixed[i] = (1.0 - t) * p[i] + t * q[i];
    }
    return Distribution::fromWeights(mixed, "Q_t").value();  // a mixture of distributions
}

Sweep sweepPath(const Distribution &p, const Distribution &q, std::size_t samples, LogBase base) {
    return sweep(p, samples, base, [&](std::size_t k, std::size_t n, double t) {
        // The endpoints are P and Q themselves, not a rounded mixture.
        return k == 0 ? p : k + 1 == n ? q : pathPoint(p, q, t);
    });
}

Distribution binary(double p) {
    p = std::clamp(p, 0.0, 1.0);
    return Distribution::fromWeights(std::vector<double>{p, 1.0 - p}, "binary").value();
}

Sweep sweepBinary(double p, std::size_t samples, LogBase base) {
    return sweep(binary(p), samples, base,
                 [](std::size_t, std::size_t, double x) { return binary(x); });
}

}  // namespace entropy
