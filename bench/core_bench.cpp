// SPDX-License-Identifier: MIT
// entropy-core-bench: the one-pass comparison of P and Q, in nanoseconds per event, and the
// kernels behind the views: codes, Rényi's divergences, the fit landscape.
// Run: build/release/bench/entropy-core-bench [--benchmark_format=json]
// ENTROPY_BENCH_PAIR=FILE takes P and Q of the N-event benchmarks from FILE instead: 2N raw
// doubles, P's weights then Q's (bench/compare_scipy.py writes it, to time SciPy on the same pair).
#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/fits.h>
#include <entropy/instruction_set.h>
#include <entropy/memory_policy.h>
#include <entropy/renyi.h>
#include <entropy/sampling.h>

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <fstream>
#include <malloc.h>
#include <optional>
#include <random>
#include <span>
#include <string>
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

// P's and Q's weights from ENTROPY_BENCH_PAIR when it holds 2n doubles; nothing otherwise.
std::optional<std::pair<std::vector<double>, std::vector<double>>> givenPair(std::size_t n) {
    const char *path = std::getenv("ENTROPY_BENCH_PAIR");
    std::ifstream file(path ? path : "", std::ios::binary | std::ios::ate);
    if (!file || std::size_t(file.tellg()) != 2 * n * sizeof(double)) {
        return std::nullopt;
    }
    std::vector<double> p(n), q(n);
    file.seekg(0);
    file.read(reinterpret_cast<char *>(p.data()), std::streamsize(n * sizeof(double)));
    file.read(reinterpret_cast<char *>(q.data()), std::streamsize(n * sizeof(double)));
    return std::pair{std::move(p), std::move(q)};
}

Pair randomPair(std::size_t n) {
    auto given = givenPair(n);
    const auto p = given ? given->first : randomWeights(n, 1);
    const auto q = given ? given->second : randomWeights(n, 2);
    return {entropy::Distribution::fromWeights(p, "P").value(),
            entropy::Distribution::fromWeights(q, "Q").value()};
}

void reportPerEvent(benchmark::State &state, std::size_t n) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.counters["ns_per_event"] =
        benchmark::Counter(static_cast<double>(state.iterations() * n),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Times `work` on a random pair of N events, N the benchmark's first argument.
template <class Work>
void timeOnPair(benchmark::State &state, Work work) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const Pair pair = randomPair(n);
    for (auto _ : state) {
        work(pair);
    }
    reportPerEvent(state, n);
}

// The floor under the totals: only reading what they read (p, q and both logs, 32 bytes an
// event), summed in four independent lanes. At N = 10^6 this is the memory's speed, which no
// computation of every quantity can beat.
void BM_ReadFloor(benchmark::State &state) {
    timeOnPair(state, [](const Pair &pair) {
        double lanes[4] = {};
        const std::span<const double> arrays[] = {pair.p.probabilities(), pair.q.probabilities(),
                                                  pair.p.logProbabilities(),
                                                  pair.q.logProbabilities()};
        const std::size_t n = pair.p.size();
        for (std::size_t i = 0; i + 3 < n; i += 4) {
            for (std::size_t lane = 0; lane < 4; ++lane) {
                for (const auto &array : arrays) {
                    lanes[lane] += array[i + lane];
                }
            }
        }
        benchmark::DoNotOptimize(lanes);
    });
}

// Caps the instruction set at the benchmark's second argument (0 scalar, 1 AVX2, 2 AVX-512),
// while it lives, and names the set in use in the report.
class InstructionSetArgument {
public:
    explicit InstructionSetArgument(benchmark::State &state)
        : m_previous(entropy::setInstructionSetCap(entropy::InstructionSet(state.range(1)))) {
        state.SetLabel(std::string(entropy::name(entropy::instructionSet())));
    }
    ~InstructionSetArgument() { entropy::setInstructionSetCap(m_previous); }
    InstructionSetArgument(const InstructionSetArgument &) = delete;
    InstructionSetArgument &operator=(const InstructionSetArgument &) = delete;

private:
    entropy::InstructionSet m_previous;
};

// Every quantity, totals only: what the headline target is about.
void BM_CompareTotals(benchmark::State &state) {
    const InstructionSetArgument set(state);
    timeOnPair(state, [](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::compare(pair.p, pair.q, {.perEventTerms = false}));
    });
}

// Totals plus the per-event vectors the charts draw.
void BM_CompareWithEventTerms(benchmark::State &state) {
    timeOnPair(state, [](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::compare(pair.p, pair.q));
    });
}

// Building a distribution from weights (normalising, and the one log per event it keeps).
void BM_DistributionFromWeights(benchmark::State &state) {
    const InstructionSetArgument set(state);
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto weights = randomWeights(n, 3);
    for (auto _ : state) {
        benchmark::DoNotOptimize(entropy::Distribution::fromWeights(weights, "P"));
    }
    reportPerEvent(state, n);
}

// The same, with glibc's default limits for the heap (M_MMAP_THRESHOLD and M_TRIM_THRESHOLD
// as they start), which give 10^6 events' arrays back to the kernel when they are freed: every
// build then faults its 16 MB in afresh. What entropy::keepFreedMemoryForReuse() saves.
void BM_DistributionFromWeightsFreshMemory(benchmark::State &state) {
    constexpr int kGlibcDefault = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, kGlibcDefault);
    mallopt(M_TRIM_THRESHOLD, kGlibcDefault);
    BM_DistributionFromWeights(state);
    entropy::keepFreedMemoryForReuse();
}

// Both Huffman codes and the code lengths, as the Codes and Samples views ask for them.
void BM_CompareCodes(benchmark::State &state) {
    timeOnPair(state, [](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::compareCodes(pair.p, pair.q));
    });
}

// 10^6 draws from P of N events with their running statistics, the codes built beforehand:
// the Samples view's run. Reported per draw.
void BM_SampleRun(benchmark::State &state) {
    const Pair pair = randomPair(std::size_t(state.range(0)));
    const auto lengthsP = entropy::huffmanLengths(pair.p),
               lengthsQ = entropy::huffmanLengths(pair.q);
    const entropy::SampleOptions options{.n = entropy::kMaxDraws};
    for (auto _ : state) {
        benchmark::DoNotOptimize(entropy::sample(pair.p, pair.q, lengthsP, lengthsQ, options));
    }
    state.counters["ns_per_draw"] =
        benchmark::Counter(double(state.iterations() * options.n),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// One order of Rényi's divergence in each direction: the Rényi view's curves are 21 to 101 of
// these. Order 1/2 and 2 take the series and the exponential paths.
void BM_RenyiDivergence(benchmark::State &state) {
    const double alpha = double(state.range(1)) / 10.0;
    timeOnPair(state, [alpha](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::renyiDivergence(pair.p, pair.q, alpha));
        benchmark::DoNotOptimize(entropy::renyiDivergence(pair.q, pair.p, alpha));
    });
}

// A Rényi curve as the view draws it past 4,096 events: 21 orders from 0 to 5, both directions.
void BM_RenyiCurve(benchmark::State &state) {
    std::vector<double> alphas;
    for (int i = 0; i <= 20; ++i) {
        alphas.push_back(0.25 * i);
    }
    timeOnPair(state, [&alphas](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::renyiDivergences(pair.p, pair.q, alphas));
        benchmark::DoNotOptimize(entropy::renyiDivergences(pair.q, pair.p, alphas));
    });
}

// The Fit view's two landscapes: D(P||Q) and D(Q||P) over a 200 x 48 grid of Gaussians.
void BM_FitLandscape(benchmark::State &state) {
    timeOnPair(state, [](const Pair &pair) {
        benchmark::DoNotOptimize(entropy::fitLandscape(pair.p, 200, 48, entropy::LogBase::Bits));
    });
}

}  // namespace

BENCHMARK(BM_CompareCodes)->Arg(65536);
BENCHMARK(BM_SampleRun)->Arg(40)->Arg(65536);
BENCHMARK(BM_RenyiDivergence)->Args({65536, 5})->Args({65536, 20});
BENCHMARK(BM_RenyiCurve)->Arg(65536);
BENCHMARK(BM_FitLandscape)->Arg(40)->Arg(1024);
BENCHMARK(BM_ReadFloor)->Arg(1000)->Arg(1000000);
BENCHMARK(BM_CompareTotals)
    ->ArgsProduct({{10, 1000, 1000000}, {2}})
    ->ArgsProduct({{1000000}, {0, 1}});
BENCHMARK(BM_CompareWithEventTerms)->Arg(10)->Arg(1000)->Arg(1000000);
BENCHMARK(BM_DistributionFromWeights)
    ->ArgsProduct({{10, 1000, 1000000}, {2}})
    ->ArgsProduct({{1000000}, {0, 1}});
BENCHMARK(BM_DistributionFromWeightsFreshMemory)->Args({1000000, 2});

int main(int argc, char **argv) {
    entropy::keepFreedMemoryForReuse();  // as the application does (app/main.cpp)
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
