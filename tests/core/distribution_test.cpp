// SPDX-License-Identifier: MIT
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
