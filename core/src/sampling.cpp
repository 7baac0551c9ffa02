// SPDX-License-Identifier: MIT
#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/sampling.h>

#include <algorithm>
#include <cmath>

namespace entropy {

AliasSampler::AliasSampler(const Distribution &d) : m_keep(d.size(), 1.0), m_alias(d.size()) {
    const std::size_t n = d.size();
    std::vector<double> scaled(n);
    std::vector<std::size_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        scaled[i] = d[i] * double(n);
        m_alias[i] = i;
        (scaled[i] < 1.0 ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
        const std::size_t less = small.back(), more = large.back();
        small.pop_back();
        m_keep[less] = scaled[less];
        m_alias[less] = more;
        scaled[more] = (scaled[more] + scaled[less]) - 1.0;
        if (scaled[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    // What is left is 1 up to rounding: those columns keep their own event. A column left
    // over with probability 0 (only rounding put it here) must never be drawn as itself.
    for (const std::size_t i : small) {
        m_keep[i] = d[i] > 0.0 ? 1.0 : 0.0;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (m_keep[i] == 0.0 && m_alias[i] == i) {
            // An empty column with no alias: send it to the most likely event.
            m_alias[i] =
                std::size_t(std::max_element(d.probabilities().begin(), d.probabilities().end()) -
                            d.probabilities().begin());
        }
    }
}

std::size_t AliasSampler::draw(SplitMix64 &random) const noexcept {
    const std::size_t column = random.below(m_keep.size());
    // Both read first, so that the choice is a conditional move, not a branch the processor
    // guesses wrong as often as the coin says so.
    const std::size_t alias = m_alias[column];
    return random.uniform() < m_keep[column] ? column : alias;
}

std::uint64_t pathSeed(std::uint64_t seed, std::size_t path) noexcept {
    if (path == 0) {
        return seed;
    }
    SplitMix64 mix(seed ^ (0xD1B54A32D192ED03ULL * path));
    return mix.next();
}

namespace {

// n values spaced evenly in log n from 1 to `last`, each once, ending with `last`.
std::vector<std::size_t> tracePointsUpTo(std::size_t last, std::size_t count) {
    std::vector<std::size_t> points;
    const double top = std::log(double(std::max<std::size_t>(last, 1)));
    for (std::size_t k = 0; k < count; ++k) {
        const double at = count > 1 ? top * double(k) / double(count - 1) : top;
        const auto n = std::size_t(std::llround(std::exp(at)));
        if (n >= 1 && n <= last && (points.empty() || n > points.back())) {
            points.push_back(n);
        }
    }
    if (points.empty() || points.back() != last) {
        points.push_back(last);
    }
    return points;
}

// Bits per symbol of encoding the draws with a code of these lengths.
double bitsPerSymbol(const std::vector<std::size_t> &counts, const std::vector<double> &lengths,
                     std::size_t n) {
    double bits = 0.0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) {
            bits += double(counts[i]) * lengths[i];
        }
    }
    return n > 0 ? bits / double(n) : 0.0;
}

}  // namespace

SampleRun sample(const Distribution &p, const Distribution &q, const Code &codeP, const Code &codeQ,
                 const SampleOptions &options) {
    SampleRun run;
    run.n = std::min(options.n, kMaxDraws);
    run.seed = options.seed;
    run.from = options.from;
    run.base = options.base;
    run.counts.assign(p.size(), 0);
    const Distribution &source = options.from == SampleSource::P ? p : q;
    const AliasSampler sampler(source);
    SplitMix64 random(options.seed);
    const auto lnP = p.logProbabilities(), lnQ = q.logProbabilities();
    const double perNat = 1.0 / lnOfBase(options.base);
    const std::vector<std::size_t> points = tracePointsUpTo(run.n, options.tracePoints);
    double sumP = 0.0, sumQ = 0.0, ratio = 0.0;  // in nats
    std::size_t next = 0;
    for (std::size_t k = 1; k <= run.n; ++k) {
        const std::size_t x = sampler.draw(random);
        ++run.counts[x];
        sumP -= lnP[x];
        sumQ -= lnQ[x];
        ratio += lnP[x] - lnQ[x];  // +inf where q = 0, -inf where p = 0 (never both)
        if (run.firstInfiniteQ == 0 && q[x] == 0.0) {
            run.firstInfiniteQ = k;
        }
        if (run.firstInfiniteP == 0 && p[x] == 0.0) {
            run.firstInfiniteP = k;
        }
        if (next < points.size() && points[next] == k) {
            run.trace.n.push_back(double(k));
            run.trace.meanSurprisalP.push_back(sumP * perNat / double(k));
            run.trace.meanSurprisalQ.push_back(sumQ * perNat / double(k));
            run.trace.logLikelihoodRatio.push_back(ratio * perNat);
            ++next;
        }
    }
    if (run.n > 0) {
        run.meanSurprisalP = sumP * perNat / double(run.n);
        run.meanSurprisalQ = sumQ * perNat / double(run.n);
        run.logLikelihoodRatio = ratio * perNat;
        const std::vector<double> weights(run.counts.begin(), run.counts.end());
        const auto empirical = Distribution::fromWeights(weights, "sample").value();
        run.empiricalKL =
            compare(empirical, source, {.base = options.base, .perEventTerms = false}).value().klPQ;
    }
    run.bitsPCode = bitsPerSymbol(run.counts, codeP.lengths, run.n);
    run.bitsQCode = bitsPerSymbol(run.counts, codeQ.lengths, run.n);
    run.expectedBitsPCode = expectedLength(source, codeP.lengths);
    run.expectedBitsQCode = expectedLength(source, codeQ.lengths);
    return run;
}

}  // namespace entropy
