// SPDX-License-Identifier: MIT
#include <QImage>

#include <export/exportrenderer.h>
#include <gtest/gtest.h>

namespace {
int inked(const QImage &image) {
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            count += image.pixelColor(x, y) != QColor(Qt::white);
        }
    }
    return count;
}
}  // namespace

TEST(ExportRenderer, EachChartDrawsSomethingAtTheRequestedSize) {
    ExportRenderer renderer(DocumentState::initial());
    for (const ChartKind kind :
         {ChartKind::Distributions, ChartKind::Surprisal, ChartKind::Divergence, ChartKind::Summary,
          ChartKind::Codes, ChartKind::Fit, ChartKind::Simplex, ChartKind::Renyi, ChartKind::All}) {
        ExportOptions options;
        options.chart = kind;
        options.size = QSize(640, 400);
        const QImage image = renderer.image(options);
        EXPECT_EQ(image.size(), QSize(640, 400));
        EXPECT_GT(inked(image), 2000) << ExportNames::chartName(kind).toStdString();
    }
}

TEST(ExportRenderer, AStateWithNoMassIsAnErrorNotABlankImage) {
    DocumentState state = DocumentState::initial();
    state.mode = EditMode::Weights;
    for (EventValues &row : state.events) {
        row.q = 0.0;
    }
    ExportRenderer renderer(state);
    EXPECT_EQ(renderer.error(), "Q: all weights are zero");
    EXPECT_TRUE(renderer.write("/tmp/never-written.png", {}).has_value());
    for (const ChartKind kind :
         {ChartKind::Codes, ChartKind::Fit, ChartKind::Simplex, ChartKind::Renyi, ChartKind::All}) {
        ExportOptions options;
        options.chart = kind;
        options.size = QSize(320, 200);
        EXPECT_GT(inked(renderer.image(options)), 10);  // the reason, in words; no crash
    }
}

TEST(ExportNames, ChartNamesAndFormatsRoundTrip) {
    for (const QString name : {"distributions", "surprisal", "divergence", "summary", "codes",
                               "samples", "fit", "simplex", "renyi", "all"}) {
        ASSERT_TRUE(ExportNames::parseChart(name));
        EXPECT_EQ(ExportNames::chartName(*ExportNames::parseChart(name)), name);
    }
    EXPECT_FALSE(ExportNames::parseChart("pie"));
    EXPECT_EQ(ExportNames::formatForPath("a/b.SVG"), ExportFormat::Svg);
    EXPECT_FALSE(ExportNames::formatForPath("a.gif"));
}
