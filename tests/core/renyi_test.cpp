// SPDX-License-Identifier: MIT
// Rényi divergence and entropy against a quadruple-precision reference, at the orders where
// naive formulas fail (next to 1), at the exact special orders, and with zeros.
#include "instruction_sets.h"
#include "test_distributions.h"

#include <entropy/compare.h>
#include <entropy/renyi.h>

#include <quadmath.h>

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace entropy;
using testing_support::make;

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}

namespace {

// The stored probabilities renormalised exactly (in quad), as the core defines a distribution:
// they sum to 1 only within an ulp, which next to order 1 the definition would magnify 10^6 times.
std::vector<__float128> exact(const Distribution &d) {
    __float128 total = 0;
    for (const double x : d.probabilities()) {
        total += x;
    }
    std::vector<__float128> result;
    for (const double x : d.probabilities()) {
        result.push_back(__float128(x) / total);
    }
    return result;
}

// The definition, evaluated in __float128 (34 digits: 1/(a-1) next to 1 costs it nothing).
double referenceDivergence(const Distribution &p, const Distribution &q, double alpha) {
    const auto ep = exact(p), eq = exact(q);
    __float128 sum = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (ep[i] > 0 && eq[i] > 0) {
            sum += ep[i] * expq(__float128(alpha - 1.0) * logq(ep[i] / eq[i]));
        }
    }
    return double(logq(sum) / __float128(alpha - 1.0) / logq(__float128(2)));
}

double referenceEntropy(const Distribution &p, double alpha) {
    __float128 sum = 0;
    for (const __float128 x : exact(p)) {
        if (x > 0) {
            sum += expq(__float128(alpha) * logq(x));
        }
    }
    return double(logq(sum) / __float128(1.0 - alpha) / logq(__float128(2)));
}

}  // namespace

// The exponentials and logarithms of the curves run many at a time where the processor can:
// every instruction set must meet the reference.
TEST(Renyi, MatchesTheQuadPrecisionReferenceAtEveryOrderOnRandomPairs) {
    testing_support::forEachInstructionSet([] {
        std::mt19937_64 rng(29);
        for (const std::size_t n : {2, 5, 50, 1000}) {
            for (const double concentration : {0.3, 1.0, 30.0}) {
                const auto p = make(testing_support::dirichletWeights(n, concentration, rng));
                const auto q = make(testing_support::dirichletWeights(n, concentration, rng), "Q");
                for (const double alpha : {0.5, 0.999999, 1.000001, 2.0, 10.0}) {
                    const double expected = referenceDivergence(p, q, alpha);
                    EXPECT_NEAR(renyiDivergence(p, q, alpha), expected, 1e-12 * expected)
                        << "n " << n << ", alpha " << alpha;
                    const double entropy = referenceEntropy(p, alpha);
                    EXPECT_NEAR(renyiEntropy(p, alpha), entropy, 1e-12 * entropy)
                        << "n " << n << ", alpha " << alpha;
                }
            }
        }
    });
}

// P and Q a few parts in 10^10 apart: ln(p/q) must come from ln(1 + (p - q)/q), since
// ln p - ln q keeps only about five of its digits here. The weights sum to 4,096 exactly, so
// the stored probabilities are the exact ones and the reference needs no renormalising.
TEST(Renyi, NearlyIdenticalPairsKeepEveryDigit) {
    testing_support::forEachInstructionSet([] {
        std::vector<double> pWeights, qWeights;
        for (int i = 0; i < 64; ++i) {
            pWeights.push_back(i % 2 == 0 ? 96.0 : 32.0);
        }
        qWeights = pWeights;
        for (int j = 0; j < 32; ++j) {
            const double moved = std::ldexp(double(j), -24);  // from event 2j + 1 to 2j
            qWeights[std::size_t(2 * j)] += moved;
            qWeights[std::size_t(2 * j + 1)] -= moved;
        }
        const auto p = make(pWeights), q = make(qWeights, "Q");
        const std::vector<double> alphas{0.5, 0.75, 1.25, 2.0, 5.0};
        for (const auto &[truth, model] : {std::pair{&p, &q}, std::pair{&q, &p}}) {
            const std::vector<double> curve = renyiDivergences(*truth, *model, alphas);
            for (std::size_t i = 0; i < alphas.size(); ++i) {
                const double expected = referenceDivergence(*truth, *model, alphas[i]);
                ASSERT_GT(expected, 0.0);
                EXPECT_NEAR(renyiDivergence(*truth, *model, alphas[i]), expected, 1e-12 * expected)
                    << "alpha " << alphas[i];
                EXPECT_NEAR(curve[i], expected, 1e-12 * expected) << "alpha " << alphas[i];
            }
        }
    });
}

// S far below 1 (P and Q almost disjoint, or P spread thin) takes the shifted sum of
// exponentials; far above 1, the log of S - 1: both on every instruction set.
TEST(Renyi, SumsFarFromOneMatchTheReference) {
    std::vector<double> left, right;
    for (int i = 0; i < 101; ++i) {
        left.push_back(i < 50 ? 1.0 + i % 5 : 1e-9);
        right.push_back(i < 50 ? 1e-9 : 1.0 + i % 3);
    }
    const auto p = make(left), q = make(right, "Q");
    const std::vector<double> alphas{0.3, 0.5, 0.9, 1.5, 3.0};
    testing_support::forEachInstructionSet([&] {
        for (const auto &[truth, model] : {std::pair{&p, &q}, std::pair{&q, &p}}) {
            // One order at a time, and all in one curve (S itself summed alongside S - 1).
            const auto curve = renyiDivergences(*truth, *model, alphas);
            for (std::size_t i = 0; i < alphas.size(); ++i) {
                const double expected = referenceDivergence(*truth, *model, alphas[i]);
                EXPECT_NEAR(renyiDivergence(*truth, *model, alphas[i]), expected, 1e-12 * expected)
                    << alphas[i];
                EXPECT_NEAR(curve[i], expected, 1e-12 * expected) << alphas[i];
            }
        }
        const auto entropies = renyiEntropies(p, alphas);
        for (std::size_t i = 0; i < alphas.size(); ++i) {
            const double entropy = referenceEntropy(p, alphas[i]);
            EXPECT_NEAR(renyiEntropy(p, alphas[i]), entropy, 1e-12 * entropy) << alphas[i];
            EXPECT_NEAR(entropies[i], entropy, 1e-12 * entropy) << alphas[i];
        }
    });
}

// The Rényi view's curves: 21 or 101 orders evenly spaced over [0, 5], most summed together
// with each order's exponentials from the last's; on every instruction set.
TEST(Renyi, AnEvenlySpacedCurveMatchesTheReferenceAtEveryOrder) {
    std::mt19937_64 rng(37);
    const auto p = make(testing_support::dirichletWeights(301, 1.0, rng));
    const auto q = make(testing_support::dirichletWeights(301, 1.0, rng), "Q");
    for (const int samples : {21, 101}) {
        std::vector<double> alphas;
        for (int i = 1; i < samples; ++i) {
            if (const double alpha = 5.0 * i / (samples - 1); alpha != 1.0) {
                alphas.push_back(alpha);  // not 1: the reference's definition divides by 0 there
            }
        }
        for (const auto &[truth, model] : {std::pair{&p, &q}, std::pair{&q, &p}}) {
            std::vector<double> expected;
            for (const double alpha : alphas) {
                expected.push_back(referenceDivergence(*truth, *model, alpha));
            }
            testing_support::forEachInstructionSet([&] {
                const auto curve = renyiDivergences(*truth, *model, alphas);
                for (std::size_t i = 0; i < alphas.size(); ++i) {
                    EXPECT_NEAR(curve[i], expected[i], 1e-12 * expected[i]) << alphas[i];
                }
            });
        }
        std::vector<double> expected;
        for (const double alpha : alphas) {
            expected.push_back(referenceEntropy(p, alpha));
        }
        // And P with one event near 1, where p^b - 1 would cancel: as each order alone gives it
        // (against the reference, the last ulp of that p, renormalised, would count more).
        std::vector<double> weights(301, 1e-9);
        weights[7] = 1.0;
        const Distribution concentrated = make(weights);
        testing_support::forEachInstructionSet([&] {
            const auto curve = renyiEntropies(p, alphas);
            const auto concentratedCurve = renyiEntropies(concentrated, alphas);
            for (std::size_t i = 0; i < alphas.size(); ++i) {
                EXPECT_NEAR(curve[i], expected[i], 1e-12 * expected[i]) << alphas[i];
                const double single = renyiEntropy(concentrated, alphas[i]);
                EXPECT_NEAR(concentratedCurve[i], single, 1e-13 * single) << alphas[i];
            }
        });
    }
}

TEST(Renyi, ACurveOfOrdersHasEachOrdersValue) {
    // Zeros on both sides, near-identical events (the series) and far ones (the exponentials).
    std::vector<double> pWeights, qWeights;
    for (int i = 0; i < 103; ++i) {
        pWeights.push_back(i % 17 == 0 ? 0.0 : 1.0 + i % 7);
        qWeights.push_back(i % 23 == 0 ? 0.0 : (1.0 + i % 7) * (i % 3 == 0 ? 1.001 : 1.7));
    }
    const auto p = make(pWeights), q = make(qWeights, "Q");
    const std::vector<double> alphas{0.0,  0.05, 0.5, 0.999,          1.0,
                                     1.25, 2.0,  5.0, kInfiniteOrder, -1.0};
    for (const auto &[truth, model] : {std::pair{&p, &q}, std::pair{&q, &p}}) {
        const std::vector<double> curve = renyiDivergences(*truth, *model, alphas, LogBase::Nats);
        ASSERT_EQ(curve.size(), alphas.size());
        for (std::size_t i = 0; i < alphas.size(); ++i) {
            const double single = renyiDivergence(*truth, *model, alphas[i], LogBase::Nats);
            // The orders far from 1 are summed together, from shared exponentials.
            const bool same = curve[i] == single || (std::isnan(curve[i]) && std::isnan(single));
            EXPECT_TRUE(same || std::abs(curve[i] - single) <= 1e-13 * std::abs(single))
                << alphas[i] << ": " << curve[i] << " against " << single;
        }
    }
    const std::vector<double> entropies = renyiEntropies(p, alphas, LogBase::Nats);
    ASSERT_EQ(entropies.size(), alphas.size());
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        const double single = renyiEntropy(p, alphas[i], LogBase::Nats);
        const bool same =
            entropies[i] == single || (std::isnan(entropies[i]) && std::isnan(single));
        EXPECT_TRUE(same || std::abs(entropies[i] - single) <= 1e-13 * std::abs(single))
            << alphas[i] << ": " << entropies[i] << " against " << single;
    }
    // Below order 1 the zeros of Q do not make D infinite; from order 1 on they do.
    const auto finite = renyiDivergences(p, q, std::vector<double>{0.5, 1.0, 2.0});
    EXPECT_NEAR(finite[0], referenceDivergence(p, q, 0.5), 1e-12 * finite[0]);
    EXPECT_EQ(finite[1], kInfinity);
    EXPECT_EQ(finite[2], kInfinity);
}

TEST(Renyi, IsContinuousWithKlAtOrderOneFromBothSides) {
    std::mt19937_64 rng(31);
    const auto p = make(testing_support::dirichletWeights(20, 1.0, rng));
    const auto q = make(testing_support::dirichletWeights(20, 1.0, rng), "Q");
    const Comparison c = compare(p, q).value();
    EXPECT_EQ(renyiDivergence(p, q, 1.0), c.klPQ);
    EXPECT_EQ(renyiEntropy(p, 1.0), c.entropyP);
    for (const double step : {1e-4, 1e-8, 1e-12}) {
        for (const double alpha : {1.0 - step, 1.0 + step}) {
            // D_a is increasing in a; within a step of 1 it is KL to about step * Var/2.
            EXPECT_NEAR(renyiDivergence(p, q, alpha), c.klPQ, 10 * step * (1 + c.klPQ)) << alpha;
            EXPECT_NEAR(renyiEntropy(p, alpha), c.entropyP, 10 * step * (1 + c.entropyP));
        }
    }
    EXPECT_LT(renyiDivergence(p, q, 1 - 1e-6), renyiDivergence(p, q, 1 + 1e-6));
}

TEST(Renyi, SpecialOrdersAreTheirExactLimits) {
    const auto p = make({0.5, 0.5, 0.0}), q = make({0.25, 0.25, 0.5}, "Q");
    EXPECT_DOUBLE_EQ(renyiDivergence(p, q, 0.0), 1.0);  // -log2 Q(support of P) = -log2 1/2
    EXPECT_DOUBLE_EQ(renyiDivergence(p, q, kInfiniteOrder), 1.0);  // log2 max p/q = log2 2
    EXPECT_DOUBLE_EQ(renyiEntropy(p, 0.0), 1.0);                   // log2 of 2 events
    EXPECT_DOUBLE_EQ(renyiEntropy(q, kInfiniteOrder), 1.0);        // -log2 0.5
    EXPECT_DOUBLE_EQ(renyiEntropy(make({1, 1, 1, 1}), 2.0), 2.0);  // uniform: every order
    EXPECT_DOUBLE_EQ(renyiDivergence(p, q, 2.0), 1.0);             // log2 sum p^2/q
}

TEST(Renyi, ZerosFollowTheSameConventionsAsKl) {
    const auto p = make({0.5, 0.5}), q = make({1.0, 0.0}, "Q");
    EXPECT_EQ(renyiDivergence(p, q, 2.0), kInfinity);  // q = 0 < p, order above 1
    EXPECT_EQ(renyiDivergence(p, q, kInfiniteOrder), kInfinity);
    EXPECT_EQ(renyiDivergence(p, q, 1.0), kInfinity);
    // Below order 1 the event Q calls impossible adds nothing: S = sqrt(0.5) * 1 from A alone,
    // so D = log2(sqrt(0.5)) / (0.5 - 1) = 1 bit.
    EXPECT_DOUBLE_EQ(renyiDivergence(p, q, 0.5), 1.0);
    EXPECT_DOUBLE_EQ(renyiDivergence(p, q, 0.0), 0.0);  // -log2 Q(support of P) = -log2 1
    const auto a = make({1.0, 0.0}), b = make({0.0, 1.0}, "Q");
    EXPECT_EQ(renyiDivergence(a, b, 0.5), kInfinity);  // no shared event
    EXPECT_TRUE(std::isnan(renyiDivergence(a, b, -1.0)));
}

// Two orders far apart with a large ratio: e^((b' - b) r) would overflow, and must not carry an
// infinity from one order's sum to the next.
TEST(Renyi, ACurveOfFarApartOrdersDoesNotOverflowBetweenThem) {
    const auto p = make({0.5, 0.5}), q = make({1e-77, 1.0}, "Q");  // r = 176 on the first
    const std::vector<double> alphas{0.5, 4.9};
    const auto curve = renyiDivergences(p, q, alphas);
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        const double expected = referenceDivergence(p, q, alphas[i]);
        EXPECT_NEAR(curve[i], expected, 1e-12 * expected) << alphas[i];
    }
}

TEST(Renyi, LargeOrdersAndHugeRatiosDoNotOverflow) {
    const auto p = make({0.5, 0.5}), q = make({1e-300, 1.0}, "Q");
    const double expected = referenceDivergence(p, q, 10.0);
    EXPECT_NEAR(renyiDivergence(p, q, 10.0), expected, 1e-12 * expected);
    EXPECT_TRUE(std::isfinite(renyiDivergence(p, q, 10.0)));
}

// Collision entropy and divergence (order 2) worked by hand: sum p^2/q and -log sum p^2.
TEST(Renyi, ValuesAtOneOrderGiveBothDirectionsAndBothEntropies) {
    const auto p = make({0.5, 0.5}), q = make({0.9, 0.1}, "Q");
    const RenyiValues v = renyiValues(p, q, 2.0);
    EXPECT_EQ(v.alpha, 2.0);
    EXPECT_NEAR(v.divergencePQ, std::log2(0.25 / 0.9 + 0.25 / 0.1), 1e-15);
    EXPECT_NEAR(v.divergenceQP, std::log2(0.81 / 0.5 + 0.01 / 0.5), 1e-15);
    EXPECT_NEAR(v.entropyP, 1.0, 1e-15);
    EXPECT_NEAR(v.entropyQ, -std::log2(0.81 + 0.01), 1e-15);
    EXPECT_EQ(renyiValues(p, q, 2.0, LogBase::Nats).divergencePQ,
              renyiDivergence(p, q, 2.0, LogBase::Nats));
}
