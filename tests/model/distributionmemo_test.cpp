// SPDX-License-Identifier: MIT
// The memo of a per-distribution computation: P's and Q's results kept, each computed once.
#include <atomic>
#include <distributionmemo.h>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace {

std::atomic<int> computations = 0;  // the threads' test computes too

double sumOfSquares(const entropy::Distribution &d) {
    ++computations;
    double sum = 0.0;
    for (const double p : d.probabilities()) {
        sum += p * p;
    }
    return sum;
}

entropy::Distribution make(std::vector<double> weights) {
    return entropy::Distribution::fromWeights(weights, "P").value();
}

}  // namespace

TEST(DistributionMemo, KeepsTheLastTwoDistributionsResults) {
    computations = 0;
    DistributionMemo<double> memo(&sumOfSquares);
    const auto p1 = make({1, 1}), p2 = make({1, 3}), q = make({3, 1});
    EXPECT_DOUBLE_EQ(*memo.get(p1), 0.5);
    EXPECT_DOUBLE_EQ(*memo.get(q), 0.625);
    // A drag of P: each new P computed once, Q's result kept throughout.
    const auto keptQ = memo.get(q);
    EXPECT_DOUBLE_EQ(*memo.get(p2), 0.625);
    EXPECT_EQ(memo.get(q), keptQ);
    EXPECT_EQ(computations, 3);
    // The least recently used went: p1 (before p2 and q) is computed again, q is still kept.
    EXPECT_DOUBLE_EQ(*memo.get(p1), 0.5);
    EXPECT_EQ(computations, 4);
    EXPECT_EQ(memo.get(p1), memo.get(p1));
    EXPECT_EQ(computations, 4);
    // Equal probabilities, another object: the same result.
    EXPECT_DOUBLE_EQ(*memo.get(make({2, 2})), 0.5);
    EXPECT_EQ(computations, 4);
}

TEST(DistributionMemo, GivesEachThreadTheRightResult) {
    DistributionMemo<double> memo(&sumOfSquares);
    const auto p = make({1, 1}), q = make({1, 3});
    std::vector<std::thread> threads;
    std::atomic<int> wrong = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                const bool ofP = (i + t) % 3 == 0;
                wrong += *memo.get(ofP ? p : q) != (ofP ? 0.5 : 0.625) ? 1 : 0;
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    EXPECT_EQ(wrong, 0);
}
