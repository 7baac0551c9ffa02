// SPDX-License-Identifier: MIT
// The portable generator, the alias sampler and the running statistics of samples.
#include "test_distributions.h"

#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/sampling.h>

#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace entropy;
using testing_support::make;

TEST(SplitMix64, GivesThePublishedSequenceForSeedZero) {
    // The reference implementation (Vigna, splitmix64.c) from state 0.
    SplitMix64 random(0);
    EXPECT_EQ(random.next(), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(random.next(), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(random.next(), 0x06C45D188009454FULL);
}

TEST(SplitMix64, HighProductMatchesTheCompilersWideMultiply) {
    __extension__ using Wide = unsigned __int128;
    std::mt19937_64 rng(3);
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t a = rng(), b = rng() >> (i % 64);
        EXPECT_EQ(SplitMix64::mulHighPortable(a, b), std::uint64_t(Wide(a) * b >> 64));
        EXPECT_EQ(SplitMix64::mulHigh(a, b), std::uint64_t(Wide(a) * b >> 64));
    }
}

TEST(AliasSampler, DrawsEachEventAsOftenAsItsProbabilityAndNeverAZero) {
    const auto d = make({0.5, 0.0, 0.3, 0.15, 0.05});
    const AliasSampler sampler(d);
    SplitMix64 random(42);
    constexpr int n = 200000;
    std::vector<int> counts(d.size());
    for (int k = 0; k < n; ++k) {
        ++counts[sampler.draw(random)];
    }
    EXPECT_EQ(counts[1], 0);
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double sd = std::sqrt(n * d[i] * (1 - d[i]));
        EXPECT_NEAR(counts[i], n * d[i], 5 * sd + 1) << "event " << i;
    }
}

TEST(AliasSampler, DrawingManyAtOnceGivesTheDrawsOneAtATime) {
    std::mt19937_64 rng(8);
    const auto d = make(testing_support::dirichletWeights(5000, 0.5, rng));
    const AliasSampler sampler(d);
    SplitMix64 single(9), batched(9);
    std::vector<std::size_t> many(1000);  // not a whole number of the sampler's batches
    sampler.draw(batched, many);
    for (const std::size_t x : many) {
        ASSERT_EQ(x, sampler.draw(single));
    }
    EXPECT_EQ(batched.next(), single.next());
}

TEST(Sample, TheSameSeedGivesTheSameDrawsAndAnotherSeedOthers) {
    const auto p = make({0.6, 0.3, 0.1}), q = make({0.2, 0.3, 0.5}, "Q");
    const auto cp = huffmanLengths(p), cq = huffmanLengths(q);
    const SampleRun a = sample(p, q, cp, cq, {.n = 5000, .seed = 7});
    const SampleRun b = sample(p, q, cp, cq, {.n = 5000, .seed = 7});
    const SampleRun c = sample(p, q, cp, cq, {.n = 5000, .seed = 8});
    EXPECT_EQ(a.counts, b.counts);
    EXPECT_EQ(a.logLikelihoodRatio, b.logLikelihoodRatio);
    EXPECT_NE(a.counts, c.counts);
    EXPECT_NE(pathSeed(7, 1), pathSeed(7, 2));
    EXPECT_EQ(pathSeed(7, 0), 7u);
}

TEST(Sample, MeansConvergeToTheCrossEntropyAndEntropyWithinFiveStandardErrors) {
    std::mt19937_64 rng(11);
    constexpr std::size_t n = 100000;
    for (int trial = 0; trial < 20; ++trial) {
        const std::size_t events = 2 + std::size_t(trial) * 3;
        const auto p = make(testing_support::dirichletWeights(events, 1.0, rng));
        auto qWeights = testing_support::dirichletWeights(events, 1.0, rng);
        for (double &w : qWeights) {
            w += 1e-3;  // no zero in Q: the means stay finite
        }
        const auto q = make(qWeights, "Q");
        const Comparison c = compare(p, q).value();
        // Standard errors from the variances of -log q(x), -log p(x) and log(p/q) under P.
        double varQ = 0, varP = 0, varRatio = 0;
        for (std::size_t i = 0; i < events; ++i) {
            if (p[i] > 0) {
                const double sq = -std::log2(q[i]), sp = -std::log2(p[i]), r = sq - sp;
                varQ += p[i] * (sq - c.crossEntropyPQ) * (sq - c.crossEntropyPQ);
                varP += p[i] * (sp - c.entropyP) * (sp - c.entropyP);
                varRatio += p[i] * (r - c.klPQ) * (r - c.klPQ);
            }
        }
        const SampleRun run = sample(p, q, huffmanLengths(p), huffmanLengths(q),
                                     {.n = n, .seed = std::uint64_t(trial)});
        const double root = std::sqrt(double(n));
        EXPECT_NEAR(run.meanSurprisalQ, c.crossEntropyPQ, 5 * std::sqrt(varQ) / root + 1e-12);
        EXPECT_NEAR(run.meanSurprisalP, c.entropyP, 5 * std::sqrt(varP) / root + 1e-12);
        EXPECT_NEAR(run.logLikelihoodRatio / double(n), c.klPQ,
                    5 * std::sqrt(varRatio) / root + 1e-12);
    }
}

TEST(Sample, DrawingFromQMakesTheEvidenceFallWithSlopeMinusDqp) {
    const auto p = make({0.6, 0.3, 0.1}), q = make({0.2, 0.3, 0.5}, "Q");
    const SampleRun run = sample(p, q, huffmanLengths(p), huffmanLengths(q),
                                 {.n = 200000, .seed = 3, .from = SampleSource::Q});
    EXPECT_NEAR(run.logLikelihoodRatio / 200000.0, -compare(p, q).value().klQP, 0.01);
    EXPECT_NEAR(run.meanSurprisalQ, compare(q, q).value().entropyP, 0.01);  // H(Q)
}

TEST(Sample, CodeBitsPerSymbolApproachTheExpectedLengths) {
    const auto p = make({0.5, 0.25, 0.125, 0.125}), q = make({0.125, 0.125, 0.25, 0.5}, "Q");
    const auto cp = huffmanLengths(p), cq = huffmanLengths(q);
    const SampleRun run = sample(p, q, cp, cq, {.n = 100000, .seed = 5});
    EXPECT_EQ(run.expectedBitsPCode, 1.75);  // what the run says they tend to
    EXPECT_EQ(run.expectedBitsQCode, 2.625);
    EXPECT_NEAR(run.bitsPCode, run.expectedBitsPCode, 0.02);
    EXPECT_NEAR(run.bitsQCode, run.expectedBitsQCode, 0.03);
    EXPECT_LT(run.empiricalKL, 1e-3);
    // Drawn from Q, the expectations are under Q: Q's own code is the short one.
    const SampleRun fromQ = sample(p, q, cp, cq, {.n = 10, .seed = 5, .from = SampleSource::Q});
    EXPECT_EQ(fromQ.expectedBitsQCode, 1.75);
    EXPECT_EQ(fromQ.expectedBitsPCode, 2.625);
}

TEST(Sample, TheFirstDrawThatQCallsImpossibleIsMarkedAndMakesItsMeanInfinite) {
    const auto p = make({0.5, 0.5}), q = make({1.0, 0.0}, "Q");
    const SampleRun run = sample(p, q, huffmanLengths(p), huffmanLengths(q), {.n = 100, .seed = 1});
    ASSERT_GT(run.firstInfiniteQ, 0u);
    EXPECT_LE(run.firstInfiniteQ, 100u);
    EXPECT_TRUE(std::isinf(run.meanSurprisalQ));
    EXPECT_TRUE(std::isinf(run.bitsQCode));
    EXPECT_TRUE(std::isinf(run.logLikelihoodRatio));
    const std::size_t before = run.firstInfiniteQ - 1;
    for (std::size_t k = 0; k < run.trace.n.size(); ++k) {
        EXPECT_EQ(std::isinf(run.trace.meanSurprisalQ[k]), run.trace.n[k] > double(before));
    }
}

TEST(Sample, TracePointsAreSpacedInLogNAndEndAtN) {
    const auto p = make({0.5, 0.5});
    const SampleRun run =
        sample(p, p, huffmanLengths(p), huffmanLengths(p), {.n = 1000000, .seed = 2});
    ASSERT_GE(run.trace.n.size(), 100u);
    EXPECT_EQ(run.trace.n.front(), 1.0);
    EXPECT_EQ(run.trace.n.back(), 1e6);
    EXPECT_TRUE(std::is_sorted(run.trace.n.begin(), run.trace.n.end()));
    EXPECT_EQ(run.counts[0] + run.counts[1], 1000000u);
}

// The draws are taken in batches; the first impossible one is still found exactly, also past the
// first batch, on either side.
TEST(Sample, TheFirstImpossibleDrawIsExactWhereverItFalls) {
    const auto likely = make({0.995, 0.005}), sure = make({1.0, 0.0}, "Q");
    const AliasSampler sampler(likely);
    SplitMix64 random(11);
    std::size_t expected = 1;
    while (sampler.draw(random) != 1) {
        ++expected;
    }
    ASSERT_GT(expected, 64u);  // past the first batch with this seed
    const SampleRun fromP = sample(likely, sure, huffmanLengths(likely), huffmanLengths(sure),
                                   {.n = 10000, .seed = 11});
    EXPECT_EQ(fromP.firstInfiniteQ, expected);
    EXPECT_EQ(fromP.firstInfiniteP, 0u);
    const SampleRun fromQ = sample(sure, likely, huffmanLengths(sure), huffmanLengths(likely),
                                   {.n = 10000, .seed = 11, .from = SampleSource::Q});
    EXPECT_EQ(fromQ.firstInfiniteP, expected);
    EXPECT_EQ(fromQ.firstInfiniteQ, 0u);
}

TEST(Sample, NoDrawsLeaveAnEmptyTrace) {
    const auto p = make({0.5, 0.5});
    const SampleRun run = sample(p, p, huffmanLengths(p), huffmanLengths(p), {.n = 0});
    EXPECT_TRUE(run.trace.n.empty());
    EXPECT_TRUE(run.trace.logLikelihoodRatio.empty());
    EXPECT_EQ(run.firstInfiniteP + run.firstInfiniteQ, 0u);
}
