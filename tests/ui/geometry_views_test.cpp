// SPDX-License-Identifier: MIT
// The fit, simplex and Rényi views: they state the core's numbers, their drags and buttons are
// undoable edits of the document, and infinite regions are drawn and said plainly.
#include <entropy/families.h>
#include <entropy/presets.h>
#include <entropy/renyi.h>

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <analysis.h>
#include <appearance.h>
#include <charts/colormap.h>
#include <charts/contours.h>
#include <charts/fieldimage.h>
#include <charts/fitplot.h>
#include <charts/landscapeheatmap.h>
#include <charts/simplexplot.h>
#include <cmath>
#include <dataimport.h>
#include <document.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <views/fitview.h>
#include <views/renyiview.h>
#include <views/simplexview.h>

namespace {

class GeometryViews : public ::testing::Test {
protected:
    GeometryViews() {
        QLocale::setDefault(QLocale::c());
        window.resize(1400, 900);
        window.show();
    }
    void usePreset(const char *name) {
        const auto preset = entropy::findPreset(name).value();
        window.document()->reset(
            dataimport::toDocument(preset.events, EditMode::Proportional).value());
    }
    template <class View>
    View *show() {
        auto *view = window.findChild<View *>();
        window.viewTabs()->setCurrentWidget(view);
        window.analysis()->flush();
        QCoreApplication::processEvents();
        return view;
    }
    QUndoStack *undo() { return window.document()->undoStack(); }

    MainWindow window;
};

// The widget's picture, as the screen would show it.
QImage pictureOf(QWidget *widget) {
    QImage image(widget->size(), QImage::Format_RGB32);
    widget->render(&image);
    return image;
}

}  // namespace

TEST_F(GeometryViews, FitViewStatesBothFitsOfTheFarApartHumps) {
    usePreset("two-humps-far-apart");
    const QString text = show<FitView>()->summaryText();
    EXPECT_TRUE(text.contains("σ = 13.50")) << text.toStdString();
    EXPECT_TRUE(text.contains("μ = 10.00, σ = 2.76")) << text.toStdString();
    EXPECT_TRUE(text.contains("mode-covering")) << text.toStdString();
    EXPECT_TRUE(text.contains("Other local minima, dashed: 2")) << text.toStdString();
}

TEST_F(GeometryViews, UsingTheReverseFitSetsQToItInOneUndoableStep) {
    usePreset("two-humps-far-apart");
    auto *view = show<FitView>();
    const DocumentState before = window.document()->state();
    const double objective = window.analysis()->fits().reverse.minima.at(0).objective;
    undo()->clear();
    QTest::mouseClick(view->useReverseButton(), Qt::LeftButton);
    window.analysis()->flush();
    EXPECT_NEAR(window.analysis()->comparison().klQP, objective, 1e-9);
    EXPECT_EQ(undo()->count(), 1);
    undo()->undo();
    EXPECT_EQ(window.document()->state(), before);
}

TEST_F(GeometryViews, DraggingAcrossALandscapeIsOneStepThatSetsQToTheBumpUnderThePointer) {
    usePreset("two-humps");
    LandscapeHeatmap *map = show<FitView>()->landscape(false);
    undo()->clear();
    const QPoint from(map->width() / 3, map->height() / 2), to(map->width() / 2, map->height() / 3);
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QTest::mouseMove(map, (from + to) / 2);
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, {}, to);
    EXPECT_EQ(undo()->count(), 1);
    const auto theta = map->thetaAt(to).value();
    const auto bump = entropy::discretisedGaussian(40, theta);
    EXPECT_NEAR(window.document()->state().events[5].q, bump[5], 1e-15);
}

TEST_F(GeometryViews, DraggingABarOfTheFitPlotEditsP) {
    usePreset("two-humps");
    FitPlot *plot = show<FitView>()->plot();
    undo()->clear();
    const QList<double> before = window.document()->state().values(Side::P);
    // An event in the middle, in the valley between the humps, pulled near the top of the plot.
    const QPoint at(int(plot->width() * 0.5), plot->height() / 4);
    QTest::mousePress(plot, Qt::LeftButton, {}, at);
    QTest::mouseMove(plot, at + QPoint(0, -5));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, at + QPoint(0, -5));
    EXPECT_EQ(undo()->count(), 1);
    const QList<double> after = window.document()->state().values(Side::P);
    double largestRise = 0.0;
    int raised = -1;
    for (int i = 0; i < after.size(); ++i) {
        if (after[i] - before[i] > largestRise) {
            largestRise = after[i] - before[i];
            raised = i;
        }
    }
    EXPECT_GT(largestRise, 0.02);
    EXPECT_TRUE(raised == 19 || raised == 20) << raised;
}

TEST_F(GeometryViews, AZeroInPMakesTheReverseFitInfiniteAndOffersSmoothing) {
    DocumentState state = DocumentState::initial();
    state.events[2].p = 0.0;
    state.events[0].p = 0.7;
    window.document()->reset(state);
    auto *view = show<FitView>();
    EXPECT_TRUE(view->summaryText().contains("∞ for every bump"))
        << view->summaryText().toStdString();
    EXPECT_TRUE(view->summaryText().contains("href=\"smooth-P\""));
    EXPECT_FALSE(view->useReverseButton()->isEnabled());
    EXPECT_TRUE(view->useForwardButton()->isEnabled());
}

TEST_F(GeometryViews, FitsAreNotAttemptedPastTheirLimit) {
    DocumentState state;
    for (int i = 0; i < Analysis::kMaxFitEvents + 1; ++i) {
        state.appendEvent({defaultLabel(i), 1.0, 1.0});
    }
    window.document()->reset(state);
    auto *view = show<FitView>();
    EXPECT_TRUE(view->summaryText().contains("up to 1024 events"))
        << view->summaryText().toStdString();
    EXPECT_FALSE(view->plot()->isVisible());
}

TEST_F(GeometryViews, SimplexMeasureIsDocumentStateAndNamedInTheCaption) {
    auto *view = show<SimplexView>();
    view->measureBox()->setCurrentIndex(1);
    emit view->measureBox()->activated(1);
    window.analysis()->flush();
    EXPECT_EQ(window.document()->state().contours.measure, entropy::PointMeasure::KLToReference);
    EXPECT_TRUE(view->captionText().contains("D(X‖P)")) << view->captionText().toStdString();
    undo()->undo();
    window.analysis()->flush();
    EXPECT_EQ(view->measureBox()->currentIndex(), 0);
}

TEST_F(GeometryViews, DraggingPInTheSimplexMovesItThereInOneStep) {
    auto *view = show<SimplexView>();
    SimplexPlot *plot = view->plot();
    undo()->clear();
    const QPointF from = plot->screenPoint({0.6, 0.3, 0.1});
    const entropy::Point3 target{0.2, 0.3, 0.5};
    const QPointF to = plot->screenPoint(target);
    QTest::mousePress(plot, Qt::LeftButton, {}, from.toPoint());
    QTest::mouseMove(plot, ((from + to) / 2).toPoint());
    QTest::mouseMove(plot, to.toPoint());
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to.toPoint());
    EXPECT_EQ(undo()->count(), 1);
    const QList<double> p = window.document()->state().values(Side::P);
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(p[i], target[std::size_t(i)], 0.01);
    }
}

TEST_F(GeometryViews, SimplexSaysWhenItMergesEvents) {
    usePreset("fair-die");
    EXPECT_TRUE(show<SimplexView>()->captionText().contains("With 6 events"));
}

TEST_F(GeometryViews, WhereTheDivergenceIsInfiniteTheSimplexIsHatched) {
    // P on the edge where C is 0: every X that gives C mass is infinitely far in D(X||P).
    DocumentState state = DocumentState::initial();
    state.events[0].p = 0.5;
    state.events[1].p = 0.5;
    state.events[2].p = 0.0;
    state.contours = {Side::P, entropy::PointMeasure::KLToReference};
    window.document()->reset(state);
    SimplexPlot *plot = show<SimplexView>()->plot();
    const QImage picture = pictureOf(plot);
    int hatched = 0;
    const QPoint centre = plot->screenPoint({0.3, 0.3, 0.4}).toPoint();
    for (int dx = -6; dx <= 6; ++dx) {
        hatched += picture.pixelColor(centre + QPoint(dx, 0)) == Appearance::colorInfinite();
    }
    EXPECT_GE(hatched, 3);  // stripes of the infinite colour, not a colour-map overflow
}

TEST(FieldImage, ColoursEveryRowOfTheTriangleFromItsMinimumUpAndLeavesTheRestClear) {
    // Rows are coloured in bands on several threads: each row must be there, once.
    const entropy::Point3 centre{1.0 / 3, 1.0 / 3, 1.0 / 3};
    const auto field = entropy::simplexField(entropy::PointMeasure::KLFromReference, centre, 61,
                                             entropy::LogBase::Bits);
    const auto [low, high] = ColorMap::finiteRange(field.values, 1.0);
    const QImage image = simplexFieldImage(field, 500, low, high);
    ASSERT_EQ(image.width(), 500);
    const auto &table = ColorMap::viridisTable();
    const auto colourIndex = [&](QPoint at) {
        return std::ranges::find(table, image.pixel(at)) - table.begin();
    };
    for (int y = 1; y + 1 < image.height(); ++y) {
        ASSERT_EQ(qAlpha(image.pixel(250, y)), 255) << "row " << y;  // coloured or hatched
        ASSERT_EQ(qAlpha(image.pixel(2, y)), 0) << "row " << y;      // left of the triangle
    }
    // The reference sits at the minimum; the measure grows toward the corners, where it is
    // infinite (hatched).
    const QPoint reference(250, int(500 * entropy::kSimplexHeight * 2 / 3));
    EXPECT_LT(colourIndex(reference), 20);
    EXPECT_GT(colourIndex({250, 100}), colourIndex({250, 200}));
    EXPECT_GT(colourIndex({250, 200}), colourIndex(reference));
    EXPECT_LT(colourIndex({250, 100}), qsizetype(table.size()));
    EXPECT_EQ(colourIndex({250, 2}), qsizetype(table.size()));  // not a colour of the scale
}

TEST_F(GeometryViews, RenyiOrderFollowsTheSliderAndInfinityAndStatesTheCoresValues) {
    auto *view = show<RenyiView>();
    view->slider()->setValue(50);  // alpha = 0.5
    window.analysis()->flush();
    EXPECT_EQ(window.document()->state().renyiAlpha, 0.5);
    const auto p = window.analysis()->p(), q = window.analysis()->q();
    const double expected = entropy::renyiDivergence(p, q, 0.5);
    EXPECT_TRUE(view->valuesText().contains(QString::number(expected, 'f', 4)))
        << view->valuesText().toStdString();
    view->infinityBox()->setChecked(true);
    window.analysis()->flush();
    EXPECT_TRUE(std::isinf(window.document()->state().renyiAlpha));
    EXPECT_FALSE(view->slider()->isEnabled());
    undo()->undo();
    window.analysis()->flush();
    EXPECT_EQ(window.document()->state().renyiAlpha, 0.5);
    EXPECT_FALSE(view->infinityBox()->isChecked());
}

TEST(Contours, LevelsAreRoundAndFinerWhenTheRangeIsNarrow) {
    const auto expectLevels = [](const std::vector<double> &levels,
                                 const std::vector<double> &expected) {
        ASSERT_EQ(levels.size(), expected.size());
        for (std::size_t i = 0; i < levels.size(); ++i) {
            EXPECT_DOUBLE_EQ(levels[i], expected[i]);
        }
    };
    expectLevels(Contours::levels(0.001, 1.5), {0.002, 0.005, 0.02, 0.05, 0.1, 0.5, 1});
    expectLevels(Contours::levels(1.49, 3.04), {1.5, 2, 2.5, 3});
}

TEST(Contours, AnIsolineCrossesWhereTheFieldPassesTheLevel) {
    // D(X||R) around the centre: the level 0.1 bits makes one closed ring of segments, each
    // end within a grid step of the level.
    const entropy::Point3 centre{1.0 / 3, 1.0 / 3, 1.0 / 3};
    const auto field = entropy::simplexField(entropy::PointMeasure::KLToReference, centre, 61,
                                             entropy::LogBase::Bits);
    const auto segments = Contours::isolines(field, std::vector{0.1}).front();
    ASSERT_GT(segments.size(), 20u);
    for (const QLineF &s : segments) {
        const auto x = entropy::simplexPoint({s.p1().x(), s.p1().y()});
        EXPECT_NEAR(entropy::pointMeasure(entropy::PointMeasure::KLToReference, centre, x,
                                          entropy::LogBase::Bits),
                    0.1, 0.02);
    }
}

TEST(Contours, EachLevelGetsTheLinesItWouldGetAlone) {
    // Levels found in one pass keep apart: each one's lines lie on it, and are those of a pass
    // for it alone.
    const entropy::Point3 reference{0.6, 0.3, 0.1};
    const auto field = entropy::simplexField(entropy::PointMeasure::KLFromReference, reference, 61,
                                             entropy::LogBase::Bits);
    const std::vector levels{0.05, 0.2, 1.0};
    const auto together = Contours::isolines(field, levels);
    ASSERT_EQ(together.size(), levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) {
        EXPECT_FALSE(together[l].empty());
        for (const QLineF &s : together[l]) {
            const auto x = entropy::simplexPoint({s.p1().x(), s.p1().y()});
            EXPECT_NEAR(entropy::pointMeasure(entropy::PointMeasure::KLFromReference, reference, x,
                                              entropy::LogBase::Bits),
                        levels[l], 0.2 * levels[l]);
        }
        EXPECT_EQ(together[l], Contours::isolines(field, std::vector{levels[l]}).front());
    }
}

TEST_F(GeometryViews, TheFitPlotEditsPByKeyboardOneStepPerKey) {
    usePreset("two-humps");
    FitPlot *plot = show<FitView>()->plot();
    plot->setFocus();
    QCoreApplication::processEvents();
    undo()->clear();
    QTest::keyClick(plot, Qt::Key_Right);
    QTest::keyClick(plot, Qt::Key_Right);  // event 2
    const double before = window.document()->state().events[2].p;
    QTest::keyClick(plot, Qt::Key_PageUp);
    window.analysis()->flush();
    EXPECT_NEAR(window.analysis()->p()[2], before + 0.1, 1e-9);
    EXPECT_EQ(undo()->count(), 1);
    EXPECT_TRUE(plot->accessibleDescription().startsWith("Selected: P(2) = "))
        << plot->accessibleDescription().toStdString();
}

TEST_F(GeometryViews, MovingTheHumpsApartSplitsTheReverseFitButNotTheForwardOne) {
    usePreset("two-humps");
    auto *view = show<FitView>();
    QSlider *humps = view->humpSlider();
    ASSERT_TRUE(humps->isVisible());
    EXPECT_EQ(humps->maximum(), 39);
    undo()->clear();
    // One drag from humps together to far apart: one undo step.
    humps->setSliderDown(true);
    emit humps->sliderPressed();
    for (int separation = 4; separation <= 22; separation += 2) {
        humps->setValue(separation);
    }
    humps->setSliderDown(false);
    emit humps->sliderReleased();
    window.analysis()->flush();
    EXPECT_EQ(undo()->count(), 1);
    const auto expected = entropy::families::twoHumps(40, 22, FitView::kHumpWidth);
    EXPECT_NEAR(window.analysis()->p()[9], expected[9], 1e-12);
    const Analysis::Fits &fits = window.analysis()->fits();
    EXPECT_GT(fits.forward.minima.at(0).theta.sigma, 8.0);  // still covers both
    EXPECT_LT(fits.reverse.minima.at(0).theta.sigma, 4.0);  // on one hump
    EXPECT_GE(fits.reverse.minima.size(), 2u);
}

TEST_F(GeometryViews, TheArrowKeysMovePAndThenQInTheSimplex) {
    SimplexPlot *plot = show<SimplexView>()->plot();
    plot->setFocus();
    QCoreApplication::processEvents();
    undo()->clear();
    const entropy::PlanePoint before = entropy::simplexPosition({0.6, 0.3, 0.1});
    QTest::keyClick(plot, Qt::Key_Right);
    window.analysis()->flush();
    const entropy::PlanePoint after = entropy::simplexPosition(window.analysis()->simplex().p);
    EXPECT_NEAR(after.x - before.x, 0.01, 1e-12);
    EXPECT_NEAR(after.y, before.y, 1e-12);
    EXPECT_EQ(undo()->count(), 1);
    QTest::keyClick(plot, Qt::Key_Space);
    EXPECT_TRUE(plot->accessibleDescription().startsWith("The arrow keys move Q"))
        << plot->accessibleDescription().toStdString();
    QTest::keyClick(plot, Qt::Key_Up);
    window.analysis()->flush();
    EXPECT_EQ(undo()->count(), 2);
    EXPECT_NE(window.document()->state().values(Side::Q), (QList<double>{0.2, 0.3, 0.5}));
}

TEST(ColorBar, SaysWhereItClipsAndGivesASingleValueOnce) {
    const ColorMap::BarLabels spread = ColorMap::barLabels(0.0, 2.29);
    EXPECT_EQ(spread.top, QString::fromUtf8("\u22652.29"));
    EXPECT_EQ(spread.bottom, QStringLiteral("0"));
    // Every finite value one number (a field infinite but on one edge): not "≥0.737 … 0.737".
    const ColorMap::BarLabels single = ColorMap::barLabels(0.7371, 0.7374);
    EXPECT_EQ(single.top, QStringLiteral("0.737"));
    EXPECT_TRUE(single.bottom.isEmpty());
}
