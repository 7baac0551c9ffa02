// SPDX-License-Identifier: MIT
// entropy-core-bench: the one-pass comparison of P and Q, in nanoseconds per event.
// Run: build/release/bench/entropy-core-bench [--benchmark_format=json]
#include <entropy/compare.h>

#include <benchmark/benchmark.h>
#include <random>
#include <vector>

namespace {

std::vector<double> randomWeights(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> gamma(1.0, 1.0);
    std::vector<double> weights(n);
    for (auto &w : weights) {
        w = gamma(rng) + 1e-12;
    }
    return weights;
}

struct Pair {
    entropy::Distribution p, q;
};

Pair randomPair(std::size_t n) {
    return {entropy::Distribution::fromWeights(randomWeights(n, 1), "P").value(),
            entropy::Distribution::fromWeights(randomWeights(n, 2), "Q").value()};
}

void reportPerEvent(benchmark::State &state, std::size_t n) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.counters["ns_per_event"] =
        benchmark::Counter(static_cast<double>(state.iterations() * n),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Every quantity, totals only: what the headline target is about.
void BM_CompareTotals(benchmark::State &state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const Pair pair = randomPair(n);
    for (auto _ : state) {
        auto result = entropy::compare(pair.p, pair.q, {.perEventTerms = false});
        benchmark::DoNotOptimize(result);
    }
    reportPerEvent(state, n);
}

// Totals plus the per-event vectors the charts draw.
void BM_CompareWithEventTerms(benchmark::State &state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const Pair pair = randomPair(n);
    for (auto _ : state) {
        auto result = entropy::compare(pair.p, pair.q);
        benchmark::DoNotOptimize(result);
    }
    reportPerEvent(state, n);
}

// Building a distribution from weights (normalising, and the one log per event it keeps).
void BM_DistributionFromWeights(benchmark::State &state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto weights = randomWeights(n, 3);
    for (auto _ : state) {
        auto distribution = entropy::Distribution::fromWeights(weights, "P");
        benchmark::DoNotOptimize(distribution);
    }
    reportPerEvent(state, n);
}

}  // namespace

BENCHMARK(BM_CompareTotals)->Arg(10)->Arg(1000)->Arg(1000000);
BENCHMARK(BM_CompareWithEventTerms)->Arg(10)->Arg(1000)->Arg(1000000);
BENCHMARK(BM_DistributionFromWeights)->Arg(10)->Arg(1000)->Arg(1000000);

BENCHMARK_MAIN();
