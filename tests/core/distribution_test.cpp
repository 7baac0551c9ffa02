// SPDX-License-Identifier: MIT
#include "instruction_sets.h"

#include <entropy/distribution.h>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>
#include <vector>

using entropy::Distribution;

namespace {
std::string errorOf(std::vector<double> weights, const char *name = "Q") {
    const auto result = Distribution::fromWeights(weights, name);
    return result.ok() ? "(no error)" : result.error().message();
}
}  // namespace

TEST(Distribution, NormalisesWeightsBySum) {
    const auto d = Distribution::fromWeights(std::vector<double>{1, 3}, "P").value();
    ASSERT_EQ(d.size(), 2u);
    EXPECT_DOUBLE_EQ(d[0], 0.25);
    EXPECT_DOUBLE_EQ(d[1], 0.75);
    EXPECT_DOUBLE_EQ(d.logProbabilities()[0], std::log(0.25));
}

TEST(Distribution, KeepsZeroWeightsAsZeroProbabilityWithMinusInfiniteLog) {
    const auto d = Distribution::fromWeights(std::vector<double>{0, 2}, "P").value();
    EXPECT_EQ(d[0], 0.0);
    EXPECT_EQ(d.logProbabilities()[0], -std::numeric_limits<double>::infinity());
}

TEST(Distribution, ErrorsNameTheDistributionTheEventAndTheReason) {
    EXPECT_EQ(errorOf({0.5, 0.3, -0.2}), "Q, event 3: negative weight -0.2");
    EXPECT_EQ(errorOf({std::nan(""), 1}), "Q, event 1: weight is not a number (NaN)");
    EXPECT_EQ(errorOf({1, std::numeric_limits<double>::infinity()}),
              "Q, event 2: infinite weight inf");
    EXPECT_EQ(errorOf({}, "P"), "P: no events (the list of weights is empty)");
    EXPECT_EQ(errorOf({0, 0, 0}), "Q: all weights are zero");
}

TEST(Distribution, RefusesMoreThanTheEventLimit) {
    const std::vector<double> weights(entropy::kMaxEvents + 1, 1.0);
    EXPECT_EQ(errorOf(weights, "P"), "P: too many events (1000001; at most 1000000)");
}

// Weights are checked, summed, divided and logged many at a time where the processor can: each
// instruction set must find the same first bad weight, and the same probabilities.
class DistributionOnEachSet : public testing_support::OnEachInstructionSet {};
INSTANTIATE_TEST_SUITE_P(EachSet, DistributionOnEachSet, testing_support::kEachInstructionSet,
                         testing_support::instructionSetName);

TEST_P(DistributionOnEachSet, NamesTheFirstBadWeightWhereverItIs) {
    const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
    for (std::size_t at = 0; at < 19; ++at) {
        // A negative weight at `at`, and a NaN after it or an infinity before it.
        std::vector<double> weights(19, 1.0);
        weights[at] = -0.5;
        weights[18 - at] = at < 9 ? nan : inf;
        const std::string expected =
            at < 9 ? "Q, event " + std::to_string(at + 1) + ": negative weight -0.5"
                   : "Q, event " + std::to_string(19 - at) + ": infinite weight inf";
        EXPECT_EQ(errorOf(weights), expected);
    }
    EXPECT_EQ(errorOf(std::vector<double>(16, -inf)), "Q, event 1: infinite weight -inf");
}

TEST_P(DistributionOnEachSet, SumsWithoutLosingSmallWeightsToALargeOne) {
    // 1e16 + 1 rounds to 1e16: summed plainly, in any number of lanes, most ones would vanish.
    std::vector<double> weights(64, 1.0);
    weights[0] = 1e16;
    const auto d = Distribution::fromWeights(weights, "P").value();
    EXPECT_EQ(d[1], 1.0 / (1e16 + 63));
    EXPECT_EQ(d[0], 1e16 / (1e16 + 63));
}

TEST_P(DistributionOnEachSet, ProbabilitiesAreTheWeightsOverTheirSumAndLogsToAnUlp) {
    std::vector<double> weights;
    for (int i = 0; i < 37; ++i) {
        weights.push_back(i % 5 == 0 ? 0.0 : std::pow(1.7, i - 18));
    }
    double sum = 0.0;
    for (const double w : weights) {
        sum += w;  // exact enough here: every weight is far above the sum's last digit
    }
    const auto d = Distribution::fromWeights(weights, "P").value();
    for (std::size_t i = 0; i < weights.size(); ++i) {
        EXPECT_NEAR(d[i], weights[i] / sum, 1e-16 * d[i]) << "event " << i;
        const double log = std::log(d[i]);
        if (std::isinf(log)) {
            EXPECT_EQ(d.logProbabilities()[i], log);
        } else {
            EXPECT_NEAR(d.logProbabilities()[i], log, 4e-16 * std::abs(log)) << "event " << i;
        }
    }
}
