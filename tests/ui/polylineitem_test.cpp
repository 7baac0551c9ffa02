// SPDX-License-Identifier: MIT
// The line item that draws a line of many events for an empty series: where it draws, that it
// follows the series and the axes, and what the cursor over it reports.
#include "rendered.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <charts/polylineitem.h>
#include <gtest/gtest.h>

namespace {

// A chart of one empty series on two value axes, x in [0, 10] and y in [0, 1], with a line
// from the bottom left corner to the top right.
class PolylineItemTest : public testing::Test {
protected:
    PolylineItemTest() {
        series->setPen(QPen(Qt::red, 3));
        chart->addSeries(series);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        xAxis->setRange(0, 10);
        yAxis->setRange(0, 1);
        chart->legend()->hide();
        view.resize(400, 300);
        view.show();
        line->setPoints({{0, 0}, {10, 1}});
        QCoreApplication::processEvents();
    }

    [[nodiscard]] QImage picture() { return rendered(view); }
    // Where a value is shown in the view.
    [[nodiscard]] QPoint at(double x, double y) const {
        return view.mapFromScene(chart->mapToPosition({x, y}, series));
    }
    [[nodiscard]] static bool red(const QImage &image, QPoint p) {
        const QColor c = image.pixelColor(p);
        return c.red() > 200 && c.green() < 80 && c.blue() < 80;
    }

    QChart *chart = new QChart;
    QChartView view{chart};
    QLineSeries *series = new QLineSeries;
    QValueAxis *xAxis = new QValueAxis, *yAxis = new QValueAxis;
    PolylineItem *line = new PolylineItem(chart, series, xAxis, yAxis);
};

TEST_F(PolylineItemTest, DrawsItsPointsInTheSeriesPenWhereTheAxesPutThem) {
    const QImage image = picture();
    EXPECT_TRUE(red(image, at(5, 0.5)));
    EXPECT_TRUE(red(image, at(2, 0.2)));
    EXPECT_FALSE(red(image, at(2, 0.8)));
    EXPECT_EQ(series->count(), 0);  // the series itself stays empty
}

TEST_F(PolylineItemTest, DrawsInTheAxesCurrentRangeAndFollowsTheSeriesVisibility) {
    yAxis->setRange(0, 2);  // the line's end now halfway up
    QImage image = picture();
    EXPECT_TRUE(red(image, at(5, 0.5)));
    EXPECT_FALSE(red(image, at(10, 2) + QPoint(-3, 3)));
    series->setVisible(false);
    image = picture();
    EXPECT_FALSE(red(image, at(5, 0.5)));
}

TEST_F(PolylineItemTest, ClipsToThePlotArea) {
    line->setPoints({{0, 0.5}, {10, 5}});  // leaves the plot through its top
    const QImage image = picture();
    const QRect plot = view.mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
    for (int x = plot.left(); x <= plot.right(); ++x) {
        ASSERT_FALSE(red(image, {x, plot.top() - 4})) << x;
    }
}

TEST_F(PolylineItemTest, AsTicksMarksEachPlaceFromTheNearerEdgeAlone) {
    line->hide();
    auto *rug = new PolylineItem(chart, series, xAxis, yAxis, PolylineItem::Style::Ticks);
    series->setColor(Qt::red);
    rug->setPoints({{2, 0.95}, {8, 0.95}, {5, 0.05}});
    const QImage image = picture();
    const QRect plot = view.mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
    EXPECT_TRUE(red(image, {at(2, 1).x(), plot.top() + 4}));
    EXPECT_TRUE(red(image, {at(8, 1).x(), plot.top() + 4}));
    EXPECT_FALSE(red(image, {at(5, 1).x(), plot.top() + 4}));    // ticks, not a line between them
    EXPECT_TRUE(red(image, {at(5, 0).x(), plot.bottom() - 4}));  // from the bottom: it is low
    EXPECT_FALSE(red(image, at(2, 0.5)));                        // short
}

TEST_F(PolylineItemTest, AScattersTicksGrowWithItsMarkers) {
    // The rug of a scatter's markers: in presenter scale its markers, and so its ticks, grow.
    line->hide();
    auto *scatter = new QScatterSeries;
    scatter->setColor(Qt::red);
    chart->addSeries(scatter);
    scatter->attachAxis(xAxis);
    scatter->attachAxis(yAxis);
    auto *rug = new PolylineItem(chart, scatter, xAxis, yAxis, PolylineItem::Style::Ticks);
    rug->setPoints({{5, 0.95}});
    const QRect plot = view.mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
    const QPoint below(at(5, 1).x(), plot.top() + 14);
    scatter->setMarkerSize(9);
    EXPECT_FALSE(red(picture(), below));
    scatter->setMarkerSize(18);
    EXPECT_TRUE(red(picture(), below));
}

TEST_F(PolylineItemTest, ReportsThePointUnderTheCursorOnTheLineOnly) {
    QSignalSpy hovered(line, &PolylineItem::hovered);
    QTest::mouseMove(view.viewport(), at(5, 0.2));  // off the line
    QTest::mouseMove(view.viewport(), at(5, 0.5) + QPoint(0, 2));
    ASSERT_EQ(hovered.size(), 1);
    EXPECT_TRUE(hovered[0][1].toBool());
    EXPECT_NEAR(hovered[0][0].toPointF().x(), 5.0, 0.1);
    QTest::mouseMove(view.viewport(), at(5, 0.2));
    ASSERT_EQ(hovered.size(), 2);
    EXPECT_FALSE(hovered[1][1].toBool());
}

}  // namespace
