// SPDX-License-Identifier: MIT
// The window as a user meets it: sliders, numbers, charts and units, on the offscreen platform.
#include <entropy/compare.h>

#include <QAction>
#include <QBarSet>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>
#include <quantityformat.h>

#include <analysis.h>
#include <charts/perevent_charts.h>
#include <charts/summarychart.h>
#include <cmath>
#include <document.h>
#include <editors/eventeditor.h>
#include <editors/eventroweditor.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <numeric>
#include <panels/numberspanel.h>
#include <windowactions.h>

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest() { QLocale::setDefault(QLocale::c()); }

    QSlider *slider(Side side, int event) const {
        return window.eventEditor()->row(event)->slider(side);
    }
    // Drags a slider through `positions` (in 0..kSliderSteps) as a mouse would.
    void drag(QSlider *s, std::initializer_list<int> positions) {
        s->setSliderDown(true);
        for (const int position : positions) {
            s->setValue(position);
        }
        s->setSliderDown(false);
    }
    double shownNumber(QuantityLines::Quantity quantity) const {
        window.analysis()->flush();
        return window.numbersPanel()->valueText(quantity).toDouble();
    }
    QList<qreal> barValues(const QBarSet *set) const {
        QList<qreal> values;
        for (int i = 0; i < set->count(); ++i) {
            values.append(set->at(i));
        }
        return values;
    }
    template <class Chart>
    Chart *chart() const {
        for (ChartBase *c : window.charts()) {
            if (auto *typed = dynamic_cast<Chart *>(c)) {
                return typed;
            }
        }
        return nullptr;
    }

    MainWindow window;
};

entropy::Comparison coreComparison(const Document &document) {
    return entropy::compare(document.distribution(Side::P).value(),
                            document.distribution(Side::Q).value(), {.base = document.state().base})
        .value();
}

}  // namespace

TEST_F(MainWindowTest, MovingAPSliderUpdatesTheModelKeepsTheSumAndChangesTheNumbers) {
    const QString entropyBefore = window.numbersPanel()->valueText(QuantityLines::EntropyP);
    drag(slider(Side::P, 1), {4000, 5000, 7000});
    const QList<double> p = window.document()->state().values(Side::P);
    EXPECT_DOUBLE_EQ(p[1], 0.7);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-12);
    window.analysis()->flush();
    EXPECT_NE(window.numbersPanel()->valueText(QuantityLines::EntropyP), entropyBefore);
    EXPECT_NEAR(shownNumber(QuantityLines::EntropyP), coreComparison(*window.document()).entropyP,
                1e-4);
    // The other sliders moved with the model.
    EXPECT_EQ(slider(Side::P, 0)->value(), int(std::lround(p[0] * EventRowEditor::kSliderSteps)));
}

TEST_F(MainWindowTest, LockedEventsDoNotMoveWhenAnotherSliderIsDragged) {
    window.eventEditor()->row(2)->lockBox(Side::P)->click();
    const double locked = window.document()->state().events[2].p;
    drag(slider(Side::P, 0), {2000, 3000});
    EXPECT_EQ(window.document()->state().events[2].p, locked);
    EXPECT_FALSE(slider(Side::P, 2)->isEnabled());
}

TEST_F(MainWindowTest, ADragIsOneUndoStepAndUndoRestoresTheExactValues) {
    const DocumentState before = window.document()->state();
    QUndoStack *stack = window.document()->undoStack();
    drag(slider(Side::Q, 0), {1000, 2000, 3000, 4000});
    EXPECT_EQ(stack->count(), 1);
    window.windowActions()->undo->trigger();
    EXPECT_EQ(window.document()->state(), before);
    EXPECT_EQ(slider(Side::Q, 0)->value(),
              int(std::lround(before.events[0].q * EventRowEditor::kSliderSteps)));
}

TEST_F(MainWindowTest, QAtZeroWherePIsPositiveShowsInfinityAndNamesTheEvent) {
    window.eventEditor()->row(1)->spinBox(Side::Q)->setValue(0.0);
    window.analysis()->flush();
    const QString infinity(QuantityFormat::kInfinity);
    EXPECT_EQ(window.numbersPanel()->valueText(QuantityLines::KlPQ), infinity);
    EXPECT_EQ(window.numbersPanel()->valueText(QuantityLines::CrossEntropyPQ), infinity);
    EXPECT_TRUE(window.numbersPanel()->valueToolTip(QuantityLines::KlPQ).contains("B"));
    EXPECT_NE(window.numbersPanel()->valueText(QuantityLines::KlQP), infinity);

    // The surprisal chart draws -log q(B) as a capped, marked bar at the top of its axis.
    auto *surprisal = chart<SurprisalChart>();
    surprisal->refresh();
    EXPECT_TRUE(surprisal->setQ()->isBarSelected(1));
    EXPECT_DOUBLE_EQ(surprisal->setQ()->at(1), surprisal->valueAxis()->max());
    EXPECT_FALSE(surprisal->setQ()->isBarSelected(0));
    EXPECT_TRUE(std::isfinite(surprisal->valueAxis()->max()));
}

TEST_F(MainWindowTest, UnitSwitchScalesEveryShownValueByTheRightFactor) {
    const double bits = shownNumber(QuantityLines::EntropyQ);
    const double klBits = shownNumber(QuantityLines::KlQP);
    window.windowActions()->nats->trigger();
    EXPECT_NEAR(shownNumber(QuantityLines::EntropyQ), bits * std::log(2.0), 2e-4);
    EXPECT_NEAR(shownNumber(QuantityLines::KlQP), klBits * std::log(2.0), 2e-4);
    EXPECT_EQ(window.numbersPanel()->unitText(QuantityLines::EntropyQ), "nats");
    window.windowActions()->hartleys->trigger();
    EXPECT_NEAR(shownNumber(QuantityLines::EntropyQ), bits * std::log10(2.0), 2e-4);
    auto *surprisal = chart<SurprisalChart>();
    surprisal->refresh();
    EXPECT_TRUE(surprisal->valueAxis()->titleText().contains("hartleys"));
}

TEST_F(MainWindowTest, ChartSeriesHoldTheValuesTheCoreComputes) {
    drag(slider(Side::P, 0), {3300});
    window.analysis()->flush();
    for (ChartBase *c : window.charts()) {
        c->refresh();
    }
    const entropy::Comparison expected = coreComparison(*window.document());
    const auto list = [](const std::vector<double> &v) { return QList<qreal>(v.begin(), v.end()); };
    EXPECT_EQ(barValues(chart<DistributionChart>()->setP()), list(expected.events.p));
    EXPECT_EQ(barValues(chart<DistributionChart>()->setQ()), list(expected.events.q));
    EXPECT_EQ(barValues(chart<SurprisalChart>()->setP()), list(expected.events.surprisalP));
    EXPECT_EQ(barValues(chart<DivergenceChart>()->setP()), list(expected.events.klPQ));
    EXPECT_EQ(barValues(chart<DivergenceChart>()->setQ()), list(expected.events.klQP));
    auto *summary = chart<SummaryChart>();
    EXPECT_EQ(barValues(summary->entropySet()),
              (QList<qreal>{expected.entropyP, expected.entropyQ, 0}));
    EXPECT_EQ(barValues(summary->divergenceSet()), (QList<qreal>{expected.klPQ, expected.klQP, 0}));
    EXPECT_EQ(summary->jensenShannonSet()->at(2), expected.jensenShannon);
}

// The numbers on the cross-entropy bars: in a small chart (beside the lesson dock at 1366 x 768)
// a label that would cover another is left out, those above the bars kept first.
TEST_F(MainWindowTest, ChartLabelsNeverCoverOneAnother) {
    DocumentState state = DocumentState::initial();
    state.setEvents({});
    for (int i = 0; i < 6; ++i) {
        state.appendEvent({QString::number(i + 1), 1.0 / 6, i == 5 ? 0.5 : 0.1});
    }
    window.document()->reset(state);
    window.show();
    auto *summary = chart<SummaryChart>();
    const auto labels = [&] {
        window.analysis()->flush();
        summary->refresh();
        QApplication::sendPostedEvents();
        QList<QGraphicsSimpleTextItem *> shown;
        for (QGraphicsItem *item : summary->chart()->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->zValue() == 20 && text->isVisible()) {
                shown.append(text);
            }
        }
        return shown;
    };
    const auto texts = [](const QList<QGraphicsSimpleTextItem *> &items) {
        QStringList all;
        for (const auto *item : items) {
            all.append(item->text());
        }
        return all.join(QStringLiteral(" | "));
    };
    for (const QSize size : {QSize(1900, 1200), QSize(1000, 650), QSize(800, 600)}) {
        window.resize(size);
        const auto shown = labels();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                EXPECT_FALSE(
                    shown[i]->sceneBoundingRect().intersects(shown[j]->sceneBoundingRect()))
                    << size.width() << ": " << texts(shown).toStdString();
            }
        }
        // The cross-entropies above the bars are never the ones left out.
        EXPECT_TRUE(texts(shown).contains("H(P,Q) = ")) << size.width();
        EXPECT_TRUE(texts(shown).contains("H(Q,P) = ")) << size.width();
        if (size.width() == 1900) {  // room for every label
            EXPECT_EQ(shown.size(), 7) << texts(shown).toStdString();
        }
    }
}

TEST_F(MainWindowTest, KlTermsCanBeNegativeAndTheAxisShowsIt) {
    auto *divergence = chart<DivergenceChart>();
    divergence->refresh();
    const entropy::Comparison c = coreComparison(*window.document());
    ASSERT_LT(*std::min_element(c.events.klPQ.begin(), c.events.klPQ.end()), 0.0);
    EXPECT_LT(divergence->valueAxis()->min(), 0.0);
}

TEST_F(MainWindowTest, TheKlTotalsSitInABoxSoTheLegendHoldsStillWhileDragging) {
    auto *divergence = chart<DivergenceChart>();
    divergence->refresh();
    const QString legendP = divergence->setP()->label();
    const entropy::Comparison c = coreComparison(*window.document());
    EXPECT_EQ(divergence->totalsText(), "D(P\u2016Q) = " + QuantityFormat::value(c.klPQ) +
                                            "     D(Q\u2016P) = " + QuantityFormat::value(c.klQP));
    window.document()->setValue(Side::P, 0, 0.3);
    window.analysis()->flush();
    divergence->refresh();
    EXPECT_EQ(divergence->setP()->label(), legendP);
    const entropy::Comparison moved = coreComparison(*window.document());
    EXPECT_TRUE(
        divergence->totalsText().startsWith("D(P\u2016Q) = " + QuantityFormat::value(moved.klPQ)));
}

TEST_F(MainWindowTest, SlidersWorkFromTheKeyboardAndHaveAccessibleNames) {
    QSlider *s = slider(Side::P, 1);
    EXPECT_EQ(s->accessibleName(), "P of event B");
    EXPECT_EQ(window.eventEditor()->row(2)->slider(Side::Q)->accessibleName(), "Q of event C");
    EXPECT_NE(s->focusPolicy() & Qt::TabFocus, 0);
    const double before = window.document()->state().events[1].p;
    QTest::keyClick(s, Qt::Key_Right);
    EXPECT_NEAR(window.document()->state().events[1].p, before + 0.01, 1e-12);
    QTest::keyClick(s, Qt::Key_Left);
    EXPECT_NEAR(window.document()->state().events[1].p, before, 1e-12);
}

TEST_F(MainWindowTest, AddRemoveCopyAndSwapAreSingleActions) {
    window.windowActions()->addEvent->trigger();
    EXPECT_EQ(window.eventEditor()->rowCount(), 4);
    window.eventEditor()->row(3)->removeButton()->click();
    EXPECT_EQ(window.eventEditor()->rowCount(), 3);
    const DocumentState state = window.document()->state();
    window.windowActions()->swap->trigger();
    EXPECT_EQ(window.document()->state().values(Side::P), state.values(Side::Q));
    window.windowActions()->copyPToQ->trigger();
    window.analysis()->flush();
    EXPECT_EQ(window.numbersPanel()->valueText(QuantityLines::KlPQ), "0.0000");
    EXPECT_EQ(window.document()->undoStack()->count(), 4);
}

TEST_F(MainWindowTest, TitleShowsTheModifiedMarker) {
    EXPECT_FALSE(window.isWindowModified());
    drag(slider(Side::P, 0), {5000});
    EXPECT_TRUE(window.isWindowModified());
    window.windowActions()->undo->trigger();
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(MainWindowTest, ChangesAreCoalescedIntoOneRecomputePerFrame) {
    int updates = 0;
    QObject::connect(window.analysis(), &Analysis::updated, [&updates] { ++updates; });
    drag(slider(Side::P, 0), {1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700});
    EXPECT_EQ(updates, 0);  // nothing recomputed synchronously while the hand moves
    // The frame timer fires once; on a loaded machine (or under sanitizers) it may be late.
    QElapsedTimer waited;
    waited.start();
    while (updates == 0 && waited.elapsed() < 5000) {
        QTest::qWait(Analysis::kFrameMs);
    }
    QTest::qWait(3 * Analysis::kFrameMs);  // and nothing follows it
    EXPECT_EQ(updates, 1);
    EXPECT_NEAR(window.analysis()->eventTerms().p[0], 0.17, 1e-12);
}
