// SPDX-License-Identifier: MIT
// Huffman and Shannon codes: published examples, optimality by brute force, the bounds
// H <= L < H + 1, Kraft's sum, and zeros.
#include "test_distributions.h"

#include <entropy/codes.h>
#include <entropy/compare.h>

#include <queue>

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <tuple>

using namespace entropy;
using testing_support::make;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The least expected length over all prefix codes, by search: lengths (non-decreasing as the
// probabilities fall) from 1 to n-1 that satisfy Kraft's inequality.
double bruteForceOptimum(std::vector<double> p) {
    std::sort(p.rbegin(), p.rend());
    double best = kInf;
    std::vector<int> lengths(p.size());
    const auto search = [&](auto &&self, std::size_t i, int least, double kraft) -> void {
        if (i == p.size()) {
            double cost = 0.0;
            for (std::size_t k = 0; k < p.size(); ++k) {
                cost += p[k] * lengths[k];
            }
            best = std::min(best, cost);
            return;
        }
        for (int l = least; l < int(p.size()); ++l) {
            if (kraft + std::exp2(-l) <= 1.0 + 1e-12) {
                lengths[i] = l;
                self(self, i + 1, l, kraft + std::exp2(-l));
            }
        }
    };
    search(search, 0, 1, 0.0);
    return best;
}

bool isPrefixFree(const std::vector<std::string> &codewords) {
    for (const auto &a : codewords) {
        for (const auto &b : codewords) {
            if (&a != &b && !a.empty() && !b.empty() && b.starts_with(a)) {
                return false;
            }
        }
    }
    return true;
}

}  // namespace

TEST(Huffman, ColahsExampleHasLengthsOneTwoThreeThreeAndCostsItsEntropy) {
    // Olah, "Visual Information Theory": P = (1/2, 1/4, 1/8, 1/8).
    const auto p = make({0.5, 0.25, 0.125, 0.125});
    const Code code = huffmanCode(p);
    EXPECT_EQ(code.lengths, (std::vector<double>{1, 2, 3, 3}));
    EXPECT_DOUBLE_EQ(expectedLength(p, code.lengths), 1.75);
    EXPECT_DOUBLE_EQ(compare(p, p).value().entropyP, 1.75);
    EXPECT_TRUE(isPrefixFree(code.codewords));
}

TEST(Huffman, TiesAreBrokenByTheLowestEventIndex) {
    const Code code = huffmanCode(make({1, 1, 1}));
    // A and B (least, then lowest index) merge first; C and AB then, C first taking bit 0.
    EXPECT_EQ(code.codewords, (std::vector<std::string>{"10", "11", "0"}));
    const Code four = huffmanCode(make({1, 1, 1, 1}));
    EXPECT_EQ(four.codewords, (std::vector<std::string>{"00", "01", "10", "11"}));
}

TEST(Huffman, OneEventGetsTheOneBitCodeZero) {
    const Code code = huffmanCode(make({1}));
    EXPECT_EQ(code.codewords, std::vector<std::string>{"0"});
    EXPECT_EQ(code.lengths, std::vector<double>{1});
    const Code withZeros = huffmanCode(make({0, 3, 0}));
    EXPECT_EQ(withZeros.codewords[1], "0");
}

TEST(Huffman, ZeroProbabilitiesGetNoCodewordAndMakeTheCostInfinite) {
    const auto q = make({0.5, 0.5, 0.0}, "Q");
    const Code code = huffmanCode(q);
    EXPECT_TRUE(code.codewords[2].empty());
    EXPECT_EQ(code.lengths[2], kInf);
    EXPECT_EQ(expectedLength(make({0.4, 0.4, 0.2}), code.lengths), kInf);
    EXPECT_DOUBLE_EQ(expectedLength(make({0.5, 0.5, 0.0}), code.lengths), 1.0);  // 0 * inf = 0
    EXPECT_DOUBLE_EQ(kraftSum(code.lengths), 1.0);
    EXPECT_EQ(shannonLengths(q)[2], kInf);
}

TEST(Huffman, IsOptimalAgainstBruteForceUpToEightEvents) {
    std::mt19937_64 rng(17);
    for (std::size_t n = 2; n <= 8; ++n) {
        for (int trial = 0; trial < 12; ++trial) {
            const auto p = make(testing_support::dirichletWeights(n, 0.7, rng));
            const std::vector<double> probabilities(p.probabilities().begin(),
                                                    p.probabilities().end());
            EXPECT_NEAR(expectedLength(p, huffmanCode(p).lengths), bruteForceOptimum(probabilities),
                        1e-12)
                << "n = " << n << ", trial " << trial;
        }
    }
}

TEST(Codes, BoundsAndKraftHoldOnRandomDistributions) {
    std::mt19937_64 rng(23);
    for (const std::size_t n : {2, 3, 10, 100, 1000}) {
        for (const double alpha : {0.1, 1.0, 20.0}) {
            const auto p = make(testing_support::dirichletWeights(n, alpha, rng));
            const auto q = make(testing_support::dirichletWeights(n, alpha, rng), "Q");
            const Code huffman = huffmanCode(p);
            const Comparison c = compare(p, q).value();
            const double L = expectedLength(p, huffman.lengths);
            EXPECT_LE(c.entropyP, L + 1e-12);
            EXPECT_LT(L, c.entropyP + 1.0);
            const double ownShannon = expectedLength(p, shannonLengths(p));
            EXPECT_LE(L, ownShannon + 1e-12);  // Huffman is optimal
            EXPECT_LT(ownShannon, c.entropyP + 1.0);
            EXPECT_NEAR(kraftSum(huffman.lengths), 1.0, 1e-12);
            const double shannon = expectedLength(p, shannonLengths(q));
            EXPECT_LE(c.crossEntropyPQ, shannon + 1e-12);
            EXPECT_LT(shannon, c.crossEntropyPQ + 1.0);
            EXPECT_LE(kraftSum(shannonLengths(q)), 1.0 + 1e-12);
            EXPECT_TRUE(n > 100 || isPrefixFree(huffman.codewords));
        }
    }
}

TEST(Codes, ShannonLengthsOfPowersOfTwoAreExact) {
    EXPECT_EQ(shannonLengths(make({0.5, 0.25, 0.25})), (std::vector<double>{1, 2, 2}));
    EXPECT_EQ(shannonLengths(make({0.3, 0.7})), (std::vector<double>{2, 1}));
    EXPECT_EQ(shannonLengths(make({1})), std::vector<double>{0});
}

TEST(Codes, TheWrongCodeCostsAboutTheDivergenceMore) {
    const auto p = make({0.5, 0.25, 0.125, 0.125}), q = make({0.125, 0.125, 0.25, 0.5}, "Q");
    const CodeComparison codes = compareCodes(p, q);
    EXPECT_DOUBLE_EQ(codes.extraLengthQCode, 0.875);  // 2.625 - 1.75
    EXPECT_DOUBLE_EQ(codes.klPQBits, 0.875);          // dyadic: the codes are exact
    const CodeComparison zero = compareCodes(make({1, 1}), make({1, 0}, "Q"));
    EXPECT_EQ(zero.extraLengthQCode, kInf);
    EXPECT_EQ(zero.klPQBits, kInf);
}

TEST(Codes, SurprisalInBitsIsExactAtPowersOfTwoAndInfiniteAtZero) {
    EXPECT_EQ(surprisalBits(make({0.5, 0.25, 0.25, 0.0})), (std::vector<double>{1, 2, 2, kInf}));
    EXPECT_EQ(std::signbit(surprisalBits(make({1.0}))[0]), false);  // +0, not -0
}

namespace {

// The textbook Huffman construction with a priority queue, merging the lightest trees first and,
// among equal weights, the one holding the lowest event: the reference for huffmanCode's two
// queues.
std::vector<std::string> heapHuffman(const Distribution &d) {
    struct Tree {
        double weight;
        std::size_t firstEvent;
        std::vector<std::size_t> events;
    };
    const auto heavier = [](const Tree &a, const Tree &b) {
        return std::tie(a.weight, a.firstEvent) > std::tie(b.weight, b.firstEvent);
    };
    std::priority_queue<Tree, std::vector<Tree>, decltype(heavier)> queue(heavier);
    for (std::size_t i = 0; i < d.size(); ++i) {
        queue.push({d[i], i, {i}});
    }
    std::vector<std::string> codewords(d.size());
    while (queue.size() > 1) {
        Tree zero = queue.top();
        queue.pop();
        Tree one = queue.top();
        queue.pop();
        for (const std::size_t e : zero.events) {
            codewords[e].insert(0, "0");
        }
        for (const std::size_t e : one.events) {
            codewords[e].insert(0, "1");
            zero.events.push_back(e);
        }
        queue.push({zero.weight + one.weight, std::min(zero.firstEvent, one.firstEvent),
                    std::move(zero.events)});
    }
    return codewords;
}

}  // namespace

TEST(Codes, HuffmanMatchesTheHeapConstructionTiesIncluded) {
    std::mt19937_64 rng(5);
    std::uniform_int_distribution<int> fewWeights(1, 4);  // many equal weights: many ties
    for (const std::size_t n : {2, 5, 17, 300}) {
        for (int trial = 0; trial < 5; ++trial) {
            std::vector<double> weights(n);
            for (double &w : weights) {
                w = fewWeights(rng);
            }
            const Distribution p = make(weights);
            EXPECT_EQ(huffmanCode(p).codewords, heapHuffman(p)) << n;
        }
    }
    const auto dirichlet = make(testing_support::dirichletWeights(1000, 1.0, rng));
    EXPECT_EQ(huffmanCode(dirichlet).codewords, heapHuffman(dirichlet));
}

// Probabilities halving from one event to the next give codewords one bit longer each, past
// the 64 bits a codeword is first built in.
TEST(Codes, HuffmanSpellsOutCodewordsLongerThanSixtyFourBits) {
    std::vector<double> weights;
    for (int k = 1; k <= 100; ++k) {
        weights.push_back(std::ldexp(1.0, -k));
    }
    weights.push_back(std::ldexp(1.0, -100));
    const Distribution p = make(weights);
    const Code code = huffmanCode(p);
    EXPECT_EQ(code.codewords, heapHuffman(p));
    EXPECT_EQ(code.lengths[99], 100.0);
    EXPECT_EQ(code.codewords[99], std::string(99, '1') + '0');
    EXPECT_DOUBLE_EQ(kraftSum(code.lengths), 1.0);
}

TEST(Codes, HuffmanLengthsAreTheCodesLengths) {
    std::mt19937_64 rng(12);
    for (const auto &p : {make({1.0}), make({0.0, 2.0, 0.0}), make({1, 1, 1, 1, 1}),
                          make(testing_support::dirichletWeights(500, 0.3, rng))}) {
        EXPECT_EQ(huffmanLengths(p), huffmanCode(p).lengths);
    }
}
