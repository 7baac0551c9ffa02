// SPDX-License-Identifier: MIT
// The views read document state and send edits: bar dragging, the classifier, the two-event
// and path views, the remedy for an infinite divergence, and many events without a freeze.
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <analysis.h>
#include <charts/curvecharts.h>
#include <charts/decimation.h>
#include <charts/perevent_charts.h>
#include <charts/polylineitem.h>
#include <cmath>
#include <document.h>
#include <editors/eventcombobox.h>
#include <editors/logiteditor.h>
#include <gtest/gtest.h>
#include <limits>
#include <mainwindow.h>
#include <panels/classifierpanel.h>
#include <panels/numberspanel.h>
#include <views/sweepviews.h>
#include <windowactions.h>

namespace {

class ViewsTest : public ::testing::Test {
protected:
    ViewsTest() {
        QLocale::setDefault(QLocale::c());
        window.resize(1400, 900);
    }
    void showWindow() {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    template <class View>
    View *view() const {
        return window.findChild<View *>();
    }
    // The point of the view at (x, y) in the distribution chart's axis units.
    static QPoint pointOf(DistributionChart *chart, double x, double y) {
        const QPointF inChart = chart->chart()->mapToPosition({x, y}, chart->chart()->series()[0]);
        return chart->mapFromScene(chart->chart()->mapToScene(inChart));
    }

    MainWindow window;
};

}  // namespace

TEST_F(ViewsTest, DraggingABarSetsThatProbabilityAsOneUndoStep) {
    showWindow();
    auto *chart = view<DistributionChart>();
    window.analysis()->flush();
    chart->refresh();
    QWidget *viewport = chart->viewport();
    const DocumentState before = window.document()->state();
    // Event A's P bar sits left of the category's centre (x = 0), Q's right of it.
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointOf(chart, -0.2, 0.6));
    QTest::mouseMove(viewport, pointOf(chart, -0.2, 0.5));
    QTest::mouseMove(viewport, pointOf(chart, -0.2, 0.45));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointOf(chart, -0.2, 0.4));
    const DocumentState &state = window.document()->state();
    EXPECT_NEAR(state.events[0].p, 0.4, 0.02);
    EXPECT_NEAR(state.events[0].p + state.events[1].p + state.events[2].p, 1.0, 1e-12);
    EXPECT_EQ(state.events[0].q, 0.2);  // Q untouched
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    EXPECT_EQ(window.document()->state(), before);
}

TEST_F(ViewsTest, DraggingAQBarInWeightsModeMakesTheBarFollowThePointer) {
    showWindow();
    window.document()->setMode(EditMode::Weights);
    auto *chart = view<DistributionChart>();
    window.analysis()->flush();
    chart->refresh();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, pointOf(chart, 2.2, 0.5));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, pointOf(chart, 2.2, 0.25));
    EXPECT_NEAR(window.document()->distribution(Side::Q).value()[2], 0.25, 0.02);
}

TEST_F(ViewsTest, ALockedBarDoesNotMove) {
    showWindow();
    window.document()->setLocked(Side::P, 1, true);
    auto *chart = view<DistributionChart>();
    window.analysis()->flush();
    chart->refresh();
    const DocumentState before = window.document()->state();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, pointOf(chart, 0.8, 0.3));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, pointOf(chart, 0.8, 0.6));
    EXPECT_EQ(window.document()->state(), before);
}

TEST_F(ViewsTest, TheClassifierPanelAndTheNumbersShowTheSameLoss) {
    Document &document = *window.document();
    document.setValue(Side::Q, 2, 0.0);  // the case that used to disagree
    window.windowActions()->enterClassifier->trigger();
    window.analysis()->flush();
    const QString crossEntropy = window.numbersPanel()->valueText(QuantityLines::CrossEntropyPQ);
    EXPECT_NE(crossEntropy, "\u221E");  // softmax never gives exactly 0
    EXPECT_TRUE(window.classifierPanel()->lossText().contains(crossEntropy))
        << window.classifierPanel()->lossText().toStdString() << " vs "
        << crossEntropy.toStdString();
    const int trueClass = document.state().classifier.trueClass;
    EXPECT_EQ(document.state().events[trueClass].p, 1.0);
    EXPECT_FALSE(window.windowActions()->enterClassifier->isEnabled());
}

TEST_F(ViewsTest, ClassifierSlidersAreUndoableEditsOfTheDocument) {
    window.document()->enterClassifier();
    window.analysis()->flush();
    QSlider *temperature = window.classifierPanel()->temperatureSlider();
    temperature->setSliderDown(true);
    for (const int position : {70, 80, 90}) {
        temperature->setValue(position);
    }
    temperature->setSliderDown(false);
    EXPECT_NEAR(window.document()->state().classifier.temperature, 0.1 * std::pow(50.0, 0.9),
                1e-12);
    EXPECT_EQ(window.document()->undoStack()->count(), 2);  // entering, one drag
    QSlider *logit = window.classifierPanel()->logitEditor()->sliders().at(1);
    logit->setValue(100);  // 100 of 200 steps: z = 5
    EXPECT_EQ(window.document()->state().classifier.logits[1], 5.0);
}

TEST_F(ViewsTest, TwoEventsSetsTheChosenEventAgainstTheRest) {
    showWindow();
    window.viewTabs()->setCurrentWidget(view<BinaryView>());
    EventComboBox *chooser = view<BinaryView>()->eventChooser();
    EXPECT_TRUE(chooser->isVisible());
    chooser->setCurrentIndex(2);
    EXPECT_EQ(window.document()->state().binaryEvent, 2);
    window.analysis()->flush();
    auto *chart = view<BinaryView>()->chart();
    chart->refresh();
    EXPECT_DOUBLE_EQ(chart->currentPoints()->at(0).x(), 0.5);  // q(C)
    EXPECT_TRUE(view<BinaryView>()->formulaText().contains("C against the rest"));
    EXPECT_TRUE(view<BinaryView>()->formulaText().contains("0.1"));  // p(C)
}

TEST_F(ViewsTest, ThePathSliderIsDocumentStateThatUndoRestores) {
    showWindow();
    window.viewTabs()->setCurrentWidget(view<PathSweepView>());
    QSlider *slider = view<PathSweepView>()->slider();
    slider->setValue(80);
    EXPECT_EQ(window.document()->state().pathT, 0.8);
    window.analysis()->flush();
    EXPECT_TRUE(view<PathSweepView>()->readout().startsWith("t = 0.80"))
        << view<PathSweepView>()->readout().toStdString();
    window.document()->undoStack()->undo();
    window.analysis()->flush();
    EXPECT_EQ(slider->value(), 50);
}

TEST_F(ViewsTest, AnInfiniteDivergenceNamesItsCauseAndOffersSmoothing) {
    window.document()->setValue(Side::Q, 2, 0.0);
    window.analysis()->flush();
    QLabel *remedy = window.numbersPanel()->remedy();
    EXPECT_FALSE(remedy->isHidden());
    EXPECT_TRUE(remedy->text().contains("Q gives C probability 0")) << remedy->text().toStdString();
    QSignalSpy asked(window.numbersPanel(), &NumbersPanel::smoothRequested);
    // The link opens the epsilon dialog; accept its default (0.01) as a user would.
    QString dialogText;
    QTimer::singleShot(0, [&dialogText] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialogText = dialog->labelText();
        EXPECT_EQ(dialog->doubleValue(), 0.01);
        dialog->accept();
    });
    emit remedy->linkActivated(QStringLiteral("smooth:Q"));
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.at(0).at(0).value<Side>(), Side::Q);
    EXPECT_TRUE(dialogText.contains("every weight of Q"));
    window.analysis()->flush();
    EXPECT_TRUE(std::isfinite(window.analysis()->comparison().klPQ));
    EXPECT_TRUE(remedy->isHidden());
    EXPECT_EQ(window.document()->undoStack()->count(), 2);  // the zero, the smoothing
}

TEST_F(ViewsTest, EveryTabShownAtThreeEventsStillDrawsAfterLoadingSixtyFiveThousand) {
    showWindow();
    auto *tabs = window.viewTabs();
    const auto visitAll = [tabs] {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
    };
    visitAll();  // every view's results, for three events
    ASSERT_TRUE(window.applyPreset("sixteen-random-bits"));
    window.analysis()->flush();
    visitAll();  // none may draw a result for three events as if for 65,536
    ASSERT_TRUE(window.document()->setValue(Side::P, 0, 0.001));
    window.analysis()->flush();
    visitAll();  // a drag step: results may lag, in the background, but have the right size
    window.analysis()->finishBackground();
    EXPECT_EQ(window.analysis()->codes().codeP.codewords.size(), 65536u);
    EXPECT_EQ(window.analysis()->samples().at(0).counts.size(), 65536u);
}

TEST_F(ViewsTest, SixtyFiveThousandEventsBuildNoWidgetPerEventInAnyTab) {
    showWindow();
    const qsizetype before = window.findChildren<QWidget *>().size();
    ASSERT_TRUE(window.applyPreset("sixteen-random-bits"));
    window.analysis()->flush();
    // Classifier mode makes P one-hot: 65,535 infinite surprisals, each once a chart item.
    window.document()->enterClassifier();
    window.analysis()->flush();
    for (auto *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
    }
    EXPECT_TRUE(window.classifierPanel()->logitEditor()->showsTable());
    EXPECT_EQ(window.classifierPanel()->logitEditor()->table()->model()->rowCount(), 65536);
    const qsizetype after = window.findChildren<QWidget *>().size();
    EXPECT_LT(after, before + 200) << before << " widgets before, " << after << " after";
    auto *surprisal = window.findChild<SurprisalChart *>();
    ASSERT_TRUE(surprisal->showsLines());
    auto *infinite = qobject_cast<QScatterSeries *>(surprisal->chart()->series().last());
    ASSERT_NE(infinite, nullptr);
    EXPECT_EQ(infinite->count(), 0);  // no graphics item per infinite value
    EXPECT_TRUE(infinite->name().contains(QLocale().toString(65535)))
        << infinite->name().toStdString();
    EXPECT_LT(window.numbersPanel()->remedy()->text().size(), 400);  // names a few, counts the rest
}

// Lines from the first update on, with more infinite values than get a marker each: the legend
// still counts them (it lost the entry when the switch to lines came after the update).
TEST_F(ViewsTest, TheLegendCountsInfiniteValuesWhenLinesComeWithThem) {
    DocumentState state;
    for (int i = 0; i < 1000; ++i) {
        state.appendEvent({defaultLabel(i), i % 3 == 0 ? 0.0 : 1.0, 1.0});  // 334 zeros in P
    }
    state.mode = EditMode::Weights;
    window.document()->reset(state);
    showWindow();
    window.analysis()->flush();
    auto *surprisal = window.findChild<SurprisalChart *>();
    ASSERT_TRUE(surprisal->showsLines());
    auto *infinite = qobject_cast<QScatterSeries *>(surprisal->chart()->series().last());
    ASSERT_NE(infinite, nullptr);
    EXPECT_EQ(infinite->count(), 0);
    EXPECT_TRUE(infinite->name().contains(QStringLiteral("334"))) << infinite->name().toStdString();
    const QList<QStringList> legend = surprisal->legendRows();
    ASSERT_FALSE(legend.isEmpty());
    EXPECT_TRUE(legend.last().contains(infinite->name()));  // whole, not cut short
    // A rug of ticks along the top marks them, and P's line keeps to its finite values (-log of
    // 1/666 in bits): it does not spike to the top at each zero.
    const QList<QPointF> rug = surprisal->infiniteRug()->points();
    EXPECT_TRUE(surprisal->infiniteRug()->isVisible());
    ASSERT_GE(rug.size(), 100);
    EXPECT_LE(rug.size(), 334);
    EXPECT_EQ(rug.first().x(), 1.0);
    EXPECT_GT(rug.first().y(), std::log2(666.0));
    for (const QPointF &point : surprisal->lineP()->points()) {
        ASSERT_DOUBLE_EQ(point.y(), std::log2(666.0)) << point.x();
    }

    // Fewer: one marker each, whole inside the plot, not cut in half by its top edge.
    for (int i = 0; i < 1000; ++i) {
        state.events[i].p = i % 100 == 0 ? 0.0 : 1.0;
    }
    window.document()->replace(state, QStringLiteral("ten zeros"));
    window.analysis()->flush();
    ASSERT_EQ(infinite->count(), 10);
    EXPECT_TRUE(surprisal->infiniteRug()->points().isEmpty());
    const QRectF plot = surprisal->chart()->plotArea();
    for (const QPointF &point : infinite->points()) {
        const QPointF at = surprisal->chart()->mapToPosition(point, infinite);
        EXPECT_GE(at.y() - infinite->markerSize() / 2, plot.top()) << point.x();
    }
}

// A replace lays the line out again in Qt Charts: done only when a point moved, however little.
TEST(ChartBaseTest, ReplacesALinesPointsOnlyWhenTheyChange) {
    QLineSeries line;
    const QList<QPointF> points{{1.0, 0.5}, {2.0, 0.25}};
    QSignalSpy replaced(&line, &QXYSeries::pointsReplaced);
    ChartBase::replacePoints(&line, points);
    EXPECT_EQ(replaced.size(), 1);
    ChartBase::replacePoints(&line, points);
    EXPECT_EQ(replaced.size(), 1);
    QList<QPointF> moved = points;
    moved[1].setY(0.25 + 1e-15);  // QPointF's == would call this the same
    ChartBase::replacePoints(&line, moved);
    EXPECT_EQ(replaced.size(), 2);
    EXPECT_EQ(line.points()[1].y(), 0.25 + 1e-15);
}

TEST(Decimation, KeepsEachColumnsFirstLowestHighestAndLastInOrder) {
    QList<QPointF> line;
    for (int i = 0; i < 10000; ++i) {
        line.append({double(i), std::sin(i / 500.0)});
    }
    line[4321].setY(50.0);  // one spike among thousands must still show
    line[777].setY(-50.0);
    const auto pointOf = [](const QList<QPointF> &points) {
        return [&points](qsizetype i) { return points[i]; };
    };
    const QList<QPointF> kept = decimated(line.size(), 100, pointOf(line));
    EXPECT_LE(kept.size(), 400);
    EXPECT_EQ(kept.first(), line.first());
    EXPECT_EQ(kept.last(), line.last());
    EXPECT_TRUE(kept.contains(line[4321]));
    EXPECT_TRUE(kept.contains(line[777]));
    for (qsizetype k = 1; k < kept.size(); ++k) {
        EXPECT_LT(kept[k - 1].x(), kept[k].x());
    }
    // Each column keeps its extremes.
    for (int c = 0; c < 100; ++c) {
        const auto begin = line.begin() + c * 100, end = begin + 100;
        const auto [low, high] = std::minmax_element(
            begin, end, [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        EXPECT_TRUE(kept.contains(*low) && kept.contains(*high)) << c;
    }
    const QList<QPointF> start = line.mid(0, 400);
    EXPECT_EQ(decimated(start.size(), 100, pointOf(start)), start);  // short: as it is
    // A flat column is its first and last point, each once.
    const QList<QPointF> flat =
        decimated(10000, 100, [](qsizetype i) { return QPointF(double(i), 1.0); });
    ASSERT_EQ(flat.size(), 200);
    EXPECT_EQ(flat[0], QPointF(0, 1.0));
    EXPECT_EQ(flat[1], QPointF(99, 1.0));
}

TEST(Decimation, AnInfiniteHeightIsItsColumnsExtremeAtTheFirstPlaceItComes) {
    // As the per-event charts give them: heights as they are, points with an infinity drawn at
    // the top (10) or the bottom (-10). Equal extremes keep their first place.
    std::vector<double> heights(10000, 1.0);
    heights[150] = heights[160] = std::numeric_limits<double>::infinity();
    heights[170] = -std::numeric_limits<double>::infinity();
    heights[5555] = 7.0;
    const auto pointAt = [&](qsizetype i) {
        const double y = heights[std::size_t(i)];
        return QPointF(double(i), std::isinf(y) ? (y > 0 ? 10.0 : -10.0) : y);
    };
    const QList<QPointF> kept = decimated(
        qsizetype(heights.size()), 100, [&](qsizetype i) { return heights[std::size_t(i)]; },
        pointAt);
    EXPECT_TRUE(kept.contains(QPointF(150, 10.0)));
    EXPECT_FALSE(kept.contains(QPointF(160, 10.0)));
    EXPECT_TRUE(kept.contains(QPointF(170, -10.0)));
    EXPECT_TRUE(kept.contains(QPointF(5555, 7.0)));
    EXPECT_EQ(kept.size(), 2 * 100 + 2 + 1);  // flat columns: first and last; then the extremes
}

// The code-area diagram's steps past the bars' limit: one segment per run at each height.
TEST(HorizontalRunsTest, JoinsStepsAtOneHeightAcrossGapsUnderAPixelOnly) {
    HorizontalRuns runs(1.0);
    runs.add(0.0, 0.3, 10.0);
    runs.add(0.3, 0.5, 20.0);  // another height between
    runs.add(0.5, 0.9, 10.0);  // joins the first
    runs.add(2.5, 3.0, 10.0);  // 1.6 pixels on: a run of its own
    runs.add(3.0, 3.2, 20.0);  // 2.5 pixels after its last: a run of its own
    QList<QLineF> lines = runs.take();
    std::ranges::sort(lines, {}, [](const QLineF &l) { return std::pair{l.y1(), l.x1()}; });
    EXPECT_EQ(lines, (QList<QLineF>{QLineF(0.0, 10.0, 0.9, 10.0), QLineF(2.5, 10.0, 3.0, 10.0),
                                    QLineF(0.3, 20.0, 0.5, 20.0), QLineF(3.0, 20.0, 3.2, 20.0)}));
    EXPECT_TRUE(runs.take().isEmpty());
}

// Presenter scale: the markers of infinite values, and so the rug drawn for them, grow with the
// text and the lines, and come back to their size after.
TEST_F(ViewsTest, InfiniteMarkersGrowInPresenterScale) {
    showWindow();
    auto *surprisal = window.findChild<SurprisalChart *>();
    auto *infinite = qobject_cast<QScatterSeries *>(surprisal->chart()->series().last());
    ASSERT_NE(infinite, nullptr);
    const double normal = infinite->markerSize();
    surprisal->setScale(2.0);
    EXPECT_DOUBLE_EQ(infinite->markerSize(), 2.0 * normal);
    surprisal->setScale(1.0);
    EXPECT_DOUBLE_EQ(infinite->markerSize(), normal);
}
