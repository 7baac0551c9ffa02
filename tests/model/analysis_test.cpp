// SPDX-License-Identifier: MIT
// The analysis: everything the views show, computed from the document by the core.
#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/fits.h>
#include <entropy/renyi.h>
#include <entropy/sweeps.h>

#include <QSignalSpy>
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

// Weights 1 to 7 for P and 1 to 5 for Q, repeating.
DocumentState manyEvents(int n) {
    DocumentState state;
    for (int i = 0; i < n; ++i) {
        state.appendEvent({defaultLabel(i), 1.0 + i % 7, 1.0 + i % 5});
    }
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

namespace {

// The curve's second value as the core gives it now, for the curve's orders (the core sums most
// orders of a curve together, so a value can differ from a single order's in its last digits).
double secondOrderNow(const Analysis &analysis) {
    std::vector<double> orders = analysis.renyi().curves->alphas;
    orders.push_back(entropy::kInfiniteOrder);
    return entropy::renyiDivergences(analysis.p(), analysis.q(), orders, analysis.comparison().base)
        .at(1);
}

}  // namespace

TEST(Analysis, PastTheLimitSlowResultsKeepTheLastOnesUntilTheNewArrive) {
    Document document;
    document.reset(manyEvents(Analysis::kMinBackgroundEvents + 1));
    Analysis analysis(&document);
    const double before = analysis.renyi().curves->curve.at(1).pq;  // the first: at once
    EXPECT_EQ(before, secondOrderNow(analysis));
    const double forwardBefore = analysis.fits().forward.minima.at(0).theta.mu;
    const double codeBefore = analysis.codes().expectedLengthQCodeUnderP;
    const double drawsBefore = analysis.samples().at(0).meanSurprisalQ;
    const double pathBefore = analysis.pathSweep().klPQ.back();
    const double orderBefore = analysis.renyi().atAlpha.divergencePQ;
    EXPECT_FALSE(analysis.computingInBackground());

    ASSERT_TRUE(document.setValue(Side::P, 0, 0.2));
    analysis.flush();
    // The drag step does not wait: the last curves and fits, while new ones are computed.
    EXPECT_EQ(analysis.renyi().curves->curve.at(1).pq, before);
    EXPECT_EQ(analysis.fits().forward.minima.at(0).theta.mu, forwardBefore);
    EXPECT_EQ(analysis.codes().expectedLengthQCodeUnderP, codeBefore);
    EXPECT_EQ(analysis.samples().at(0).meanSurprisalQ, drawsBefore);
    EXPECT_EQ(analysis.pathSweep().klPQ.back(), pathBefore);
    EXPECT_EQ(analysis.renyi().atAlpha.divergencePQ, orderBefore);
    EXPECT_TRUE(analysis.computingInBackground());
    QSignalSpy arrived(&analysis, &Analysis::updated);
    while (analysis.computingInBackground()) {
        ASSERT_TRUE(arrived.wait(10000));
    }
    EXPECT_NE(analysis.renyi().curves->curve.at(1).pq, before);
    EXPECT_EQ(analysis.renyi().curves->curve.at(1).pq, secondOrderNow(analysis));
    const entropy::Fit forward = entropy::fitGaussian(analysis.p(), entropy::FitDirection::Forward,
                                                      analysis.comparison().base);
    EXPECT_EQ(analysis.fits().forward.minima.at(0).theta.mu, forward.minima.at(0).theta.mu);
    const entropy::CodeComparison codes = entropy::compareCodes(analysis.p(), analysis.q());
    EXPECT_EQ(analysis.codes().expectedLengthQCodeUnderP, codes.expectedLengthQCodeUnderP);
    const SampleSettings &settings = document.state().samples;
    const entropy::SampleRun run =
        entropy::sample(analysis.p(), analysis.q(), codes.codeP.lengths, codes.codeQ.lengths,
                        {.n = std::size_t(settings.n),
                         .seed = std::uint64_t(settings.seed),
                         .base = analysis.comparison().base});
    EXPECT_EQ(analysis.samples().at(0).meanSurprisalQ, run.meanSurprisalQ);
    EXPECT_NE(run.meanSurprisalQ, drawsBefore);
    EXPECT_NEAR(analysis.pathSweep().klPQ.back(), analysis.comparison().klPQ, 1e-12);
    const double alpha = document.state().renyiAlpha;
    const entropy::RenyiValues values =
        entropy::renyiValues(analysis.p(), analysis.q(), alpha, analysis.comparison().base);
    EXPECT_NE(analysis.renyi().atAlpha.divergencePQ, orderBefore);
    EXPECT_EQ(analysis.renyi().atAlpha.divergencePQ, values.divergencePQ);
    EXPECT_EQ(analysis.renyi().atAlpha.entropyQ, values.entropyQ);
}

TEST(Analysis, PastTheLimitANewOrderShowsTheLastOrdersValuesUntilItsOwnArrive) {
    Document document;
    document.reset(manyEvents(Analysis::kMinBackgroundEvents + 1));
    Analysis analysis(&document);
    ASSERT_EQ(document.state().renyiAlpha, 2.0);  // the order a new document shows
    (void)analysis.renyi();
    const Analysis::RenyiCurves *curves = analysis.renyi().curves;
    const entropy::RenyiValues atTwo = analysis.renyi().atAlpha;
    ASSERT_TRUE(document.setRenyiAlpha(0.5));
    analysis.flush();
    // The values say which order they are for: the view never shows order 2's as order 0.5's.
    EXPECT_EQ(analysis.renyi().alpha, 0.5);
    EXPECT_EQ(analysis.renyi().atAlpha.alpha, 2.0);
    EXPECT_EQ(analysis.renyi().atAlpha.divergencePQ, atTwo.divergencePQ);
    analysis.finishBackground();
    EXPECT_EQ(analysis.renyi().atAlpha.alpha, 0.5);
    EXPECT_EQ(analysis.renyi().atAlpha.divergencePQ,
              entropy::renyiDivergence(analysis.p(), analysis.q(), 0.5));
    EXPECT_EQ(analysis.renyi().curves, curves);  // only the order changed: the same curves
}

TEST(Analysis, FinishingTheBackgroundGivesTheLastInputsResults) {
    Document document;
    document.reset(manyEvents(Analysis::kMinBackgroundEvents + 1));
    Analysis analysis(&document);
    (void)analysis.renyi();
    for (const double p : {0.2, 0.3, 0.4}) {  // a drag: only the last is wanted
        ASSERT_TRUE(document.setValue(Side::P, 0, p));
        analysis.flush();
        (void)analysis.renyi();
    }
    analysis.finishBackground();
    EXPECT_FALSE(analysis.computingInBackground());
    EXPECT_EQ(analysis.renyi().curves->curve.at(1).pq, secondOrderNow(analysis));
}

TEST(Analysis, AResultForAnotherNumberOfEventsIsNeverShown) {
    Document document;
    document.reset(manyEvents(Analysis::kMinBackgroundEvents + 1));
    Analysis analysis(&document);
    (void)analysis.codes();
    (void)analysis.renyi();
    (void)analysis.fits();
    (void)analysis.samples();
    const int n = Analysis::kMinBackgroundEvents + 50;
    document.reset(manyEvents(n));
    analysis.flush();
    // Indexed by event, a stale result would be read past its end: these are computed at once.
    EXPECT_EQ(analysis.codes().codeP.codewords.size(), std::size_t(n));
    EXPECT_EQ(analysis.fits().forwardBump.size(), std::size_t(n));
    EXPECT_EQ(analysis.samples().at(0).counts.size(), std::size_t(n));
    EXPECT_EQ(analysis.renyi().curves->curve.at(1).pq, secondOrderNow(analysis));
    EXPECT_FALSE(analysis.computingInBackground());
}

TEST(Analysis, BelowTheLimitSlowResultsAreCurrentAtOnce) {
    Document document;
    document.reset(manyEvents(40));
    Analysis analysis(&document);
    (void)analysis.renyi();
    ASSERT_TRUE(document.setValue(Side::P, 0, 0.2));
    analysis.flush();
    EXPECT_FALSE(analysis.computingInBackground());
    EXPECT_EQ(analysis.renyi().curves->curve.at(1).pq, secondOrderNow(analysis));
}

TEST(Analysis, ClosingWhileABackgroundResultIsComputedIsSafe) {
    Document document;
    document.reset(manyEvents(Analysis::kMinBackgroundEvents * 4));
    {
        Analysis analysis(&document);
        (void)analysis.renyi();
        ASSERT_TRUE(document.setValue(Side::P, 0, 0.2));
        analysis.flush();
        (void)analysis.renyi();
        EXPECT_TRUE(analysis.computingInBackground());
    }  // destroyed with the curves under way
    SUCCEED();
}
