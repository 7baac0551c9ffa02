// SPDX-License-Identifier: MIT
// Identities every correct implementation satisfies, on many random distributions.
#include "test_distributions.h"

#include <entropy/compare.h>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using entropy::compare;
using entropy::LogBase;
using testing_support::dirichletWeights;
using testing_support::make;

namespace {

struct Case {
    std::size_t n;
    double alpha;
};

class CompareProperties : public ::testing::TestWithParam<Case> {
protected:
    // A few dozen random pairs for this size and concentration, reproducible by seed.
    template <class Check>
    void forRandomPairs(Check check) {
        std::mt19937_64 rng(GetParam().n * 7919 + static_cast<std::size_t>(GetParam().alpha * 100));
        const int pairs = GetParam().n >= 1000 ? 8 : 40;
        for (int i = 0; i < pairs; ++i) {
            const auto p = make(dirichletWeights(GetParam().n, GetParam().alpha, rng), "P");
            const auto q = make(dirichletWeights(GetParam().n, GetParam().alpha, rng), "Q");
            check(p, q);
        }
    }
};

double relativeTolerance(double value) {
    return 1e-12 * std::max(1.0, std::abs(value));
}

}  // namespace

TEST_P(CompareProperties, KlIsPositiveAndZeroOnlyForIdenticalDistributions) {
    forRandomPairs([](const auto &p, const auto &q) {
        const auto c = compare(p, q).value();
        EXPECT_GT(c.klPQ, 0.0);
        EXPECT_GT(c.klQP, 0.0);
        EXPECT_EQ(compare(p, p).value().klPQ, 0.0);
        EXPECT_EQ(compare(q, q).value().jensenShannon, 0.0);
    });
}

TEST_P(CompareProperties, CrossEntropyIsEntropyPlusKl) {
    forRandomPairs([](const auto &p, const auto &q) {
        const auto c = compare(p, q).value();
        EXPECT_NEAR(c.crossEntropyPQ, c.entropyP + c.klPQ, relativeTolerance(c.crossEntropyPQ));
        EXPECT_NEAR(c.crossEntropyQP, c.entropyQ + c.klQP, relativeTolerance(c.crossEntropyQP));
    });
}

TEST_P(CompareProperties, EntropyLiesBetweenZeroAndLogN) {
    const double logN = std::log2(static_cast<double>(GetParam().n));
    forRandomPairs([logN](const auto &p, const auto &q) {
        const auto c = compare(p, q).value();
        EXPECT_GE(c.entropyP, 0.0);
        EXPECT_LE(c.entropyP, logN * (1 + 1e-15));
        EXPECT_GE(c.normalizedEntropyQ, 0.0);
        EXPECT_LE(c.normalizedEntropyQ, 1.0 + 1e-15);
    });
}

TEST_P(CompareProperties, JensenShannonIsSymmetricAndAtMostOneBit) {
    forRandomPairs([](const auto &p, const auto &q) {
        const double forward = compare(p, q).value().jensenShannon;
        const double backward = compare(q, p).value().jensenShannon;
        EXPECT_GE(forward, 0.0);
        EXPECT_LE(forward, 1.0);
        EXPECT_NEAR(forward, backward, 1e-15 * forward);
    });
}

TEST_P(CompareProperties, ChangingBaseScalesEveryQuantityByOneFactor) {
    forRandomPairs([](const auto &p, const auto &q) {
        const auto bits = compare(p, q, {.base = LogBase::Bits}).value();
        const auto hartleys = compare(p, q, {.base = LogBase::Hartleys}).value();
        const double factor = std::log10(2.0);
        for (auto member : {&entropy::Comparison::entropyP, &entropy::Comparison::entropyQ,
                            &entropy::Comparison::crossEntropyPQ, &entropy::Comparison::klPQ,
                            &entropy::Comparison::klQP, &entropy::Comparison::jensenShannon}) {
            EXPECT_NEAR(hartleys.*member, bits.*member * factor, 1e-14 * (bits.*member));
        }
    });
}

TEST_P(CompareProperties, PinskerBoundsTotalVariation) {
    forRandomPairs([](const auto &p, const auto &q) {
        const auto c = compare(p, q, {.base = LogBase::Nats}).value();
        EXPECT_LE(c.totalVariation, std::sqrt(c.klPQ / 2) * (1 + 1e-12));
    });
}

INSTANTIATE_TEST_SUITE_P(Dirichlet, CompareProperties,
                         ::testing::Values(Case{2, 0.1}, Case{2, 5.0}, Case{3, 0.5}, Case{10, 0.1},
                                           Case{10, 50.0}, Case{100, 0.3}, Case{1000, 1.0},
                                           Case{10000, 0.05}, Case{10000, 100.0}),
                         [](const auto &testInfo) {
                             return "N" + std::to_string(testInfo.param.n) + "_alpha" +
                                    std::to_string(static_cast<int>(testInfo.param.alpha * 100));
                         });
