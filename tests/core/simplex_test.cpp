// SPDX-License-Identifier: MIT
// The simplex of three events: its geometry, the measures a contour map draws (checked against
// the one-pass comparison), merging many events into three, and the two paths from P to Q.
#include "test_distributions.h"

#include <entropy/compare.h>
#include <entropy/simplex.h>

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace entropy;
using testing_support::make;

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}

TEST(Simplex, CornersAndCentreSitWhereTheTriangleDrawsThem) {
    EXPECT_DOUBLE_EQ(simplexPosition({1, 0, 0}).x, 0.5);
    EXPECT_DOUBLE_EQ(simplexPosition({1, 0, 0}).y, 0.0);
    EXPECT_DOUBLE_EQ(simplexPosition({0, 1, 0}).x, 0.0);
    EXPECT_DOUBLE_EQ(simplexPosition({0, 0, 1}).x, 1.0);
    EXPECT_DOUBLE_EQ(simplexPosition({0, 0, 1}).y, kSimplexHeight);
    const Point3 back = simplexPoint(simplexPosition({0.2, 0.3, 0.5}));
    EXPECT_NEAR(back[0], 0.2, 1e-15);
    EXPECT_NEAR(back[1], 0.3, 1e-15);
    EXPECT_NEAR(back[2], 0.5, 1e-15);
    EXPECT_LT(simplexPoint({0.05, 0.0})[2], 0.0);  // left of the top corner: outside
}

TEST(Simplex, MeasuresAgreeWithTheComparison) {
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 50; ++trial) {
        const auto a = testing_support::dirichletWeights(3, 0.7, rng);
        const auto b = testing_support::dirichletWeights(3, 0.7, rng);
        const Distribution r = make(a), x = make(b);
        const Point3 rp{r[0], r[1], r[2]}, xp{x[0], x[1], x[2]};
        const Comparison c = compare(r, x, {LogBase::Bits, false}).value();
        const auto near = [](double value, double expected) {
            EXPECT_NEAR(value, expected, 1e-12 * std::max(1.0, std::abs(expected)));
        };
        near(pointMeasure(PointMeasure::KLFromReference, rp, xp, LogBase::Bits), c.klPQ);
        near(pointMeasure(PointMeasure::KLToReference, rp, xp, LogBase::Bits), c.klQP);
        near(pointMeasure(PointMeasure::JensenShannon, rp, xp, LogBase::Bits), c.jensenShannon);
        near(pointMeasure(PointMeasure::CrossEntropy, rp, xp, LogBase::Bits), c.crossEntropyPQ);
    }
}

TEST(Simplex, EdgesWhereTheModelHasAZeroAreInfinite) {
    const Point3 r{0.5, 0.3, 0.2}, onEdge{0.6, 0.4, 0.0};
    EXPECT_EQ(pointMeasure(PointMeasure::KLFromReference, r, onEdge, LogBase::Bits), kInfinity);
    EXPECT_EQ(pointMeasure(PointMeasure::CrossEntropy, r, onEdge, LogBase::Bits), kInfinity);
    EXPECT_TRUE(std::isfinite(pointMeasure(PointMeasure::KLToReference, r, onEdge, LogBase::Bits)));
    EXPECT_LE(pointMeasure(PointMeasure::JensenShannon, {1, 0, 0}, {0, 0, 1}, LogBase::Bits), 1.0);
    // A reference on an edge: every point off that edge is infinitely far in D(X||R).
    EXPECT_EQ(pointMeasure(PointMeasure::KLToReference, onEdge, r, LogBase::Bits), kInfinity);
}

TEST(Simplex, FieldIsNotANumberOutsideTheTriangleAndTheMeasureInside) {
    const Point3 r{0.6, 0.3, 0.1};
    const SimplexField field = simplexField(PointMeasure::KLToReference, r, 41, LogBase::Nats);
    EXPECT_EQ(field.rows, 35u);  // floor(40 sqrt(3)/2) + 1
    ASSERT_EQ(field.values.size(), field.columns * field.rows);
    EXPECT_TRUE(std::isnan(field.values[0]));  // top left corner of the box
    const std::size_t column = 20, row = 20;
    const Point3 x = simplexPoint(field.position(column, row));
    EXPECT_DOUBLE_EQ(field.values[row * field.columns + column],
                     pointMeasure(PointMeasure::KLToReference, r, x, LogBase::Nats));
    EXPECT_DOUBLE_EQ(field.position(1, 1).x, field.position(1, 1).y);  // square spacing
}

TEST(Simplex, ManyEventsMergeIntoFirstSecondAndTheRest) {
    const Point3 merged = mergeToThree(std::vector<double>{0.1, 0.2, 0.3, 0.4});
    EXPECT_DOUBLE_EQ(merged[0], 0.1);
    EXPECT_DOUBLE_EQ(merged[1], 0.2);
    EXPECT_NEAR(merged[2], 0.7, 1e-15);
    const Point3 two = mergeToThree(std::vector<double>{0.25, 0.75});
    EXPECT_EQ(two[2], 0.0);
}

TEST(Simplex, PathsRunFromPToQAndTheGeometricOneKeepsZeros) {
    const Point3 p{0.7, 0.3, 0.0}, q{0.1, 0.4, 0.5};
    const auto mixture = mixturePath(p, q, 11), geometric = geometricPath(p, q, 11);
    ASSERT_EQ(mixture.size(), 11u);
    EXPECT_EQ(mixture.front(), p);
    EXPECT_NEAR(mixture[5][2], 0.25, 1e-15);
    ASSERT_EQ(geometric.size(), 11u);
    EXPECT_EQ(geometric.back(), q);
    EXPECT_EQ(geometric[5][2], 0.0);  // P gives event 3 nothing, so every mid point does too
    const double a = std::sqrt(0.7 * 0.1), b = std::sqrt(0.3 * 0.4);
    EXPECT_NEAR(geometric[5][0], a / (a + b), 1e-15);
}
