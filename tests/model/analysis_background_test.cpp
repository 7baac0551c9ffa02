// SPDX-License-Identifier: MIT
// The analysis' slow results past kMinBackgroundEvents: computed on a pool thread while the last
// ones are shown, never for another number of events, and safe to abandon.
#include "many_events.h"

#include <entropy/codes.h>
#include <entropy/fits.h>
#include <entropy/renyi.h>
#include <entropy/sampling.h>
#include <entropy/sweeps.h>

#include <QSignalSpy>

#include <analysis.h>
#include <cmath>
#include <document.h>
#include <gtest/gtest.h>

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
