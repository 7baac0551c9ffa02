// SPDX-License-Identifier: MIT
#include <entropy/compare.h>
#include <entropy/distribution.h>
#include <entropy/families.h>
#include <entropy/fits.h>
#include <entropy/identities.h>
#include <entropy/presets.h>
#include <entropy/sweeps.h>

#include <algorithm>
#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <numeric>

using namespace entropy;

namespace {

Comparison comparePreset(const std::string &name) {
    const auto preset = findPreset(name);
    EXPECT_TRUE(preset) << name;
    const auto p = Distribution::fromWeights(preset->events.p, "P");
    const auto q = Distribution::fromWeights(preset->events.q, "Q");
    EXPECT_TRUE(p.ok() && q.ok()) << name;
    return compare(p.value(), q.value()).value();
}

double sum(const std::vector<double> &v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
}

}  // namespace

TEST(Presets, EveryPresetBuildsTwoValidDistributionsWithLabelsAndAnExplanation) {
    ASSERT_GE(presetNames().size(), 10u);
    for (const std::string &name : presetNames()) {
        const auto preset = findPreset(name);
        ASSERT_TRUE(preset);
        EXPECT_EQ(preset->events.labels.size(), preset->events.p.size()) << name;
        EXPECT_EQ(preset->events.q.size(), preset->events.p.size()) << name;
        EXPECT_FALSE(preset->title.empty());
        EXPECT_GT(preset->explanation.size(), 40u);
        EXPECT_TRUE(std::isfinite(comparePreset(name).entropyP)) << name;
    }
    EXPECT_FALSE(findPreset("no-such-preset"));
}

TEST(Presets, StatedEntropiesAndDivergencesHold) {
    EXPECT_DOUBLE_EQ(comparePreset("fair-vs-biased-coin").entropyP, 1.0);
    EXPECT_NEAR(comparePreset("fair-vs-biased-coin").klPQ, 0.737, 5e-4);
    EXPECT_NEAR(comparePreset("fair-vs-biased-coin").klQP, 0.531, 5e-4);
    EXPECT_NEAR(comparePreset("lopsided-match").entropyP, 0.0808, 5e-5);
    EXPECT_NEAR(comparePreset("closer-model-quarter").klPQ, 0.2075, 5e-5);
    EXPECT_NEAR(comparePreset("closer-model-eighth").klPQ, 0.5963, 5e-5);
    EXPECT_NEAR(comparePreset("fair-die").entropyP, std::log2(6.0), 1e-14);
    EXPECT_NEAR(comparePreset("fair-die").events.surprisalP[0], 2.585, 5e-4);
    const Comparison label = comparePreset("one-hot-label");
    EXPECT_NEAR(label.crossEntropyPQ, -std::log2(0.6), 1e-15);
    EXPECT_EQ(label.entropyP, 0.0);
    EXPECT_DOUBLE_EQ(label.crossEntropyPQ, label.klPQ);
    EXPECT_NEAR(comparePreset("sixteen-random-bits").entropyP, 16.0, 1e-12);
    EXPECT_NEAR(comparePreset("uniform-vs-zipf").entropyP, std::log2(10.0), 1e-14);
}

// The lessons' presets: surprisals in nats, the belles' entropies, an infinite divergence and a
// binary cross-entropy.
TEST(Presets, LessonPresetsStateTheirNumbers) {
    const auto nats = [](const char *name) {
        const auto preset = findPreset(name).value();
        return compare(Distribution::fromWeights(preset.events.p, "P").value(),
                       Distribution::fromWeights(preset.events.q, "Q").value(),
                       {.base = LogBase::Nats})
            .value();
    };
    EXPECT_THAT(
        nats("three-events").events.surprisalP,
        testing::ElementsAre(testing::DoubleNear(0.36, 5e-3), testing::DoubleNear(1.61, 5e-3),
                             testing::DoubleNear(2.30, 5e-3)));
    EXPECT_NEAR(comparePreset("two-belles").entropyP, 2.585, 5e-4);
    EXPECT_NEAR(comparePreset("two-belles").entropyQ, 0.701, 5e-4);
    const Comparison impossible = comparePreset("impossible-event");
    EXPECT_TRUE(std::isinf(impossible.klPQ));
    EXPECT_THAT(impossible.infiniteKLPQEvents, testing::ElementsAre(2u));
    EXPECT_NEAR(impossible.klQP, 0.324, 5e-4);
    EXPECT_NEAR(comparePreset("binary-label").crossEntropyPQ, 0.322, 5e-4);
}

// The sigmas the two-hump presets quote, and the hump each fit finds.
TEST(Presets, StatedFitsHold) {
    const auto fitOf = [](const char *name, FitDirection direction) {
        const Preset preset = findPreset(name).value();
        const Distribution p = Distribution::fromWeights(preset.events.p, "P").value();
        return fitGaussian(p, direction, LogBase::Bits);
    };
    EXPECT_NEAR(fitOf("two-humps", FitDirection::Forward).minima[0].theta.sigma, 6.92, 5e-3);
    EXPECT_NEAR(fitOf("two-humps", FitDirection::Reverse).minima[0].theta.sigma, 6.89, 5e-3);
    EXPECT_NEAR(fitOf("two-humps-far-apart", FitDirection::Forward).minima[0].theta.sigma, 13.5,
                5e-2);
    const Fit reverse = fitOf("two-humps-far-apart", FitDirection::Reverse);
    EXPECT_NEAR(reverse.minima[0].theta.sigma, 2.76, 5e-3);
    EXPECT_NEAR(reverse.minima[0].theta.mu, 10.0, 0.05);
    EXPECT_TRUE(std::ranges::any_of(
        reverse.minima, [](const FitMinimum &m) { return std::abs(m.theta.mu - 29.0) < 0.05; }));
    for (const char *name : {"two-humps", "two-humps-far-apart"}) {
        EXPECT_FALSE(
            std::ranges::any_of(findPreset(name)->events.p, [](double p) { return p == 0; }));
    }
}

TEST(Families, EachSumsToOne) {
    for (const auto &weights :
         {families::uniform(7), families::oneHot(5, 2), families::smoothedOneHot(5, 2, 0.1),
          families::binomial(20, 0.3), families::geometric(0.2, 15), families::poisson(4.0, 20),
          families::zipf(1.2, 30), families::softmax({1, 2, 3}, 0.5)}) {
        EXPECT_NEAR(sum(weights), 1.0, 1e-14);
    }
}

TEST(Families, TwoHumpsSitSeparationApartAboutTheMiddleWithNoZero) {
    const auto p = families::twoHumps(40, 19, 2.5);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-15);
    EXPECT_EQ(std::max_element(p.begin(), p.begin() + 20) - p.begin(), 10);
    EXPECT_EQ(std::max_element(p.begin() + 20, p.end()) - p.begin(), 29);
    for (std::size_t x = 0; x < 20; ++x) {
        EXPECT_DOUBLE_EQ(p[x], p[39 - x]);  // equal weights: symmetric
    }
    EXPECT_GT(*std::min_element(p.begin(), p.end()), 0.0);
    const auto together = families::twoHumps(40, 0, 2.5);  // one hump in the middle
    EXPECT_NEAR(together[19], together[20], 1e-15);
}

TEST(Families, KnownValues) {
    EXPECT_THAT(families::oneHot(3, 1), testing::ElementsAre(0, 1, 0));
    EXPECT_THAT(families::smoothedOneHot(4, 0, 0.2),
                testing::ElementsAre(testing::DoubleEq(0.85), 0.05, 0.05, 0.05));
    EXPECT_NEAR(families::binomial(4, 0.5)[2], 6.0 / 16, 1e-15);
    EXPECT_NEAR(families::zipf(1.0, 2)[0], 2.0 / 3, 1e-15);
    EXPECT_EQ(families::binomial(3, 0.0)[0], 1.0);
}

TEST(Families, SoftmaxEqualsTheDirectFormulaAndSurvivesHugeLogits) {
    const std::vector<double> logits{1.0, -0.5, 2.5, 0.0};
    const double temperature = 0.7;
    const auto q = families::softmax(logits, temperature);
    double denominator = 0;
    for (const double z : logits) {
        denominator += std::exp(z / temperature);
    }
    for (std::size_t i = 0; i < logits.size(); ++i) {
        EXPECT_NEAR(q[i], std::exp(logits[i] / temperature) / denominator, 1e-15);
    }
    const auto huge = families::softmax({1000.0, 999.0}, 1.0);
    EXPECT_NEAR(huge[0], 1.0 / (1.0 + std::exp(-1.0)), 1e-15);
}

TEST(PathSweep, EndpointsAreZeroAndTheDivergenceOfPAndQ) {
    const auto p = Distribution::fromWeights(std::vector<double>{0.6, 0.3, 0.1}, "P").value();
    const auto q = Distribution::fromWeights(std::vector<double>{0.2, 0.3, 0.5}, "Q").value();
    const Sweep sweep = sweepPath(p, q, 21, LogBase::Bits);
    ASSERT_EQ(sweep.x.size(), 21u);
    EXPECT_EQ(sweep.klPQ.front(), 0.0);  // D(P||P)
    EXPECT_EQ(sweep.klQP.front(), 0.0);
    const Comparison end = compare(p, q).value();
    EXPECT_EQ(sweep.klPQ.back(), end.klPQ);
    EXPECT_EQ(sweep.klQP.back(), end.klQP);
    EXPECT_EQ(sweep.jensenShannon.back(), end.jensenShannon);
    EXPECT_TRUE(std::is_sorted(sweep.klPQ.begin(), sweep.klPQ.end()));  // convex, from 0
}

TEST(PathSweep, DivergenceRunsToInfinityOnlyAtTheEnd) {
    const auto p = Distribution::fromWeights(std::vector<double>{0.5, 0.5}, "P").value();
    const auto q = Distribution::fromWeights(std::vector<double>{1.0, 0.0}, "Q").value();
    const Sweep sweep = sweepPath(p, q, 11, LogBase::Bits);
    EXPECT_TRUE(std::isfinite(sweep.klPQ[9]));
    EXPECT_TRUE(std::isinf(sweep.klPQ[10]));
}

TEST(Identities, HoldOnAKnownPairAndPinskerBoundsTotalVariation) {
    const auto p = Distribution::fromWeights(std::vector<double>{0.6, 0.3, 0.1}, "P").value();
    const auto q = Distribution::fromWeights(std::vector<double>{0.2, 0.3, 0.5}, "Q").value();
    const Identities identities = checkIdentities(compare(p, q).value());
    EXPECT_TRUE(identities.gibbsHolds);
    EXPECT_NEAR(identities.residualPQ, 0.0, 1e-15);
    EXPECT_NEAR(identities.residualQP, 0.0, 1e-15);
    EXPECT_TRUE(identities.pinskerHolds);
    EXPECT_NEAR(identities.pinskerBound, std::sqrt(0.7188 * std::log(2.0) / 2), 1e-4);
}

TEST(Identities, ResidualIsNotANumberWhenCrossEntropyIsInfinite) {
    const auto p = Distribution::fromWeights(std::vector<double>{0.5, 0.5}, "P").value();
    const auto q = Distribution::fromWeights(std::vector<double>{1.0, 0.0}, "Q").value();
    const Identities identities = checkIdentities(compare(p, q).value());
    EXPECT_TRUE(std::isnan(identities.residualPQ));
    EXPECT_TRUE(identities.pinskerHolds);  // TV <= infinity
}

TEST(BinarySweep, CurvesMeetAtTheTruth) {
    const Sweep sweep = sweepBinary(0.3, 11, LogBase::Bits);
    ASSERT_EQ(sweep.x.size(), 11u);
    EXPECT_EQ(sweep.klPQ[3], 0.0);  // x = 0.3 = p
    EXPECT_NEAR(sweep.crossEntropy[3], sweep.modelEntropy[3], 1e-15);
    EXPECT_DOUBLE_EQ(sweep.modelEntropy[5], 1.0);  // H(1/2)
    EXPECT_TRUE(std::isinf(sweep.klPQ[0]));        // x = 0 where p > 0
    EXPECT_NEAR(sweep.crossEntropy[5], 1.0, 1e-15);
}
