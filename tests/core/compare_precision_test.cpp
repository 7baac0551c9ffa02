// SPDX-License-Identifier: MIT
// Accuracy against a reference computed in quadruple precision (__float128, 113-bit mantissa)
// from the same stored probabilities: as they are for the entropies (log p of a p near 1 is
// only as good as p itself), exactly renormalised for the divergences. The reference uses the
// textbook formulas with log1p of the relative difference, which in quadruple precision keep more
// than 20 correct digits even where double loses most of them.
#include "instruction_sets.h"
#include "test_distributions.h"

#include <entropy/compare.h>

#include <quadmath.h>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <string>

using entropy::compare;
using entropy::LogBase;
using testing_support::dirichletWeights;
using testing_support::make;
using testing_support::OnEachInstructionSet;

namespace {

using Quad = __float128;

struct Reference {
    double entropyP, crossEntropyPQ, klPQ, klQP, jensenShannon;
};

// ln(a/b) for a, b > 0, accurate when a ~ b.
Quad logRatio(Quad a, Quad b) {
    return log1pq((a - b) / b);
}

Quad sum(const entropy::Distribution &d) {
    Quad total = 0;
    for (const double p : d.probabilities()) {
        total += p;
    }
    return total;
}

Reference reference(const entropy::Distribution &pDist, const entropy::Distribution &qDist) {
    const Quad pTotal = sum(pDist), qTotal = sum(qDist);
    Quad h = 0, cross = 0, kl = 0, klReverse = 0, js = 0;
    for (std::size_t i = 0; i < pDist.size(); ++i) {
        if (pDist[i] > 0) {
            h -= Quad(pDist[i]) * logq(pDist[i]);
            cross -= Quad(pDist[i]) * logq(qDist[i]);
        }
        const Quad p = pDist[i] / pTotal, q = qDist[i] / qTotal, m = (p + q) / 2;
        if (p > 0) {
            kl += p * logRatio(p, q);
            js += p * logRatio(p, m);
        }
        if (q > 0) {
            klReverse += q * logRatio(q, p);
            js += q * logRatio(q, m);
        }
    }
    const Quad ln2 = logq(2);
    return {double(h / ln2), double(cross / ln2), double(kl / ln2), double(klReverse / ln2),
            double(js / 2 / ln2)};
}

void expectRelative(double actual, double expected, double tolerance, const char *what) {
    EXPECT_LE(std::abs(actual - expected), tolerance * std::abs(expected))
        << what << ": " << actual << " vs reference " << expected;
}

void expectMatchesReference(const entropy::Distribution &p, const entropy::Distribution &q,
                            const Reference &r, double tolerance) {
    const auto c = compare(p, q, {.perEventTerms = false}).value();
    expectRelative(c.entropyP, r.entropyP, tolerance, "H(P)");
    expectRelative(c.crossEntropyPQ, r.crossEntropyPQ, tolerance, "H(P,Q)");
    expectRelative(c.klPQ, r.klPQ, tolerance, "D(P||Q)");
    expectRelative(c.klQP, r.klQP, tolerance, "D(Q||P)");
    expectRelative(c.jensenShannon, r.jensenShannon, tolerance, "JS");
}

// Q = P with each probability moved by a relative amount of about `epsilon`.
std::vector<double> perturbed(const entropy::Distribution &p, double epsilon,
                              std::mt19937_64 &rng) {
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::vector<double> weights(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        weights[i] = p[i] * (1.0 + epsilon * unit(rng));
    }
    return weights;
}

}  // namespace

// The totals' long loop runs scalar, with AVX2 or with AVX-512 by processor: each must be as good.
class ComparePrecision : public OnEachInstructionSet {};
INSTANTIATE_TEST_SUITE_P(EachSet, ComparePrecision, testing_support::kEachInstructionSet,
                         testing_support::instructionSetName);

struct RandomCase {
    std::string name;
    entropy::Distribution p, q;
    Reference reference;
};

// Random pairs up to 10^5 events, spiky to nearly uniform, with their references: computed
// once for every instruction set, since the quadruple-precision logs take most of the time.
const std::vector<RandomCase> &randomCases() {
    static const std::vector<RandomCase> cases = [] {
        std::vector<RandomCase> made;
        std::mt19937_64 rng(12345);
        for (const std::size_t n : {2, 17, 1000, 100000}) {
            for (const double alpha : {0.05, 1.0, 20.0}) {
                auto p = make(dirichletWeights(n, alpha, rng), "P");
                auto q = make(dirichletWeights(n, alpha, rng), "Q");
                const Reference r = reference(p, q);
                made.push_back({"n = " + std::to_string(n) + ", alpha = " + std::to_string(alpha),
                                std::move(p), std::move(q), r});
            }
        }
        return made;
    }();
    return cases;
}

TEST(ComparePrecisionEverySet, RandomDistributionsUpTo1e5EventsAgreeTo1e12) {
    testing_support::forEachInstructionSet([] {
        for (const RandomCase &random : randomCases()) {
            SCOPED_TRACE(random.name);
            expectMatchesReference(random.p, random.q, random.reference, 1e-12);
        }
    });
}

TEST_P(ComparePrecision, NearlyIdenticalDistributionsKeepFullRelativeAccuracy) {
    // D(P||Q) ~ 1e-12 while H(P) ~ 5 bits: H(P,Q) - H(P) would keep almost no digit of D.
    std::mt19937_64 rng(777);
    for (const double epsilon : {1e-3, 1e-6, 1e-8}) {
        const auto p = make(dirichletWeights(40, 10.0, rng), "P");
        const auto q = make(perturbed(p, epsilon, rng), "Q");
        SCOPED_TRACE("epsilon = " + std::to_string(epsilon));
        const auto c = compare(p, q).value();
        EXPECT_GT(c.entropyP, 4.0);
        EXPECT_LT(c.klPQ, epsilon * epsilon);
        expectMatchesReference(p, q, reference(p, q), 1e-12);
    }
}

TEST(ComparePrecisionFixed, UniformOver65536EventsHasSixteenBits) {
    const auto uniform = make(std::vector<double>(65536, 1.0));
    const auto c = compare(uniform, uniform).value();
    EXPECT_NEAR(c.entropyP, 16.0, 1e-12);
    EXPECT_NEAR(c.normalizedEntropyP, 1.0, 1e-14);
    EXPECT_NEAR(c.perplexityP, 65536.0, 1e-8);
}

TEST(ComparePrecisionFixed, DevianceIsAccurateWhenArgumentsAreClose) {
    // x log(x/y) + y - x with x = y(1 + d) is y ((1+d) log(1+d) - d) ~ y d^2/2.
    for (const double d : {1e-4, 1e-7, 1e-10}) {
        const double y = 0.3, x = y * (1 + d);
        const Quad qx = x, qy = y;
        const double expected = double(qx * logRatio(qx, qy) - (qx - qy));
        const double actual = entropy::klDeviance(x, y, std::log(x), std::log(y));
        expectRelative(actual, expected, 1e-14, "deviance");
    }
}
