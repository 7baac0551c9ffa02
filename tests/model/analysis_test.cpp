// SPDX-License-Identifier: MIT
// The analysis: everything the views show, computed from the document by the core.
#include "many_events.h"

#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/fits.h>
#include <entropy/renyi.h>
#include <entropy/sweeps.h>

#include <QUndoStack>
#include <quantityformat.h>

#include <algorithm>
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

// A drag of P leaves Q's values alone: Q's distribution is kept, not built again, and each side
// still holds exactly what the document's values make.
TEST(Analysis, AnEditOfOneSideRebuildsThatSidesDistributionOnly) {
    Document document;
    Analysis analysis(&document);
    const auto matchesDocument = [&](Side side) {
        const entropy::Distribution expected = document.distribution(side).value();
        const auto held = (side == Side::P ? analysis.p() : analysis.q()).probabilities();
        return std::ranges::equal(held, expected.probabilities());
    };
    const double *keptQ = analysis.q().probabilities().data();
    ASSERT_TRUE(document.setValue(Side::P, 0, 0.5));
    analysis.flush();
    EXPECT_TRUE(matchesDocument(Side::P));
    EXPECT_TRUE(matchesDocument(Side::Q));
    EXPECT_EQ(analysis.q().probabilities().data(), keptQ);
    EXPECT_DOUBLE_EQ(analysis.comparison().entropyP,
                     entropy::compare(analysis.p(), analysis.q()).value().entropyP);

    const double *keptP = analysis.p().probabilities().data();
    ASSERT_TRUE(document.setValue(Side::Q, 2, 0.0));  // Q's zero: D(P||Q) infinite at once
    analysis.flush();
    EXPECT_TRUE(matchesDocument(Side::Q));
    EXPECT_EQ(analysis.p().probabilities().data(), keptP);
    EXPECT_TRUE(std::isinf(analysis.comparison().klPQ));
    document.undoStack()->undo();
    analysis.flush();
    EXPECT_TRUE(matchesDocument(Side::Q));
    EXPECT_TRUE(std::isfinite(analysis.comparison().klPQ));
}

// The per-event terms cost as much as the rest of an edit at 65,536 events: computed only for
// the views that ask, and then the core's, with the same totals.
TEST(Analysis, PerEventTermsAreComputedWhenAskedForAndMatchTheCore) {
    Document document;
    Analysis analysis(&document);
    ASSERT_TRUE(document.setValue(Side::Q, 1, 0.0));
    analysis.flush();
    EXPECT_TRUE(analysis.comparison().events.p.empty());
    const entropy::Comparison expected = entropy::compare(document.distribution(Side::P).value(),
                                                          document.distribution(Side::Q).value())
                                             .value();
    EXPECT_EQ(analysis.eventTerms().klPQ, expected.events.klPQ);
    EXPECT_EQ(analysis.eventTerms().surprisalQ, expected.events.surprisalQ);
    EXPECT_EQ(analysis.withEventTerms().klPQ, analysis.comparison().klPQ);
    EXPECT_EQ(analysis.withEventTerms().entropyP, analysis.comparison().entropyP);
    ASSERT_TRUE(document.setValue(Side::Q, 1, 0.5));  // and anew after each change
    analysis.flush();
    EXPECT_TRUE(std::isfinite(analysis.eventTerms().klPQ[1]));
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

TEST(Analysis, FitsFollowPAndAreKeptWhileOnlyQChanges) {
    Document document;
    document.reset(DocumentState::initial());
    Analysis analysis(&document);
    const Analysis::Fits *before = &analysis.fits();
    const double sigma = before->forward.minima.at(0).theta.sigma;
    EXPECT_EQ(before->landscape.forward.size(),
              std::size_t(Analysis::kMinLandscapeColumns * Analysis::kLandscapeRows));
    ASSERT_TRUE(document.setValue(Side::Q, 0, 0.4));
    analysis.flush();
    EXPECT_EQ(analysis.fits().forward.minima.at(0).theta.sigma, sigma);  // same P: same fit
    ASSERT_TRUE(document.setValue(Side::P, 0, 0.2));
    analysis.flush();
    EXPECT_NE(analysis.fits().forward.minima.at(0).theta.sigma, sigma);
}

TEST(Analysis, UsingAFitAsQIsOneUndoableStep) {
    Document document;
    Analysis analysis(&document);
    const entropy::FitMinimum best = analysis.fits().reverse.minima.at(0);
    const auto bump = entropy::discretisedGaussian(3, best.theta);
    ASSERT_TRUE(document.setDistribution(Side::Q, {bump.begin(), bump.end()}, "Use fit"));
    analysis.flush();
    EXPECT_NEAR(analysis.comparison().klQP, best.objective, 1e-12);
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), DocumentState::initial());
}

TEST(Analysis, SimplexMergesPastThreeEventsAndMarksPAndQ) {
    Document document;
    DocumentState state;
    state.setEvents({{"A", 0.1, 0.4}, {"B", 0.2, 0.4}, {"C", 0.3, 0.1}, {"D", 0.4, 0.1}});
    document.reset(state);
    Analysis analysis(&document);
    const Analysis::Simplex &simplex = analysis.simplex();
    EXPECT_TRUE(simplex.merged);
    EXPECT_NEAR(simplex.p[2], 0.7, 1e-15);
    EXPECT_NEAR(simplex.q[2], 0.2, 1e-15);
    EXPECT_EQ(simplex.reference, simplex.p);
    EXPECT_EQ(simplex.mixture.size(), std::size_t(Analysis::kSimplexPathSamples));
    EXPECT_EQ(simplex.field.columns, std::size_t(Analysis::kSimplexColumns));
}

TEST(Analysis, RenyiAtOrderOneIsKullbackLeiblerAndFollowsTheDocumentsOrder) {
    Document document;
    Analysis analysis(&document);
    ASSERT_TRUE(document.setRenyiAlpha(1.0));
    analysis.flush();
    EXPECT_NEAR(analysis.renyi().atAlpha.divergencePQ, analysis.comparison().klPQ, 1e-15);
    EXPECT_NEAR(analysis.renyi().atAlpha.entropyP, analysis.comparison().entropyP, 1e-15);
    const Analysis::RenyiCurves *curves = analysis.renyi().curves;
    EXPECT_EQ(curves->alphas.size(), std::size_t(Analysis::kRenyiSamples));
    EXPECT_EQ(curves->alphas[20], 1.0);
    EXPECT_NEAR(curves->curve[20].qp, analysis.comparison().klQP, 1e-15);
    ASSERT_TRUE(document.setRenyiAlpha(INFINITY));
    analysis.flush();
    EXPECT_NEAR(analysis.renyi().atAlpha.divergencePQ, std::log2(0.6 / 0.2), 1e-15);
    EXPECT_EQ(analysis.renyi().curves, curves);  // only the order changed: the same curves
}

TEST(Analysis, ThePathIsCoarserPastTheLimitAndStillEndsAtQ) {
    Document document;
    document.reset(manyEvents(Analysis::kMaxFineCurveEvents + 1));
    Analysis analysis(&document);
    const entropy::Sweep &sweep = analysis.pathSweep();
    ASSERT_EQ(sweep.x.size(), std::size_t(Analysis::kCoarsePathSamples));
    EXPECT_EQ(sweep.x.front(), 0.0);
    EXPECT_EQ(sweep.x.back(), 1.0);
    EXPECT_NEAR(sweep.klPQ.back(), analysis.comparison().klPQ, 1e-12);
    EXPECT_NEAR(sweep.x[1], 0.04, 1e-15);
}

TEST(Analysis, RenyiCurvesAreCoarserPastTheirLimitButKeepTheSpecialOrders) {
    Document document;
    document.reset(manyEvents(Analysis::kMaxFineCurveEvents + 1));
    Analysis analysis(&document);
    const auto &alphas = analysis.renyi().curves->alphas;
    ASSERT_EQ(alphas.size(), std::size_t(Analysis::kCoarseRenyiSamples));
    for (const double special : {0.0, 0.5, 1.0, 2.0, 5.0}) {
        EXPECT_NE(std::find(alphas.begin(), alphas.end(), special), alphas.end()) << special;
    }
}
