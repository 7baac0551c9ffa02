// SPDX-License-Identifier: MIT
// The discretised Gaussian family and its fits in both directions: the objective against a
// quadruple-precision reference and against compare(), moment matching for the forward fit, and
// every local minimum for the reverse fit, checked against a fine brute-force search.
#include "instruction_sets.h"
#include "test_distributions.h"

#include <entropy/compare.h>
#include <entropy/fits.h>

#include <quadmath.h>

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace entropy;
using testing_support::make;

namespace {

// Two bumps of width `sigma` at `left` and `right` over `n` events, with a floor so no p is 0.
Distribution twoHumps(std::size_t n, double left, double right, double sigma) {
    const auto a = discretisedGaussian(n, {left, sigma}),
               b = discretisedGaussian(n, {right, sigma});
    std::vector<double> w(n);
    for (std::size_t x = 0; x < n; ++x) {
        w[x] = 0.5 * a[x] + 0.5 * b[x] + 1e-3;
    }
    return make(w);
}

double mean(std::span<const double> p) {
    double m = 0;
    for (std::size_t x = 0; x < p.size(); ++x) {
        m += double(x) * p[x];
    }
    return m;
}

double variance(std::span<const double> p) {
    const double m = mean(p);
    double v = 0;
    for (std::size_t x = 0; x < p.size(); ++x) {
        v += (double(x) - m) * (double(x) - m) * p[x];
    }
    return v;
}

// D(P||Q_theta) or D(Q_theta||P) from the definition in __float128, in bits.
double referenceObjective(const Distribution &p, GaussianParameters theta, FitDirection direction) {
    const std::size_t n = p.size();
    std::vector<__float128> w(n);
    __float128 total = 0, totalP = 0;
    for (std::size_t x = 0; x < n; ++x) {
        const __float128 d = __float128(double(x)) - __float128(theta.mu);
        w[x] = expq(-d * d / (2 * __float128(theta.sigma) * __float128(theta.sigma)));
        total += w[x];
        totalP += p[x];
    }
    // ln q from the exponent, not from q, which underflows far from a narrow bump even here.
    __float128 sum = 0;
    for (std::size_t x = 0; x < n; ++x) {
        const __float128 d = __float128(double(x)) - __float128(theta.mu);
        const __float128 logQ =
            -d * d / (2 * __float128(theta.sigma) * __float128(theta.sigma)) - logq(total);
        const __float128 q = w[x] / total, pp = __float128(p[x]) / totalP;
        if (direction == FitDirection::Forward) {
            sum += pp > 0 ? pp * (logq(pp) - logQ) : 0;
        } else {
            sum += q > 0 ? q * (logQ - logq(pp)) : 0;
        }
    }
    return double(sum / logq(__float128(2)));
}

}  // namespace

TEST(GaussianFamily, SumsToOneAndIsSymmetricAboutMu) {
    const auto q = discretisedGaussian(9, {4.0, 1.5});
    double total = 0;
    for (const double x : q) {
        total += x;
    }
    EXPECT_NEAR(total, 1.0, 1e-15);
    for (std::size_t x = 0; x < 4; ++x) {
        EXPECT_DOUBLE_EQ(q[x], q[8 - x]);
    }
    EXPECT_EQ(std::ranges::max_element(q) - q.begin(), 4);
}

TEST(GaussianFamily, LogProbabilitiesStayFiniteWhereTheBumpUnderflows) {
    const auto logQ = gaussianLogProbabilities(200, {0.0, kMinFitSigma});
    EXPECT_EQ(discretisedGaussian(200, {0.0, kMinFitSigma})[199], 0.0);
    EXPECT_TRUE(std::isfinite(logQ[199]));
    EXPECT_NEAR(logQ[199], -199.0 * 199.0 / (2 * kMinFitSigma * kMinFitSigma), 1e-3);
}

TEST(FitObjective, MatchesAQuadPrecisionReferenceInBothDirections) {
    const Distribution p = make({0.05, 0.3, 0.1, 0.25, 0.2, 0.1});
    for (const GaussianParameters theta : {GaussianParameters{2.3, 0.7}, {0.0, 3.0}, {5.2, 12.0}}) {
        for (const auto direction : {FitDirection::Forward, FitDirection::Reverse}) {
            const double reference = referenceObjective(p, theta, direction);
            EXPECT_NEAR(fitObjective(p, theta, direction, LogBase::Bits), reference,
                        1e-12 * std::max(1.0, reference));
        }
    }
}

// The sums run many events at a time, over the events near mu only: on every instruction set,
// for bumps narrow and wide, inside the events and beyond them.
TEST(FitObjective, MatchesTheReferenceOnEveryInstructionSetOverManyEvents) {
    std::mt19937_64 rng(41);
    const Distribution p = make(testing_support::dirichletWeights(300, 1.0, rng));
    testing_support::forEachInstructionSet([&] {
        for (const GaussianParameters theta : {GaussianParameters{150.3, 0.25},
                                               {17.0, 4.0},
                                               {-40.0, 9.0},
                                               {330.0, 2.0},
                                               {120.7, 60.0},
                                               {299.5, 300.0}}) {
            for (const auto direction : {FitDirection::Forward, FitDirection::Reverse}) {
                const double reference = referenceObjective(p, theta, direction);
                EXPECT_NEAR(fitObjective(p, theta, direction, LogBase::Bits), reference,
                            1e-12 * std::max(1.0, reference))
                    << theta.mu << ", " << theta.sigma;
            }
        }
    });
}

TEST(FitObjective, AgreesWithTheComparisonOfPAndTheBump) {
    const Distribution p = make({0.1, 0.4, 0.3, 0.2});
    const GaussianParameters theta{1.6, 1.1};
    const Distribution q = make(discretisedGaussian(4, theta));
    const Comparison c = compare(p, q, {LogBase::Nats, false}).value();
    EXPECT_NEAR(fitObjective(p, theta, FitDirection::Forward, LogBase::Nats), c.klPQ, 1e-14);
    EXPECT_NEAR(fitObjective(p, theta, FitDirection::Reverse, LogBase::Nats), c.klQP, 1e-14);
}

TEST(ForwardFit, MatchesPsMeanAndVarianceOnTheGrid) {
    const Distribution p = make({0.02, 0.1, 0.3, 0.25, 0.15, 0.1, 0.05, 0.03});
    const Fit fit = fitGaussian(p, FitDirection::Forward, LogBase::Bits);
    ASSERT_EQ(fit.minima.size(), 1u);
    EXPECT_FALSE(fit.minima[0].sigmaAtLimit);
    const auto q = discretisedGaussian(8, fit.minima[0].theta);
    EXPECT_NEAR(mean(q), mean(p.probabilities()), 1e-10);
    EXPECT_NEAR(variance(q), variance(p.probabilities()), 1e-10);
}

TEST(ForwardFit, IsTheMinimumOfTheObjective) {
    const Distribution p = twoHumps(40, 12, 27, 3);
    const FitMinimum best = fitGaussian(p, FitDirection::Forward, LogBase::Bits).minima[0];
    for (const double dMu : {-1e-3, 0.0, 1e-3}) {
        for (const double dSigma : {-1e-3, 0.0, 1e-3}) {
            const GaussianParameters near{best.theta.mu + dMu, best.theta.sigma + dSigma};
            EXPECT_GE(fitObjective(p, near, FitDirection::Forward, LogBase::Bits),
                      best.objective - 1e-14);
        }
    }
}

TEST(ForwardFit, RecoversABumpExactly) {
    const GaussianParameters theta{6.3, 2.2};
    const Distribution p = make(discretisedGaussian(15, theta));
    const FitMinimum best = fitGaussian(p, FitDirection::Forward, LogBase::Bits).minima[0];
    EXPECT_NEAR(best.theta.mu, theta.mu, 1e-8);
    EXPECT_NEAR(best.theta.sigma, theta.sigma, 1e-8);
    EXPECT_NEAR(best.objective, 0.0, 1e-14);
}

TEST(ForwardFit, StopsAtTheWidestBumpWhenPIsFlatterThanAnyBump) {
    const Fit fit = fitGaussian(make({1, 1, 1, 1, 1}), FitDirection::Forward, LogBase::Bits);
    EXPECT_TRUE(fit.minima[0].sigmaAtLimit);
    EXPECT_DOUBLE_EQ(fit.minima[0].theta.sigma, maxFitSigma(5));
    EXPECT_NEAR(fit.minima[0].theta.mu, 2.0, 1e-9);
}

TEST(ForwardFit, CoversBothHumps) {
    const Fit fit = fitGaussian(twoHumps(40, 10, 30, 2.5), FitDirection::Forward, LogBase::Bits);
    EXPECT_NEAR(fit.minima[0].theta.mu, 20.0, 1.0);
    EXPECT_FALSE(fit.minima[0].sigmaAtLimit);
    EXPECT_GT(fit.minima[0].theta.sigma, 10.0);
}

TEST(ReverseFit, FindsOneMinimumOnEachHumpWithTheGlobalFirst) {
    const Distribution p = twoHumps(40, 10, 30, 2.5);
    const Fit fit = fitGaussian(p, FitDirection::Reverse, LogBase::Bits);
    ASSERT_GE(fit.minima.size(), 2u);
    EXPECT_TRUE(std::ranges::is_sorted(fit.minima, {}, &FitMinimum::objective));
    // The two best sit on the humps; a broad bump over both is a worse local minimum.
    std::vector<double> centres{fit.minima[0].theta.mu, fit.minima[1].theta.mu};
    std::ranges::sort(centres);
    EXPECT_NEAR(centres[0], 10.0, 0.1);
    EXPECT_NEAR(centres[1], 30.0, 0.1);
    const GaussianParameters covering =
        fitGaussian(p, FitDirection::Forward, LogBase::Bits).minima[0].theta;
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_NEAR(fit.minima[i].theta.sigma, 2.5, 0.3);
        EXPECT_LT(fit.minima[i].objective,
                  fitObjective(p, covering, FitDirection::Reverse, LogBase::Bits));
    }
}

TEST(ReverseFit, EveryMinimumFoundIsALocalMinimum) {
    const Distribution p = twoHumps(40, 10, 30, 2.5);
    for (const FitMinimum &m : fitGaussian(p, FitDirection::Reverse, LogBase::Bits).minima) {
        for (const auto &[dMu, dSigma] : {std::pair{1e-3, 0.0},
                                          {-1e-3, 0.0},
                                          {0.0, 1e-3},
                                          {0.0, -1e-3},
                                          {1e-3, 1e-3},
                                          {-1e-3, -1e-3}}) {
            const GaussianParameters near{m.theta.mu + dMu, m.theta.sigma + dSigma};
            EXPECT_GE(fitObjective(p, near, FitDirection::Reverse, LogBase::Bits),
                      m.objective - 1e-13);
        }
    }
}

TEST(ReverseFit, GlobalMinimumIsNoWorseThanAFineBruteForceSearch) {
    const Distribution p = twoHumps(40, 12, 25, 3);
    const Fit fit = fitGaussian(p, FitDirection::Reverse, LogBase::Bits);
    const FitLandscape fine = fitLandscape(p, 161, 121, LogBase::Bits);
    const double bruteForce = *std::ranges::min_element(fine.reverse);
    EXPECT_LE(fit.minima[0].objective, bruteForce + 1e-12);
}

// A P with no hump: the reverse fit is the widest bump, and its centre still a minimum along mu
// (a search that crept along the limit of sigma stopped six events short).
TEST(ReverseFit, AMinimumOnTheLimitOfSigmaIsAMinimumAlongMu) {
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> uniform(0.05, 1.0);
    std::vector<double> weights(1024);
    for (double &w : weights) {
        w = uniform(rng);
    }
    const Distribution p = make(weights);
    const FitMinimum best = fitGaussian(p, FitDirection::Reverse, LogBase::Bits).minima.at(0);
    EXPECT_TRUE(best.sigmaAtLimit);
    for (const double dMu : {-0.01, 0.01}) {
        EXPECT_GE(fitObjective(p, {best.theta.mu + dMu, best.theta.sigma}, FitDirection::Reverse,
                               LogBase::Bits),
                  best.objective - 1e-13);
    }
}

TEST(ReverseFit, IsInfiniteWhenPHasAZero) {
    const Distribution p = make({0.5, 0.5, 0.0});
    const Fit fit = fitGaussian(p, FitDirection::Reverse, LogBase::Bits);
    EXPECT_TRUE(fit.infinite);
    EXPECT_TRUE(fit.minima.empty());
    EXPECT_EQ(fitObjective(p, {1, 1}, FitDirection::Reverse, LogBase::Bits),
              std::numeric_limits<double>::infinity());
    EXPECT_FALSE(fitGaussian(p, FitDirection::Forward, LogBase::Bits).infinite);
}

TEST(FitLandscape, HoldsBothObjectivesAtEachGridPoint) {
    const Distribution p = make({0.1, 0.2, 0.4, 0.2, 0.1});
    const FitLandscape l = fitLandscape(p, 7, 5, LogBase::Nats);
    ASSERT_EQ(l.forward.size(), 35u);
    EXPECT_DOUBLE_EQ(l.mu(0), -0.5);
    EXPECT_DOUBLE_EQ(l.mu(6), 4.5);
    EXPECT_DOUBLE_EQ(l.sigma(0), kMinFitSigma);
    EXPECT_NEAR(l.sigma(4), maxFitSigma(5), 1e-12);
    const GaussianParameters theta{l.mu(3), l.sigma(2)};
    EXPECT_DOUBLE_EQ(l.forward[2 * 7 + 3],
                     fitObjective(p, theta, FitDirection::Forward, LogBase::Nats));
    EXPECT_DOUBLE_EQ(l.reverse[2 * 7 + 3],
                     fitObjective(p, theta, FitDirection::Reverse, LogBase::Nats));
}

TEST(Fits, OneEventHasOneExactFitEachWay) {
    for (const auto direction : {FitDirection::Forward, FitDirection::Reverse}) {
        const Fit fit = fitGaussian(make({1.0}), direction, LogBase::Bits);
        ASSERT_EQ(fit.minima.size(), 1u);
        EXPECT_EQ(fit.minima[0].objective, 0.0);
    }
}

TEST(Fits, AOneHotPIsFittedByTheNarrowestBumpOnItsEvent) {
    const Fit forward = fitGaussian(make({0, 0, 1, 0, 0}), FitDirection::Forward, LogBase::Bits);
    EXPECT_TRUE(forward.minima[0].sigmaAtLimit);
    EXPECT_DOUBLE_EQ(forward.minima[0].theta.sigma, kMinFitSigma);
    EXPECT_NEAR(forward.minima[0].theta.mu, 2.0, 1e-9);
    EXPECT_TRUE(fitGaussian(make({0, 0, 1, 0, 0}), FitDirection::Reverse, LogBase::Bits).infinite);
}
