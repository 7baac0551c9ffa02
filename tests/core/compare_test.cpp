// SPDX-License-Identifier: MIT
// Published values: SciPy's and dit's documentation, and small cases worked by hand.
#include "test_distributions.h"

#include <entropy/compare.h>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using entropy::compare;
using entropy::LogBase;
using testing_support::make;

namespace {

entropy::Comparison compared(std::vector<double> p, std::vector<double> q,
                             LogBase base = LogBase::Bits) {
    return compare(make(std::move(p), "P"), make(std::move(q), "Q"), {.base = base}).value();
}

constexpr double kTight = 1e-15;

}  // namespace

TEST(ComparePublished, FairCoinHasOneBit) {
    EXPECT_DOUBLE_EQ(compared({0.5, 0.5}, {0.5, 0.5}).entropyP, 1.0);
}

TEST(ComparePublished, BiasedCoinEntropyMatchesScipy) {
    // scipy.stats.entropy([9/10, 1/10], base=2)
    EXPECT_NEAR(compared({0.9, 0.1}, {0.5, 0.5}).entropyP, 0.46899559358928117, kTight);
}

TEST(ComparePublished, KlOfFairAgainstBiasedMatchesScipyInBitsAndNats) {
    // scipy.stats.entropy([1/2, 1/2], qk=[9/10, 1/10], base=2) and with the natural log
    EXPECT_NEAR(compared({0.5, 0.5}, {0.9, 0.1}).klPQ, 0.7369655941662062, kTight);
    EXPECT_NEAR(compared({0.5, 0.5}, {0.9, 0.1}, LogBase::Nats).klPQ, 0.5108256237659907, kTight);
}

TEST(ComparePublished, KlMatchesDit) {
    // dit.divergences.kullback_leibler_divergence on (3/4, 1/4) vs (1/2, 1/2)
    EXPECT_NEAR(compared({0.75, 0.25}, {0.5, 0.5}).klPQ, 0.18872187554086717, kTight);
}

TEST(ComparePublished, JensenShannonMatchesScipyDistanceSquared) {
    // scipy.spatial.distance.jensenshannon([1, 0], [0.5, 0.5]) = 0.46450140402245893 (nats),
    // the square root of the divergence.
    const double distance = 0.46450140402245893;
    EXPECT_NEAR(compared({1, 0}, {0.5, 0.5}, LogBase::Nats).jensenShannon, distance * distance,
                1e-15);
    EXPECT_DOUBLE_EQ(compared({1, 0, 0}, {0, 1, 0}).jensenShannon, 1.0);
}

TEST(CompareWorked, CrossEntropyAndBothKlDirectionsOfATwoEventPair) {
    // P = (1/2, 1/2), Q = (1/4, 3/4): H(P,Q) = 1/2 log2 4 + 1/2 log2 4/3.
    const auto c = compared({0.5, 0.5}, {0.25, 0.75});
    const double crossPQ = 0.5 * 2.0 + 0.5 * std::log2(4.0 / 3.0);
    const double entropyQ = -(0.25 * std::log2(0.25) + 0.75 * std::log2(0.75));
    const double crossQP = 1.0;  // -sum q log2(1/2)
    EXPECT_NEAR(c.crossEntropyPQ, crossPQ, kTight);
    EXPECT_NEAR(c.klPQ, crossPQ - 1.0, kTight);
    EXPECT_NEAR(c.klPQ, 0.20751874963942196, kTight);
    EXPECT_NEAR(c.entropyQ, entropyQ, kTight);
    EXPECT_NEAR(c.crossEntropyQP, crossQP, kTight);
    EXPECT_NEAR(c.klQP, crossQP - entropyQ, kTight);
    EXPECT_NE(c.klPQ, c.klQP);  // the asymmetry the window exists to show
}

TEST(CompareWorked, PerEventTermsSumToTheTotals) {
    const auto c = compared({0.2, 0.3, 0.5}, {0.4, 0.4, 0.2});
    double kl = 0, klReverse = 0, cross = 0, entropy = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        kl += c.events.klPQ[i];
        klReverse += c.events.klQP[i];
        cross += c.events.crossEntropyPQ[i];
        entropy += c.events.entropyP[i];
        EXPECT_NEAR(c.events.surprisalP[i], -std::log2(c.events.p[i]), kTight);
        EXPECT_NEAR(c.events.klPQ[i], c.events.p[i] * std::log2(c.events.p[i] / c.events.q[i]),
                    kTight);
    }
    EXPECT_NEAR(kl, c.klPQ, kTight);
    EXPECT_NEAR(klReverse, c.klQP, kTight);
    EXPECT_NEAR(cross, c.crossEntropyPQ, kTight);
    EXPECT_NEAR(entropy, c.entropyP, kTight);
    EXPECT_LT(c.events.klPQ[0], 0.0);  // p < q: a negative term
}

TEST(CompareWorked, DerivedQuantities) {
    const auto c = compared({1, 1, 1, 1}, {1, 1, 2, 4});
    EXPECT_DOUBLE_EQ(c.normalizedEntropyP, 1.0);
    EXPECT_DOUBLE_EQ(c.perplexityP, 4.0);
    EXPECT_DOUBLE_EQ(c.totalVariation, 0.5 * (0.125 + 0.125 + 0.0 + 0.25));
    EXPECT_LT(c.normalizedEntropyQ, 1.0);
}

TEST(CompareWorked, UnitsConvertByTheLogOfTheBase) {
    const auto bits = compared({0.1, 0.2, 0.7}, {0.3, 0.3, 0.4}, LogBase::Bits);
    const auto nats = compared({0.1, 0.2, 0.7}, {0.3, 0.3, 0.4}, LogBase::Nats);
    const auto hartleys = compared({0.1, 0.2, 0.7}, {0.3, 0.3, 0.4}, LogBase::Hartleys);
    EXPECT_NEAR(nats.klPQ, bits.klPQ * std::log(2.0), 1e-15);
    EXPECT_NEAR(hartleys.entropyQ, bits.entropyQ * std::log10(2.0), 1e-15);
    EXPECT_DOUBLE_EQ(nats.perplexityP, bits.perplexityP);
}

TEST(CompareWorked, MismatchedSizesAreAnError) {
    const auto result = compare(make({1, 1}), make({1, 1, 1}, "Q"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message(),
              "P has 2 events but Q has 3; they must have the same number");
}

TEST(CompareWorked, TotalsOnlyLeavesThePerEventVectorsEmpty) {
    const auto c = compare(make({1, 2}), make({2, 1}), {.perEventTerms = false}).value();
    EXPECT_TRUE(c.events.p.empty());
    EXPECT_GT(c.klPQ, 0.0);
}
