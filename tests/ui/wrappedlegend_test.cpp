// SPDX-License-Identifier: MIT
// The chart legend that wraps into rows: every name whole in a narrow chart, nothing drawn over
// the axes, entries left out on request, and each line's entry drawn in its own pen.
#include "rendered.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <charts/wrappedlegend.h>
#include <gtest/gtest.h>

namespace {

const QStringList kNames = {QStringLiteral("-log p (under P)"), QStringLiteral("-log q (under Q)"),
                            QStringLiteral("H(P,Q)"), QStringLiteral("\u221E at 21,846 events")};

// A chart of three lines (the third dashed) and a scatter, on two value axes with titles.
class WrappedLegendTest : public testing::Test {
protected:
    WrappedLegendTest() {
        const QList<QAbstractSeries *> series = {line(Qt::blue), line(Qt::red),
                                                 line(Qt::darkGreen, Qt::DashLine), scatter};
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        xAxis->setTitleText(QStringLiteral("event"));
        for (int i = 0; i < series.size(); ++i) {
            series[i]->setName(kNames[i]);
            chart->addSeries(series[i]);
            series[i]->attachAxis(xAxis);
            series[i]->attachAxis(yAxis);
        }
        view.show();
        resize(900);
    }
    static QLineSeries *line(QColor color, Qt::PenStyle style = Qt::SolidLine) {
        auto *series = new QLineSeries;
        series->setPen(QPen(color, 2, style));
        series->append({{0, 0}, {1, 1}});
        return series;
    }
    void resize(int width) {
        view.resize(width, 300);
        settle();
    }
    // Lays the chart out with the legend's rows in its margin, as ChartBase does.
    void settle() {
        QCoreApplication::processEvents();
        legend->sync();
        QCoreApplication::sendPostedEvents();
        chart->layout()->activate();
        legend->sync();
    }
    [[nodiscard]] QStringList names() const {
        QStringList all;
        for (const QStringList &row : legend->rows()) {
            all += row;
        }
        return all;
    }
    [[nodiscard]] QImage picture() { return rendered(view); }

    QChart *chart = new QChart;
    QChartView view{chart};
    QScatterSeries *scatter = new QScatterSeries;
    QValueAxis *xAxis = new QValueAxis, *yAxis = new QValueAxis;
    WrappedLegend *legend = new WrappedLegend(chart);
};

}  // namespace

TEST_F(WrappedLegendTest, AWideChartHasOneRowOfWholeNames) {
    ASSERT_EQ(legend->rows().size(), 1);
    EXPECT_EQ(legend->rows().first(), kNames);
}

TEST_F(WrappedLegendTest, ANarrowChartWrapsRatherThanCutNamesShort) {
    resize(260);
    EXPECT_GE(legend->rows().size(), 3);
    EXPECT_EQ(names(), kNames);
    const QRectF legendArea = legend->mapRectToScene(legend->boundingRect());
    EXPECT_LE(legendArea.bottom(), chart->size().height());
    // Under the plot, its axis's labels and title (a line each), not over them: the plot moved
    // up to make room.
    const double line = QFontMetricsF(chart->legend()->font()).height();
    EXPECT_GE(legendArea.top(), chart->plotArea().bottom() + 2 * line);
    EXPECT_GE(chart->margins().bottom(), legendArea.height());
}

TEST_F(WrappedLegendTest, QtsOwnLegendTakesNoRoomAndIsNotDrawn) {
    EXPECT_FALSE(chart->legend()->isAttachedToChart());
    EXPECT_EQ(chart->legend()->opacity(), 0.0);
}

TEST_F(WrappedLegendTest, AHiddenSeriesOrALeftOutEntryIsNotListed) {
    scatter->setVisible(false);
    settle();
    EXPECT_EQ(names(), kNames.first(3));
    scatter->setVisible(true);
    WrappedLegend::setShown(chart->legend()->markers(chart->series()[0]).first(), false);
    settle();
    EXPECT_EQ(names(), kNames.sliced(1));
    WrappedLegend::setShown(chart->legend()->markers(chart->series()[0]).first(), true);
    settle();
    EXPECT_EQ(names(), kNames);
}

TEST_F(WrappedLegendTest, ANameWiderThanTheChartIsElidedInItsOwnRow) {
    chart->series()[1]->setName(QString(200, QLatin1Char('x')));
    resize(300);
    const QStringList shown = names();
    ASSERT_EQ(shown.size(), kNames.size());
    EXPECT_TRUE(shown[1].endsWith(QChar(0x2026))) << shown[1].toStdString();
    EXPECT_LT(shown[1].size(), 100);
}

TEST_F(WrappedLegendTest, ALinesEntryIsDrawnInItsPenSoADashedLimitReadsDashed) {
    resize(260);  // one entry a row: the dashed line's entry has its row's left part to itself
    const QImage image = picture();
    // Count the runs of the dashed series' green along each row of pixels in the legend.
    const QRect area = view.mapFromScene(legend->mapRectToScene(legend->boundingRect()))
                           .boundingRect()
                           .intersected(image.rect());
    int mostRuns = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        int runs = 0;
        bool inside = false;
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool green = c.green() > 60 && c.red() < 60 && c.blue() < 60;
            runs += green && !inside;
            inside = green;
        }
        mostRuns = std::max(mostRuns, runs);
    }
    EXPECT_GE(mostRuns, 2);  // dashes, not one bar
}
