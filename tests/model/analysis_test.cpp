// SPDX-License-Identifier: MIT
// The analysis: everything the views show, computed from the document by the core.
#include <entropy/compare.h>
#include <entropy/sweeps.h>

#include <QUndoStack>
#include <quantityformat.h>

#include <analysis.h>
#include <cmath>
#include <document.h>
#include <gtest/gtest.h>

namespace {

DocumentState withQZero() {
    DocumentState state = DocumentState::initial();
    state.events[2].q = 0.0;
    state.events[0].q = 0.7;  // Q = (0.7, 0.3, 0)
    return state;
}

}  // namespace

TEST(Analysis, SmoothingQMakesAnInfiniteDivergenceFiniteInOneStep) {
    Document document;
    document.reset(withQZero());
    Analysis analysis(&document);
    ASSERT_TRUE(std::isinf(analysis.comparison().klPQ));
    EXPECT_EQ(analysis.zeroEvents(Side::Q), std::vector<std::size_t>{2});
    EXPECT_EQ(analysis.infiniteReason(Side::Q),
              "Infinite: Q gives probability 0 to C, which P says can happen.");
    ASSERT_TRUE(document.smooth(Side::Q, 0.01));
    analysis.flush();
    EXPECT_TRUE(std::isfinite(analysis.comparison().klPQ));
    EXPECT_TRUE(analysis.infiniteReason(Side::Q).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_NEAR(document.state().events[2].q, 0.01 / 1.03, 1e-15);
}

TEST(Analysis, SmoothingNeedsAPositiveEpsilon) {
    Document document;
    EXPECT_FALSE(document.smooth(Side::P, 0.0));
    EXPECT_FALSE(document.smooth(Side::P, std::nan("")));
}

TEST(Analysis, EventAgainstTheRestUsesThatEventsProbabilities) {
    Document document;
    Analysis analysis(&document);
    ASSERT_TRUE(document.setBinaryEvent(2));
    analysis.flush();
    const Analysis::Binary &binary = analysis.binary();
    EXPECT_EQ(binary.event, 2);
    EXPECT_EQ(binary.label, "C");
    EXPECT_EQ(binary.p, 0.1);
    EXPECT_EQ(binary.q, 0.5);
    const double bce = -(0.1 * std::log2(0.5) + 0.9 * std::log2(0.5));
    EXPECT_NEAR(binary.comparison.crossEntropyPQ, bce, 1e-15);
    const entropy::Sweep &sweep = analysis.binarySweep();
    ASSERT_EQ(sweep.x.size(), std::size_t(Analysis::kBinarySamples));
    EXPECT_EQ(sweep.klPQ[20], 0.0);  // x = 0.1 = p
}

TEST(Analysis, TwoEventChoiceStaysInRangeWhenEventsAreRemoved) {
    Document document;
    document.setBinaryEvent(2);
    document.removeEvent(2);
    EXPECT_EQ(document.state().binaryEvent, 1);
}

TEST(Analysis, PathPointFollowsTheDocumentsT) {
    Document document;
    Analysis analysis(&document);
    ASSERT_TRUE(document.setPathT(0.25));
    analysis.flush();
    const auto p = document.distribution(Side::P).value();
    const auto q = document.distribution(Side::Q).value();
    const auto expected =
        entropy::compare(p, entropy::pathPoint(p, q, 0.25), {.perEventTerms = false}).value();
    EXPECT_EQ(analysis.pathPoint().klPQ, expected.klPQ);
    EXPECT_EQ(analysis.pathPoint().jensenShannon, expected.jensenShannon);
    document.undoStack()->undo();
    EXPECT_EQ(document.state().pathT, 0.5);
}

TEST(Analysis, InClassifierModeTheLossIsTheComparisonsCrossEntropy) {
    Document document;
    Analysis analysis(&document);
    document.enterClassifier();
    document.setTemperature(0.7);
    analysis.flush();
    const int trueClass = document.state().classifier.trueClass;
    EXPECT_NEAR(analysis.comparison().crossEntropyPQ,
                -std::log2(analysis.q()[std::size_t(trueClass)]), 1e-12);
    EXPECT_EQ(analysis.q()[0], document.state().events[0].q);
}

TEST(QuantityFormat, ALongListOfEventsNamesAFewAndCountsTheRest) {
    QStringList labels;
    std::vector<std::size_t> all;
    for (int i = 0; i < 1000; ++i) {
        labels.append(QStringLiteral("e%1").arg(i));
        all.push_back(std::size_t(i));
    }
    const QString list = QuantityFormat::eventList(labels, all);
    EXPECT_TRUE(list.startsWith("e0, e1, ")) << list.toStdString();
    EXPECT_TRUE(list.contains("e6")) << list.toStdString();
    EXPECT_FALSE(list.contains("e7")) << list.toStdString();
    EXPECT_TRUE(list.endsWith("993 more events")) << list.toStdString();
    EXPECT_EQ(QuantityFormat::eventList(labels, {0, 2}).count("e"), 2);
}
