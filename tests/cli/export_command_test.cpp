// SPDX-License-Identifier: MIT
// The `export` command end to end: every format, checked as a reader of the file would.
#include "run_executable.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

class ExportCommand : public ::testing::Test {
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    RunResult exportTo(const QString &file, const QStringList &extra = {}) const {
        return runExplorer(
            QStringList{"export", "--p", "0.6,0.3,0.1", "--q", "0.2,0.3,0.5", "--out", path(file)} +
            extra);
    }

    void expectRefused(const QStringList &arguments, const QString &file,
                       const std::string &messagePart) const {
        const RunResult run = runExplorer(QStringList{"export"} + arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_THAT(run.err.toStdString(), HasSubstr(messagePart));
        EXPECT_FALSE(QFile::exists(file)) << "something was left at " << file.toStdString();
    }

    QTemporaryDir m_dir;
};

// How many pixels in `area` are neither white nor transparent.
int inkedPixels(const QImage &image, const QRect &area) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.alpha() > 0 && (c.red() < 235 || c.green() < 235 || c.blue() < 235);
        }
    }
    return count;
}

}  // namespace

TEST_F(ExportCommand, PngHasTheRequestedSizeAndChartsInEveryQuadrant) {
    const RunResult run = exportTo("dashboard.png", {"--width", "1000", "--height", "700"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QImage image(path("dashboard.png"));
    ASSERT_EQ(image.size(), QSize(1000, 700));
    for (const QRect &quadrant : {QRect(0, 0, 500, 350), QRect(500, 0, 500, 350),
                                  QRect(0, 350, 500, 350), QRect(500, 350, 500, 350)}) {
        EXPECT_GT(inkedPixels(image, quadrant), 5000) << "blank quadrant";
    }
}

TEST_F(ExportCommand, PngScaleMultipliesThePixels) {
    const RunResult run = exportTo(
        "sharp.png", {"--chart", "summary", "--width", "400", "--height", "300", "--scale", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(path("sharp.png")).size(), QSize(800, 600));
}

TEST_F(ExportCommand, SvgIsVectorPathsAndTextWithNoBitmap) {
    ASSERT_EQ(exportTo("chart.svg", {"--chart", "divergence"}).exitCode, 0);
    QFile file(path("chart.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0, texts = 0, images = 0;
    QString allText;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            paths += xml.name() == QLatin1String("path") || xml.name() == QLatin1String("rect") ||
                     xml.name() == QLatin1String("polyline");
            texts += xml.name() == QLatin1String("text");
            images += xml.name() == QLatin1String("image");
        } else if (xml.isCharacters()) {
            allText += xml.text();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(paths, 10);
    EXPECT_GT(texts, 5);
    EXPECT_EQ(images, 0);
    EXPECT_TRUE(allText.contains("KL divergence terms per event"));
}

TEST_F(ExportCommand, PdfIsADocumentWithAPage) {
    ASSERT_EQ(exportTo("chart.pdf", {"--chart", "surprisal"}).exitCode, 0);
    QFile file(path("chart.pdf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/Type /Page"));
    EXPECT_GT(pdf.size(), 2000);
}

TEST_F(ExportCommand, CsvHasAHeaderAndOneRowPerEventWithTheCoresValues) {
    ASSERT_EQ(exportTo("events.csv").exitCode, 0);
    QFile file(path("events.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
    ASSERT_EQ(rows.size(), 4);
    EXPECT_TRUE(rows[0].startsWith("label,p,q,surprisal_p,surprisal_q,kl_pq_term,kl_qp_term"));
    const QList<QByteArray> a = rows[1].trimmed().split(',');
    EXPECT_EQ(a[0], "A");
    EXPECT_DOUBLE_EQ(a[1].toDouble(), 0.6);
    EXPECT_NEAR(a[4].toDouble(), -std::log2(0.2), 1e-15);
    EXPECT_NEAR(a[5].toDouble(), 0.6 * std::log2(0.6 / 0.2), 1e-15);
}

TEST_F(ExportCommand, ReadsASessionFile) {
    QFile session(path("lesson.json"));
    ASSERT_TRUE(session.open(QIODevice::WriteOnly));
    session.write(R"({"format": "entropy-explorer-session", "version": 1, "base": "e",
                      "events": [{"label": "rain", "p": 0.5, "q": 0.25},
                                 {"label": "sun", "p": 0.5, "q": 0.75}]})");
    session.close();
    const RunResult run =
        runExplorer({"export", "--session", path("lesson.json"), "--out", path("lesson.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile csv(path("lesson.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    EXPECT_TRUE(text.contains("\nrain,0.5,0.25,"));
    EXPECT_TRUE(text.contains(QByteArray::number(std::log(2.0), 'g', 17).left(10)));  // nats
}

TEST_F(ExportCommand, ErrorsGiveOneLineExitTwoAndLeaveNoFile) {
    const QStringList pq{"--p", "1,1", "--q", "1,2"};
    expectRefused(pq + QStringList{"--chart", "pie", "--out", path("a.png")}, path("a.png"),
                  "unknown chart 'pie'");
    expectRefused(pq + QStringList{"--out", path("a.gif")}, path("a.gif"), "unknown file type");
    expectRefused(pq, QString(), "missing --out");
    expectRefused(pq + QStringList{"--out", path("no/such/folder/a.png")},
                  path("no/such/folder/a.png"), "Cannot write");
    expectRefused({"--p", "1,x", "--q", "1,2", "--out", path("b.svg")}, path("b.svg"),
                  "P, item 2: 'x' is not a number");
    expectRefused({"--session", path("missing.json"), "--out", path("c.pdf")}, path("c.pdf"),
                  "missing.json: no such file");
    expectRefused(pq + QStringList{"--width", "0", "--out", path("d.png")}, path("d.png"),
                  "--width and --height");
    expectRefused(pq + QStringList{"--session", "x.json", "--out", path("e.png")}, path("e.png"),
                  "give one source");
}

TEST_F(ExportCommand, TheCodesAndSamplesViewsExportAsPngSvgAndPdf) {
    for (const QString chart : {"codes", "samples"}) {
        const RunResult png =
            exportTo(chart + ".png", {"--chart", chart, "--width", "800", "--height", "600"});
        ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
        const QImage image(path(chart + ".png"));
        ASSERT_EQ(image.size(), QSize(800, 600));
        // Drawn in both halves: the diagram's columns, or both sample charts.
        EXPECT_GT(inkedPixels(image, QRect(0, 0, 800, 300)), 3000) << chart.toStdString();
        EXPECT_GT(inkedPixels(image, QRect(0, 300, 800, 300)), 3000) << chart.toStdString();
        ASSERT_EQ(exportTo(chart + ".svg", {"--chart", chart}).exitCode, 0);
        QFile svg(path(chart + ".svg"));
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        EXPECT_TRUE(text.contains("<path")) << chart.toStdString();
        EXPECT_FALSE(text.contains("<image")) << chart.toStdString();
        ASSERT_EQ(exportTo(chart + ".pdf", {"--chart", chart}).exitCode, 0);
        QFile pdf(path(chart + ".pdf"));
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5) == "%PDF-") << chart.toStdString();
    }
}
