// SPDX-License-Identifier: MIT
#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/sampling.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace entropy {

AliasSampler::AliasSampler(const Distribution &d) : m_columns(d.size(), Column{1.0, 0}) {
    const std::size_t n = d.size();
    std::vector<double> scaled(n);
    std::vector<std::size_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        scaled[i] = d[i] * double(n);
        m_columns[i].alias = i;
        (scaled[i] < 1.0 ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
        const std::size_t less = small.back(), more = large.back();
        small.pop_back();
        m_columns[less] = {scaled[less], more};
        scaled[more] = (scaled[more] + scaled[less]) - 1.0;
        if (scaled[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    // What is left is 1 up to rounding: those columns keep their own event. A column left
    // over with probability 0 (only rounding put it here) must never be drawn as itself.
    for (const std::size_t i : small) {
        m_columns[i].keep = d[i] > 0.0 ? 1.0 : 0.0;
    }
    const auto likeliest =
        std::size_t(std::max_element(d.probabilities().begin(), d.probabilities().end()) -
                    d.probabilities().begin());
    for (std::size_t i = 0; i < n; ++i) {
        if (m_columns[i].keep == 0.0 && m_columns[i].alias == i) {
            m_columns[i].alias = likeliest;  // an empty column with no alias
        }
    }
}

std::size_t AliasSampler::choose(std::size_t column, double coin) const noexcept {
    const auto [keep, alias] = m_columns[column];
    // Chosen by a mask, not a branch, which the processor would guess wrong as often as the
    // coin says so (the compiler made one of a ?: here).
    const std::size_t toAlias = std::size_t{0} - std::size_t(coin >= keep);
    return column ^ ((column ^ alias) & toAlias);
}

std::size_t AliasSampler::draw(SplitMix64 &random) const noexcept {
    const std::size_t column = random.below(m_columns.size());
    return choose(column, random.uniform());
}

void AliasSampler::draw(SplitMix64 &random, std::span<std::size_t> out) const noexcept {
    constexpr std::size_t kAhead = 32;
    double coins[kAhead];
    for (std::size_t start = 0; start < out.size(); start += kAhead) {
        const std::span<std::size_t> batch =
            out.subspan(start, std::min(kAhead, out.size() - start));
        for (std::size_t j = 0; j < batch.size(); ++j) {
            batch[j] = random.below(m_columns.size());
            coins[j] = random.uniform();
            __builtin_prefetch(&m_columns[batch[j]]);
        }
        for (std::size_t j = 0; j < batch.size(); ++j) {
            batch[j] = choose(batch[j], coins[j]);
        }
    }
}

std::uint64_t pathSeed(std::uint64_t seed, std::size_t path) noexcept {
    if (path == 0) {
        return seed;
    }
    SplitMix64 mix(seed ^ (0xD1B54A32D192ED03ULL * path));
    return mix.next();
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

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

// Each event's two logs side by side, ln p and ln q: one read per draw. ln 0 = -inf marks a zero.
using PairedLogs = std::vector<std::array<double, 2>>;

PairedLogs pairedLogs(const Distribution &p, const Distribution &q) {
    PairedLogs logs(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        logs[i] = {p.logProbabilities()[i], q.logProbabilities()[i]};
    }
    return logs;
}

// The position in `xs` of the first event whose log on `side` (0 for P, 1 for Q) is -inf.
std::size_t firstZero(std::span<const std::size_t> xs, const PairedLogs &logs, std::size_t side) {
    return std::size_t(
        std::ranges::find_if(xs, [&](std::size_t x) { return logs[x][side] == -kInfinity; }) -
        xs.begin());
}

void resizeTrace(SampleRun::Trace &trace, std::size_t size) {
    for (auto *column :
         {&trace.n, &trace.meanSurprisalP, &trace.meanSurprisalQ, &trace.logLikelihoodRatio}) {
        column->resize(size);
    }
}

// The sums over the draws of -ln p, -ln q and ln(p/q).
struct DrawSums {
    double p = 0.0, q = 0.0, ratio = 0.0;
};

// Draws run.n events into run's counts, trace and first infinities. In batches: the memory of
// each batch's events is asked for at once, which matters when the tables outgrow the cache.
DrawSums drawAll(SampleRun &run, const AliasSampler &sampler, const PairedLogs &logs,
                 std::span<const std::size_t> points, double perNat) {
    SplitMix64 random(run.seed);
    // The trace is written in place, not appended: a call in the loop would keep the sums in
    // memory, not in registers.
    resizeTrace(run.trace, points.size());
    DrawSums sums;
    std::size_t next = 0;
    constexpr std::size_t kBatch = 64;
    std::size_t batch[kBatch];
    for (std::size_t first = 1; first <= run.n; first += kBatch) {
        const std::span<std::size_t> xs(batch, std::min(kBatch, run.n + 1 - first));
        sampler.draw(random, xs);
        for (const std::size_t x : xs) {
            __builtin_prefetch(&logs[x]);
            __builtin_prefetch(&run.counts[x], 1);
        }
        for (std::size_t j = 0; j < xs.size(); ++j) {
            const std::size_t k = first + j;
            ++run.counts[xs[j]];
            const auto [lnP, lnQ] = logs[xs[j]];
            sums.p -= lnP;
            sums.q -= lnQ;
            sums.ratio += lnP - lnQ;  // +inf where q = 0, -inf where p = 0 (never both)
            if (next < points.size() && points[next] == k) {
                run.trace.n[next] = double(k);
                run.trace.meanSurprisalP[next] = sums.p * perNat / double(k);
                run.trace.meanSurprisalQ[next] = sums.q * perNat / double(k);
                run.trace.logLikelihoodRatio[next] = sums.ratio * perNat;
                ++next;
            }
        }
        // A mean turns infinite at the first draw of a zero, and stays so: found per batch.
        if (run.firstInfiniteQ == 0 && sums.q == kInfinity) {
            run.firstInfiniteQ = first + firstZero(xs, logs, 1);
        }
        if (run.firstInfiniteP == 0 && sums.p == kInfinity) {
            run.firstInfiniteP = first + firstZero(xs, logs, 0);
        }
    }
    resizeTrace(run.trace, next);  // none for no draws
    return sums;
}

}  // namespace

SampleRun sample(const Distribution &p, const Distribution &q, const std::vector<double> &lengthsP,
                 const std::vector<double> &lengthsQ, const SampleOptions &options) {
    SampleRun run;
    run.n = std::min(options.n, kMaxDraws);
    run.seed = options.seed;
    run.from = options.from;
    run.base = options.base;
    run.counts.assign(p.size(), 0);
    const Distribution &source = options.from == SampleSource::P ? p : q;
    const double perNat = 1.0 / lnOfBase(options.base);
    const DrawSums sums = drawAll(run, AliasSampler(source), pairedLogs(p, q),
                                  tracePointsUpTo(run.n, options.tracePoints), perNat);
    if (run.n > 0) {
        run.meanSurprisalP = sums.p * perNat / double(run.n);
        run.meanSurprisalQ = sums.q * perNat / double(run.n);
        run.logLikelihoodRatio = sums.ratio * perNat;
        const std::vector<double> weights(run.counts.begin(), run.counts.end());
        const auto empirical = Distribution::fromWeights(weights, "sample").value();
        run.empiricalKL =
            compare(empirical, source, {.base = options.base, .perEventTerms = false}).value().klPQ;
    }
    run.bitsPCode = bitsPerSymbol(run.counts, lengthsP, run.n);
    run.bitsQCode = bitsPerSymbol(run.counts, lengthsQ, run.n);
    run.expectedBitsPCode = expectedLength(source, lengthsP);
    run.expectedBitsQCode = expectedLength(source, lengthsQ);
    return run;
}

}  // namespace entropy
