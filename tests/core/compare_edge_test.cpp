// SPDX-License-Identifier: MIT
// Zeros, infinities, tiny probabilities and single events: the conventions stated in compare.h.
#include "instruction_sets.h"
#include "test_distributions.h"

#include <entropy/compare.h>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>

using entropy::compare;
using entropy::Comparison;
using testing::ElementsAre;
using testing_support::make;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

entropy::Comparison compared(std::vector<double> p, std::vector<double> q) {
    return compare(make(std::move(p), "P"), make(std::move(q), "Q")).value();
}
}  // namespace

TEST(CompareZeros, ZeroInPContributesNothingToH_P_OrToD_PQ) {
    const auto c = compared({0, 1, 1}, {1, 1, 1});
    EXPECT_DOUBLE_EQ(c.entropyP, 1.0);
    EXPECT_NEAR(c.klPQ, std::log2(1.5), 1e-15);
    EXPECT_EQ(c.events.klPQ[0], 0.0);
    EXPECT_EQ(c.events.entropyP[0], 0.0);
    EXPECT_EQ(c.events.crossEntropyPQ[0], 0.0);
    EXPECT_FALSE(std::isnan(c.events.crossEntropyQP[0]));
}

TEST(CompareZeros, ZeroInQWherePIsPositiveMakesKlAndCrossEntropyInfinite) {
    const auto c = compared({1, 1, 1}, {1, 0, 1});
    EXPECT_EQ(c.klPQ, kInf);
    EXPECT_EQ(c.crossEntropyPQ, kInf);
    EXPECT_THAT(c.infiniteKLPQEvents, ElementsAre(1u));
    EXPECT_EQ(c.events.klPQ[1], kInf);
    EXPECT_EQ(c.events.crossEntropyPQ[1], kInf);
    EXPECT_EQ(c.events.surprisalQ[1], kInf);
    // The other direction stays finite: Q puts nothing where P has nothing.
    EXPECT_TRUE(std::isfinite(c.klQP));
    EXPECT_TRUE(c.infiniteKLQPEvents.empty());
    EXPECT_TRUE(std::isfinite(c.jensenShannon));
}

TEST(CompareZeros, DisjointSupportsAreInfiniteBothWaysAndJsIsOneBit) {
    const auto c = compared({1, 1, 0, 0}, {0, 0, 1, 1});
    EXPECT_EQ(c.klPQ, kInf);
    EXPECT_EQ(c.klQP, kInf);
    EXPECT_THAT(c.infiniteKLPQEvents, ElementsAre(0u, 1u));
    EXPECT_THAT(c.infiniteKLQPEvents, ElementsAre(2u, 3u));
    EXPECT_DOUBLE_EQ(c.jensenShannon, 1.0);
    EXPECT_DOUBLE_EQ(c.totalVariation, 1.0);
}

TEST(CompareZeros, ZeroSurprisalIsInfiniteNotNan) {
    const auto c = compared({0, 1}, {1, 1});
    EXPECT_EQ(c.events.surprisalP[0], kInf);
    EXPECT_EQ(c.events.surprisalP[1], 0.0);
}

TEST(CompareSingleEvent, EverythingIsZero) {
    const auto c = compared({3}, {7});
    EXPECT_EQ(c.entropyP, 0.0);
    EXPECT_EQ(c.klPQ, 0.0);
    EXPECT_EQ(c.jensenShannon, 0.0);
    EXPECT_EQ(c.normalizedEntropyP, 0.0);
    EXPECT_EQ(c.perplexityP, 1.0);
}

TEST(CompareTiny, ProbabilitiesDownTo1e300StayFiniteAndCorrect) {
    const double tiny = 1e-300;
    const auto c = compared({1, tiny}, {1, 2 * tiny});
    // D = tiny log(1/2) + 1 log(1/(1 - tiny)) ~ -tiny (log2 of 2): finite, below the
    // double's resolution of 1; only the small event's own terms can show it.
    EXPECT_TRUE(std::isfinite(c.klPQ));
    EXPECT_TRUE(std::isfinite(c.crossEntropyPQ));
    EXPECT_NEAR(c.events.klPQ[1], -tiny, 1e-312);
    EXPECT_NEAR(c.events.surprisalP[1], 300 * std::log2(10.0), 1e-12);
    EXPECT_NEAR(c.entropyP, tiny * 300 * std::log2(10.0), 1e-310);
}

TEST(CompareTiny, SubnormalProbabilitiesGiveFiniteResults) {
    const double subnormal = 4e-320;
    ASSERT_LT(subnormal, std::numeric_limits<double>::min());
    const auto c = compared({1, subnormal, subnormal}, {1, subnormal, 2 * subnormal});
    for (const double value : {c.entropyP, c.entropyQ, c.crossEntropyPQ, c.crossEntropyQP, c.klPQ,
                               c.klQP, c.jensenShannon}) {
        EXPECT_TRUE(std::isfinite(value));
        EXPECT_GE(value, 0.0);
    }
    EXPECT_TRUE(std::isfinite(c.events.klPQ[2]));
    EXPECT_LT(c.events.klPQ[2], 0.0);  // p < q there
}

TEST(CompareTiny, SubnormalAgainstZeroIsInfinite) {
    const auto c = compared({1, 1e-310}, {1, 0});
    EXPECT_EQ(c.klPQ, kInf);
    EXPECT_GT(c.jensenShannon, 0.0);
    EXPECT_TRUE(std::isfinite(c.jensenShannon));
}

TEST(CompareTiny, OnlySubnormalWeightsNormaliseToOrdinaryProbabilities) {
    const auto c = compared({1e-320, 3e-320}, {3e-320, 1e-320});
    EXPECT_DOUBLE_EQ(c.events.p[0], 0.25);
    EXPECT_DOUBLE_EQ(c.events.q[0], 0.75);
    EXPECT_DOUBLE_EQ(c.klPQ, c.klQP);
}

TEST(CompareHuge, WeightsWhoseSumOverflowsStillNormalise) {
    const double big = 1e308;
    const auto c = compared({big, big}, {big, big / 2});
    EXPECT_DOUBLE_EQ(c.entropyP, 1.0);
    EXPECT_DOUBLE_EQ(c.events.q[0], 2.0 / 3.0);
}

// The comparison takes the vectorised path (eight or four events at a time, where the processor
// has AVX-512 or AVX2), totals and per-event terms alike. Every set must agree with the scalar
// pass on every awkward case: zeros in any lane, both sides zero, subnormals, near-identical pairs,
// pairs either side of the near forms' limits, and lengths not a multiple of 4 or 8.
class CompareTotals : public testing_support::OnEachInstructionSet {};
INSTANTIATE_TEST_SUITE_P(EachSet, CompareTotals, testing_support::kEachInstructionSet,
                         testing_support::instructionSetName);

TEST_P(CompareTotals, EverySetAgreesWithTheScalarPassTotalsAndTermsAlike) {
    const std::vector<std::pair<std::vector<double>, std::vector<double>>> pairs = {
        {{0.5, 0.0, 0.2, 0.3, 0.0, 0.0, 0.0}, {0.0, 0.4, 0.2, 0.3, 0.1, 0.0, 0.0}},
        {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1}},
        {{1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 1 + 1e-9}},
        {{4e-320, 1, 1e-300, 2, 0, 3, 1e-200, 5}, {1, 4e-320, 1e-300, 0, 2, 3, 1e-250, 5}},
        {{0.25, 0.25, 0.25, 0.25, 0, 0, 0, 0}, {0, 0, 0, 0, 0.25, 0.25, 0.25, 0.25}},
        {{1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 2, 1.2, 1.5, 1.49, 1.51, 1e-300},
         {1, 1.1, 1.22, 1.25, 1.5, 0, 1, 1, 1.0001, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1e-301}},
    };
    const auto same = [](double a, double b) {
        return a == b || std::abs(a - b) <= 1e-13 * std::max(std::abs(a), std::abs(b));
    };
    for (const auto &[pWeights, qWeights] : pairs) {
        const auto p = make(pWeights), q = make(qWeights);
        const auto previous = entropy::setInstructionSetCap(entropy::InstructionSet::Scalar);
        const Comparison scalar = compare(p, q, {.base = entropy::LogBase::Bits}).value();
        entropy::setInstructionSetCap(previous);
        // Totals alone and with the per-event terms: each against the scalar pass.
        for (const bool perEvent : {false, true}) {
            const Comparison c =
                compare(p, q, {.base = entropy::LogBase::Bits, .perEventTerms = perEvent}).value();
            for (const auto member :
                 {&Comparison::entropyP, &Comparison::entropyQ, &Comparison::crossEntropyPQ,
                  &Comparison::crossEntropyQP, &Comparison::klPQ, &Comparison::klQP,
                  &Comparison::jensenShannon, &Comparison::totalVariation}) {
                EXPECT_TRUE(same(c.*member, scalar.*member))
                    << c.*member << " vs " << scalar.*member << " (n = " << pWeights.size() << ")";
            }
            EXPECT_EQ(c.infiniteKLPQEvents, scalar.infiniteKLPQEvents);
            EXPECT_EQ(c.infiniteKLQPEvents, scalar.infiniteKLQPEvents);
        }
        const entropy::EventTerms terms =
            compare(p, q, {.base = entropy::LogBase::Bits}).value().events;
        for (const auto column :
             {&entropy::EventTerms::p, &entropy::EventTerms::q, &entropy::EventTerms::surprisalP,
              &entropy::EventTerms::surprisalQ, &entropy::EventTerms::entropyP,
              &entropy::EventTerms::entropyQ, &entropy::EventTerms::crossEntropyPQ,
              &entropy::EventTerms::crossEntropyQP, &entropy::EventTerms::klPQ,
              &entropy::EventTerms::klQP}) {
            ASSERT_EQ((terms.*column).size(), pWeights.size());
            for (std::size_t i = 0; i < pWeights.size(); ++i) {
                EXPECT_TRUE(same((terms.*column)[i], (scalar.events.*column)[i]))
                    << (terms.*column)[i] << " vs " << (scalar.events.*column)[i] << " (event " << i
                    << " of " << pWeights.size() << ")";
            }
        }
    }
}
