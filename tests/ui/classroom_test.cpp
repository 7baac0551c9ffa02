// SPDX-License-Identifier: MIT
// Classroom features: presets, worked formulas, the classifier, the sweeps and presentation.
#include <entropy/families.h>
#include <entropy/presets.h>

#include <QApplication>
#include <QBarSet>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTableView>
#include <QUndoStack>
#include <QValueAxis>
#include <quantityformat.h>

#include <analysis.h>
#include <charts/chartbase.h>
#include <charts/curvecharts.h>
#include <charts/perevent_charts.h>
#include <charts/polylineitem.h>
#include <cmath>
#include <dialogs/familydialog.h>
#include <document.h>
#include <editors/eventeditor.h>
#include <formulas.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <panels/classifierpanel.h>
#include <presettexts.h>
#include <theme.h>
#include <views/sweepviews.h>

namespace {

entropy::Comparison comparison(std::vector<double> p, std::vector<double> q) {
    return entropy::compare(entropy::Distribution::fromWeights(p, "P").value(),
                            entropy::Distribution::fromWeights(q, "Q").value())
        .value();
}

}  // namespace

TEST(WorkedFormulas, KlOfAKnownPairReadsAsTheTextbookSum) {
    const auto c = comparison({0.5, 0.5}, {0.25, 0.75});
    const WorkedFormulas plain(c, c.events.p, c.events.q, WorkedFormulas::Style::Plain);
    EXPECT_EQ(
        plain.kl(Side::P),
        "D(P||Q) = \u03A3 p log2(p/q) = 0.5 log2(0.5/0.25) + 0.5 log2(0.5/0.75) = 0.2075 bits");
    EXPECT_EQ(plain.identity(Side::P), "D(P||Q) = H(P,Q) - H(P) = 1.208 - 1 = 0.2075 bits");
    EXPECT_EQ(plain.entropy(Side::P),
              "H(P) = -\u03A3 p log2 p = -(0.5 log2 0.5 + 0.5 log2 0.5) = 1.0000 bits");
}

TEST(WorkedFormulas, LatexUsesFracAndManyEventsAreElided) {
    const auto c = comparison({1, 1, 1, 1, 1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7, 8});
    const WorkedFormulas latex(c, c.events.p, c.events.q, WorkedFormulas::Style::Latex);
    const QString kl = latex.kl(Side::P);
    EXPECT_TRUE(kl.startsWith("D(P\\,\\|\\,Q) = \\sum p\\,\\log_{2}\\frac{p}{q}"))
        << kl.toStdString();
    EXPECT_EQ(kl.count("\\frac{0.125}"), WorkedFormulas::kFirst + WorkedFormulas::kLast);
    EXPECT_TRUE(kl.contains("\\cdots"));
}

// The terms shown are the first three and the last two events with weight, found from either
// end of the list, zeros skipped.
TEST(WorkedFormulas, ElidedSumsShowTheFirstAndLastTermsWithWeight) {
    const auto c = comparison({0, 1, 2, 3, 4, 5, 6, 7, 0}, {1, 1, 1, 1, 1, 1, 1, 1, 1});
    const QString kl =
        WorkedFormulas(c, c.events.p, c.events.q, WorkedFormulas::Style::Plain).kl(Side::P);
    const QStringList expected{"0.03571 log2",           "0.07143 log2", "0.1071 log2",
                               QStringLiteral("\u2026"), "0.2143 log2",  "0.25 log2"};
    qsizetype at = 0;
    for (const QString &term : expected) {
        const qsizetype found = kl.indexOf(term, at);
        EXPECT_GT(found, -1) << term.toStdString() << " in order in " << kl.toStdString();
        at = found < 0 ? at : found;
    }
    EXPECT_FALSE(kl.contains("0.1429 log2")) << kl.toStdString();  // the middle, elided
}

TEST(WorkedFormulas, InfinityAndZerosFollowTheConventions) {
    const auto c = comparison({0.5, 0.5, 0.0}, {0.5, 0.0, 0.5});
    const WorkedFormulas plain(c, c.events.p, c.events.q, WorkedFormulas::Style::Plain);
    EXPECT_TRUE(plain.kl(Side::P).endsWith("= \u221E")) << plain.kl(Side::P).toStdString();
    EXPECT_EQ(plain.entropy(Side::P).count("log2 0.5"), 2);  // the zero adds no term
}

TEST(PresetTexts, EveryPresetTextIsMarkedForTranslation) {
    const QStringList marked = PresetTexts::sourceTexts();
    for (const std::string &name : entropy::presetNames()) {
        const auto preset = entropy::findPreset(name);
        EXPECT_TRUE(marked.contains(QString::fromStdString(preset->title))) << preset->title;
        EXPECT_TRUE(marked.contains(QString::fromStdString(preset->explanation))) << name;
    }
}

class ClassroomWindow : public ::testing::Test {
protected:
    ClassroomWindow() { QLocale::setDefault(QLocale::c()); }
    MainWindow window;
};

TEST_F(ClassroomWindow, APresetIsOneUndoableStepAndExplainsItself) {
    window.show();
    ASSERT_TRUE(window.applyPreset("fair-die"));
    EXPECT_EQ(window.document()->state().size(), 6);
    EXPECT_TRUE(window.presetExplanation().contains("2.585"));
    window.analysis()->flush();
    EXPECT_NEAR(window.analysis()->comparison().entropyP, std::log2(6.0), 1e-12);
    window.document()->undoStack()->undo();
    EXPECT_EQ(window.document()->state().size(), 3);
    EXPECT_FALSE(window.applyPreset("nonsense"));
}

TEST_F(ClassroomWindow, SixteenRandomBitsUsesTheTableEditorAndLineCharts) {
    window.show();
    ASSERT_TRUE(window.applyPreset("sixteen-random-bits"));
    window.analysis()->flush();
    EXPECT_TRUE(window.eventEditor()->showsTable());
    EXPECT_EQ(window.eventEditor()->table()->model()->rowCount(), 65536);
    auto *surprisal = static_cast<GroupedBarChart *>(window.charts()[1]);
    surprisal->refresh();
    EXPECT_TRUE(surprisal->showsLines());
    // Drawn from at most four points a column, from the first event to the last.
    const QList<QPointF> points = surprisal->lineP()->points();
    EXPECT_LE(points.size(), 4 * 2 * 1400);
    EXPECT_EQ(points.first().x(), 1.0);
    EXPECT_EQ(points.last().x(), 65536.0);
    for (const QPointF &point : points) {
        ASSERT_DOUBLE_EQ(point.y(), 16.0);
    }
}

TEST_F(ClassroomWindow, TheClassifierMakesQTheSoftmaxOfItsLogits) {
    Document &document = *window.document();
    ASSERT_TRUE(document.enterClassifier());
    document.setTrueClass(1);
    document.setLogit(0, 2.0);
    document.setLogit(1, 0.5);
    document.setLogit(2, -1.0);
    document.setTemperature(2.0);
    const auto expected = entropy::families::softmax({2.0, 0.5, -1.0}, 2.0);
    const DocumentState &state = document.state();
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(state.events[i].q, expected[std::size_t(i)], 1e-15);
        EXPECT_EQ(state.events[i].p, i == 1 ? 1.0 : 0.0);
    }
    window.analysis()->flush();
    EXPECT_NEAR(window.analysis()->comparison().crossEntropyPQ, -std::log2(expected[1]), 1e-12);
    const QString loss = window.classifierPanel()->lossText();
    EXPECT_TRUE(loss.contains("\u2212log q(B)")) << loss.toStdString();
    EXPECT_TRUE(loss.contains(QuantityFormat::value(-std::log2(expected[1]))));
    document.setSmoothing(0.3);
    EXPECT_NEAR(document.state().events[0].p, 0.1, 1e-15);
}

TEST_F(ClassroomWindow, PathSweepAndTwoEventViewsFollowTheDocument) {
    window.show();
    window.applyPreset("fair-vs-biased-coin");
    window.analysis()->flush();
    auto *path = static_cast<PathSweepChart *>(window.charts()[4]);
    path->refresh();
    ASSERT_EQ(path->klPQLine()->count(), Analysis::kPathSamples);
    EXPECT_EQ(path->klPQLine()->at(0).y(), 0.0);
    EXPECT_NEAR(path->klPQLine()->at(Analysis::kPathSamples - 1).y(),
                window.analysis()->comparison().klPQ, 1e-12);
    auto *binary = static_cast<BinaryChart *>(window.charts()[5]);
    binary->refresh();
    EXPECT_EQ(binary->currentPoints()->count(), 4);
    EXPECT_DOUBLE_EQ(binary->currentPoints()->at(0).x(), 0.9);
}

TEST_F(ClassroomWindow, PresentationScaleGrowsTextAndChartLines) {
    const double before = QApplication::font().pointSizeF();
    window.setFontScale(2.0);
    EXPECT_NEAR(QApplication::font().pointSizeF(), 2 * before, 0.01);
    EXPECT_DOUBLE_EQ(window.charts()[0]->scale(), 2.0);
    window.setFontScale(1.0);
    EXPECT_NEAR(QApplication::font().pointSizeF(), before, 0.01);
}

TEST_F(ClassroomWindow, ThemesChangeTheChartBackgroundButNotTheDistributionColours) {
    auto *distributions = static_cast<GroupedBarChart *>(window.charts()[0]);
    const QColor p = distributions->setP()->color();
    window.setTheme(Theme::Dark);
    EXPECT_LT(distributions->chart()->backgroundBrush().color().lightness(), 80);
    window.setTheme(Theme::HighContrast);
    EXPECT_EQ(distributions->chart()->backgroundBrush().color(), QColor(Qt::black));
    EXPECT_EQ(distributions->setP()->color(), p);
    window.setTheme(Theme::Light);
    EXPECT_EQ(distributions->chart()->backgroundBrush().color(), QColor(Qt::white));
}

TEST(FamilyDialog, BuildsEachSideFromItsFamilyAndParameters) {
    FamilyDialog dialog;
    dialog.setEvents(11);
    dialog.setFamily(Side::P, FamilyDialog::Binomial, 0.5);
    dialog.setFamily(Side::Q, FamilyDialog::Poisson, 3.0);
    DocumentState state = dialog.chosenState();
    ASSERT_EQ(state.size(), 11);
    EXPECT_EQ(state.labels[0], "0");
    const auto binomial = entropy::families::binomial(10, 0.5);
    const auto poisson = entropy::families::poisson(3.0, 11);
    for (int i = 0; i < 11; ++i) {
        EXPECT_DOUBLE_EQ(state.events[i].p, binomial[std::size_t(i)]);
        EXPECT_DOUBLE_EQ(state.events[i].q, poisson[std::size_t(i)]);
    }
    dialog.setEvents(4);
    dialog.setFamily(Side::P, FamilyDialog::OneHot, 2, 0.2);
    dialog.setFamily(Side::Q, FamilyDialog::Uniform);
    state = dialog.chosenState();
    EXPECT_EQ(state.labels[1], "B");
    EXPECT_DOUBLE_EQ(state.events[1].p, 0.85);
    EXPECT_DOUBLE_EQ(state.events[3].q, 0.25);
}

TEST_F(ClassroomWindow, ThePresetExplanationGoesWhenItsNumbersNoLongerHoldAndReturnsOnUndo) {
    window.show();
    ASSERT_TRUE(window.applyPreset("fair-die"));
    EXPECT_TRUE(window.presetExplanation().contains("2.585"));
    window.document()->setValue(Side::P, 0, 0.5);
    EXPECT_TRUE(window.presetExplanation().isEmpty());
    window.document()->undoStack()->undo();
    EXPECT_TRUE(window.presetExplanation().contains("2.585"));
}
