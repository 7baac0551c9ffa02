// SPDX-License-Identifier: MIT
// The codes and samples views show the core's numbers, follow the document, and say when a
// zero makes something infinite.
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>
#include <quantityformat.h>

#include <analysis.h>
#include <charts/codeareadiagram.h>
#include <charts/samplecharts.h>
#include <document.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <views/codesview.h>
#include <views/codetablemodel.h>
#include <views/samplesview.h>

namespace {

class CodesAndSamples : public ::testing::Test {
protected:
    CodesAndSamples() {
        QLocale::setDefault(QLocale::c());
        // Olah's example: P = (1/2, 1/4, 1/8, 1/8); Q the reverse.
        DocumentState state = DocumentState::initial();
        state.setEvents(
            {{"A", 0.5, 0.125}, {"B", 0.25, 0.125}, {"C", 0.125, 0.25}, {"D", 0.125, 0.5}});
        window.document()->reset(state);
        window.resize(1400, 900);
        window.show();
    }
    template <class View>
    View *show() {
        auto *view = window.findChild<View *>();
        window.viewTabs()->setCurrentWidget(view);
        window.analysis()->flush();
        return view;
    }

    MainWindow window;
};

}  // namespace

TEST_F(CodesAndSamples, TheCodesViewStatesTheExpectedLengthsAndTheirBounds) {
    auto *codes = show<CodesView>();
    const QString text = codes->boundsText();
    EXPECT_TRUE(text.contains("H(P) = 1.7500 bits")) << text.toStdString();
    EXPECT_TRUE(text.contains("L(P; Huffman code of P) = 1.7500 bits")) << text.toStdString();
    EXPECT_TRUE(text.contains("L(P; Shannon code of P) = 1.7500 bits")) << text.toStdString();
    EXPECT_TRUE(text.contains("H(P,Q) = 2.6250 bits")) << text.toStdString();
    EXPECT_TRUE(text.contains("costs 0.8750 bits more")) << text.toStdString();
    QAbstractItemModel *table = codes->table()->model();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->data(table->index(0, CodeTableModel::CodewordP)).toString(), "0");
    EXPECT_EQ(table->data(table->index(3, CodeTableModel::CodewordQ)).toString(), "1");
    EXPECT_EQ(table->data(table->index(3, CodeTableModel::LengthP)).toString(), "3");
}

// Beside the lesson dock at 1366 x 768 the Codes tab is narrow: the caption then takes a line of
// its own rather than running into the axis title, and neither leaves the diagram.
TEST_F(CodesAndSamples, TheCodeAreaCaptionNeverRunsIntoTheAxisTitle) {
    const auto *diagram = show<CodesView>()->findChild<CodeAreaDiagram *>();
    ASSERT_NE(diagram, nullptr);
    const QFontMetricsF metrics(diagram->font());
    bool ownLineSeen = false, sharedLineSeen = false;
    for (const int width : {1600, 900, 700, 500, 400, 300}) {
        const QRectF target(0, 0, width, 400);
        const CodeAreaDiagram::Header header = diagram->headerIn(metrics, target);
        EXPECT_FALSE(header.captionRect.intersects(header.titleRect)) << width;
        EXPECT_TRUE(target.contains(header.captionRect)) << width;
        EXPECT_TRUE(target.contains(header.titleRect)) << width;
        EXPECT_LE(header.titleRect.bottom(), header.plot.top()) << width;
        EXPECT_FALSE(header.caption.isEmpty()) << width;
        const bool ownLine = header.captionRect.bottom() <= header.titleRect.top();
        (ownLine ? ownLineSeen : sharedLineSeen) = true;
    }
    EXPECT_TRUE(ownLineSeen && sharedLineSeen);  // both arrangements were met
}

TEST_F(CodesAndSamples, InNatsTheCodesViewSaysLengthsAreBits) {
    window.document()->setBase(entropy::LogBase::Nats);
    const QString text = show<CodesView>()->boundsText();
    EXPECT_TRUE(text.contains("lengths are in bits")) << text.toStdString();
    EXPECT_TRUE(text.contains("1.2130 nats")) << text.toStdString();  // 1.75 bits
}

TEST_F(CodesAndSamples, AZeroInQLeavesAnEventWithoutACodeword) {
    window.document()->setValue(Side::Q, 0, 0.0);
    auto *codes = show<CodesView>();
    EXPECT_TRUE(codes->boundsText().contains("Q gives A no codeword"))
        << codes->boundsText().toStdString();
    QAbstractItemModel *table = codes->table()->model();
    EXPECT_EQ(table->data(table->index(0, CodeTableModel::CodewordQ)).toString(), "none");
    EXPECT_EQ(table->data(table->index(0, CodeTableModel::LengthQ)).toString(), "\u221E");
}

TEST_F(CodesAndSamples, SampleSettingsAreUndoableDocumentState) {
    auto *samples = show<SamplesView>();
    samples->drawsBox()->setValue(5000);
    samples->seedBox()->setValue(42);
    EXPECT_EQ(window.document()->state().samples.n, 5000);
    EXPECT_EQ(window.document()->state().samples.seed, 42);
    window.document()->undoStack()->undo();
    window.analysis()->flush();
    EXPECT_EQ(samples->seedBox()->value(), 1);
    EXPECT_EQ(window.analysis()->samples().front().n, 5000u);
}

TEST_F(CodesAndSamples, TheReadoutGivesTheBitsEachCodeSpent) {
    auto *samples = show<SamplesView>();
    const entropy::SampleRun &run = window.analysis()->samples().front();
    EXPECT_TRUE(samples->readout().contains(QuantityFormat::value(run.bitsPCode)))
        << samples->readout().toStdString();
    EXPECT_TRUE(samples->readout().contains("expected 1.7500 bits"));
    EXPECT_EQ(samples->meansChart()->curves().size(), 2);  // one path, two means
    samples->reset();
    EXPECT_EQ(samples->meansChart()->curves()[0]->count(), 0);
    EXPECT_EQ(samples->readout(), "Press Draw or Animate.");
    samples->animate();
    EXPECT_TRUE(samples->animating());
    QTest::qWait(100);
    const qsizetype partway = samples->meansChart()->curves()[0]->count();
    samples->draw();
    EXPECT_FALSE(samples->animating());
    EXPECT_LT(partway, samples->meansChart()->curves()[0]->count());
}

TEST_F(CodesAndSamples, PathsGetACurveEachAndTheSameSeedTheSameCurve) {
    SampleSettings settings = window.document()->state().samples;
    settings.paths = 5;
    window.document()->setSampleSettings(settings);
    auto *samples = show<SamplesView>();
    samples->draw();
    ASSERT_EQ(samples->evidenceChart()->curves().size(), 5);
    const QList<QPointF> first = samples->evidenceChart()->curves()[0]->points();
    settings.paths = 1;
    window.document()->setSampleSettings(settings);
    window.analysis()->flush();
    EXPECT_EQ(samples->evidenceChart()->curves()[0]->points(), first);
}

TEST_F(CodesAndSamples, ADrawQCallsImpossibleIsMarkedWhereItHappened) {
    window.document()->setValue(Side::Q, 3, 0.0);
    auto *samples = show<SamplesView>();
    samples->draw();
    EXPECT_TRUE(samples->readout().contains("Q calls impossible"))
        << samples->readout().toStdString();
    auto *infinite = qobject_cast<QScatterSeries *>(samples->meansChart()->chart()->series()[0]);
    ASSERT_NE(infinite, nullptr);
    ASSERT_EQ(infinite->count(), 1);
    EXPECT_EQ(infinite->at(0).x(), double(window.analysis()->samples().front().firstInfiniteQ));
}

// The legend names an impossible draw only when there is one, however many events.
TEST_F(CodesAndSamples, TheLegendNamesAnImpossibleDrawOnlyWhenThereIsOne) {
    for (const int n : {4, 1000}) {
        DocumentState state = DocumentState::initial();
        state.setEvents({});
        for (int i = 0; i < n; ++i) {
            state.appendEvent({QString::number(i), 1.0 + i % 7, 1.0 + i % 5});
        }
        window.document()->reset(state);
        auto *samples = show<SamplesView>();
        window.analysis()->finishBackground();
        QCoreApplication::processEvents();
        for (ChartBase *chart : {static_cast<ChartBase *>(samples->meansChart()),
                                 static_cast<ChartBase *>(samples->evidenceChart())}) {
            auto *infinite = qobject_cast<QScatterSeries *>(chart->chart()->series()[0]);
            ASSERT_NE(infinite, nullptr);
            EXPECT_EQ(infinite->count(), 0) << n;
            qsizetype names = 0;
            for (const QStringList &row : chart->legendRows()) {
                EXPECT_FALSE(row.contains(infinite->name())) << n << " events";
                names += row.size();
            }
            // Means: two curves and their limits; evidence: one curve and its slope.
            EXPECT_EQ(names, chart == samples->meansChart() ? 4 : 2) << n;
        }
    }
}

TEST_F(CodesAndSamples, TheHistogramShowsTheSamplesFrequenciesOnceAllAreDrawn) {
    auto *samples = show<SamplesView>();
    samples->draw();
    const entropy::SampleRun &run = window.analysis()->samples().front();
    QBarSet *empirical = samples->histogram()->empiricalSet();
    ASSERT_EQ(empirical->count(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_DOUBLE_EQ(empirical->at(i), double(run.counts[std::size_t(i)]) / double(run.n));
    }
    samples->reset();
    EXPECT_EQ(empirical->at(0), 0.0);
}

namespace {
QValueAxis *valueAxis(QChart *chart, Qt::Orientation orientation) {
    for (QAbstractAxis *axis : chart->axes(orientation)) {
        if (auto *value = qobject_cast<QValueAxis *>(axis); value && value->isVisible()) {
            return value;
        }
    }
    return nullptr;
}

QStringList seriesNames(QChart *chart) {
    QStringList names;
    for (QAbstractSeries *series : chart->series()) {
        names << series->name();
    }
    return names;
}
}  // namespace

TEST_F(CodesAndSamples, WithQEqualToPTheEvidenceAxisIsAUnitHighNotABillionth) {
    DocumentState state = window.document()->state();
    for (auto &event : state.events) {
        event.q = event.p;
    }
    window.document()->reset(state);
    auto *samples = show<SamplesView>();
    samples->draw();
    QValueAxis *axis = valueAxis(samples->evidenceChart()->chart(), Qt::Vertical);
    ASSERT_NE(axis, nullptr);
    EXPECT_GE(axis->max() - axis->min(), 1.0);
    // Ticks at round numbers of a unit: two decimals at most, not eleven.
    EXPECT_TRUE(QStringList({"%.0f", "%.1f", "%.2f"}).contains(axis->labelFormat()))
        << axis->labelFormat().toStdString();
}

TEST_F(CodesAndSamples, TheLimitsAreNamedByTheirSymbolsSoTheLegendHoldsStillWhileDragging) {
    auto *samples = show<SamplesView>();
    samples->draw();
    const QStringList names = seriesNames(samples->meansChart()->chart());
    EXPECT_TRUE(names.contains("H(P,Q)")) << names.join(", ").toStdString();
    EXPECT_TRUE(names.contains("H(P)")) << names.join(", ").toStdString();
    window.document()->setValue(Side::P, 0, 0.3);
    window.analysis()->flush();
    EXPECT_EQ(seriesNames(samples->meansChart()->chart()), names);
    EXPECT_TRUE(seriesNames(samples->evidenceChart()->chart())
                    .contains(QString::fromUtf8("slope D(P\u2016Q) per draw")));

    SampleSettings settings = window.document()->state().samples;
    settings.source = Side::Q;
    window.document()->setSampleSettings(settings);
    window.analysis()->flush();
    const QStringList fromQ = seriesNames(samples->meansChart()->chart());
    EXPECT_TRUE(fromQ.contains("H(Q)") && fromQ.contains("H(Q,P)"))
        << fromQ.join(", ").toStdString();
}

TEST_F(CodesAndSamples, ManyEventsGetAFewRoundEventNumbersAlongTheHistogram) {
    DocumentState state = DocumentState::initial();
    state.setEvents({});
    for (int i = 0; i < 5000; ++i) {
        state.appendEvent({QString::number(i), 1.0 + i % 7, 1.0 + i % 5});
    }
    window.document()->reset(state);
    auto *samples = show<SamplesView>();
    QValueAxis *axis = valueAxis(samples->histogram()->chart(), Qt::Horizontal);
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->labelFormat(), QStringLiteral("%d"));
    EXPECT_EQ(axis->tickType(), QValueAxis::TicksDynamic);
    EXPECT_EQ(axis->tickInterval(), 2000.0);  // 2000, 4000: the last event is 5000
    EXPECT_EQ(axis->max(), 5000.0);
}
