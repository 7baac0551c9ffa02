// SPDX-License-Identifier: MIT
#include "export/exportrenderer.h"

#include "analysis.h"
#include "charts/perevent_charts.h"
#include "charts/samplecharts.h"
#include "charts/summarychart.h"
#include "document.h"
#include "export/paintedexports.h"
#include "fileio.h"
#include "quantityformat.h"
#include "quantitylines.h"
#include "theme.h"

#include <entropy/report.h>

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace {

// Fonts grow with the chart, so that a chart exported large for a slide is not tiny text.
double fontScaleFor(const QSizeF &cell) {
    return std::clamp(cell.height() / 420.0, 1.0, 3.0);
}

// The painted views fill the whole area with one picture: their text grows with it a little
// less than a dashboard cell's.
double paintedFontScale(const QSizeF &area) {
    return std::clamp(0.75 * fontScaleFor(area), 1.0, 3.0);
}

std::vector<std::string> labelsOf(const Analysis &analysis) {
    std::vector<std::string> labels;
    for (const QString &label : analysis.labels()) {
        labels.push_back(label.toStdString());
    }
    return labels;
}

}  // namespace

ExportRenderer::ExportRenderer(const DocumentState &state)
    : m_document(std::make_unique<Document>()) {
    m_document->applyState(state);
    m_analysis = std::make_unique<Analysis>(m_document.get());
    m_charts = {new DistributionChart(m_analysis.get()),
                new SurprisalChart(m_analysis.get()),
                new DivergenceChart(m_analysis.get()),
                new SummaryChart(m_analysis.get()),
                new SampleTraceChart(SampleTraceChart::Kind::Means, m_analysis.get()),
                new SampleTraceChart(SampleTraceChart::Kind::Evidence, m_analysis.get())};
    m_painted = std::make_unique<PaintedExports>(m_analysis.get(), m_document.get());
    for (ChartBase *chart : std::as_const(m_charts)) {
        chart->applyColors(Themes::paperColors());  // paper, whatever the window's theme
    }
}

ExportRenderer::~ExportRenderer() {
    qDeleteAll(m_charts);
}

QString ExportRenderer::error() const {
    return m_analysis->error();
}

void ExportRenderer::paintChart(QPainter &painter, ChartBase *view, const QRectF &target) {
    QChart *chart = view->chart();
    view->setScale(fontScaleFor(target.size()));
    // Lines of many events keep two columns a unit, more when the image is scaled up.
    view->setLineDetail(std::max(2.0, painter.worldTransform().m11()));
    chart->setPos(0, 0);
    chart->resize(target.size());
    view->refresh();
    // Lay the chart out now: it is never shown, so no event loop would do it.
    QCoreApplication::sendPostedEvents();
    chart->layout()->activate();
    view->refresh();  // annotations follow the settled plot area
    chart->scene()->render(&painter, target, QRectF(QPointF(0, 0), target.size()));
}

void ExportRenderer::paintNumbers(QPainter &painter, const QRectF &target, double fontScale) {
    const QList<QuantityLines::Line> lines = QuantityLines::lines(*m_analysis);
    QFont font = QApplication::font();
    font.setPointSizeF(9.0 * fontScale);
    painter.setFont(font);
    painter.setPen(Qt::black);
    // Two columns of lines, each "name   value unit".
    const int rows = int((lines.size() + 1) / 2);
    const double rowHeight = target.height() / rows;
    const double columnWidth = target.width() / 2;
    for (int i = 0; i < lines.size(); ++i) {
        const QRectF cell(target.left() + (i / rows) * columnWidth + 12,
                          target.top() + (i % rows) * rowHeight, columnWidth - 24, rowHeight);
        painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, lines[i].name);
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                         (lines[i].value + " " + lines[i].unit).trimmed());
    }
}

void ExportRenderer::paint(QPainter &painter, const ExportOptions &options) {
    m_analysis->flush();
    QRectF area(QPointF(0, 0), QSizeF(options.size));
    painter.fillRect(area, Qt::white);
    const double fontScale = std::clamp(area.height() / 1000.0, 1.0, 3.0);
    if (!m_analysis->isValid()) {
        painter.setPen(Qt::black);  // a state with no mass: say why rather than draw nothing
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, error());
        return;
    }
    if (!options.title.isEmpty()) {
        QFont font = QApplication::font();
        font.setPointSizeF(14.0 * fontScale);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const double height = QFontMetricsF(font).height() * 1.6;
        painter.drawText(QRectF(area.left(), area.top(), area.width(), height), Qt::AlignCenter,
                         options.title);
        area.setTop(area.top() + height);
    }
    if (options.numbersTable) {
        const double height = std::min(area.height() * 0.3, 6 * 22.0 * fontScale);
        paintNumbers(painter, QRectF(area.left(), area.bottom() - height, area.width(), height),
                     fontScale);
        area.setBottom(area.bottom() - height);
    }
    switch (options.chart) {
        case ChartKind::All:
            break;
        case ChartKind::Codes:
            m_painted->paintCodes(painter, area, fontScale);
            return;
        case ChartKind::Fit:
            m_painted->paintFit(painter, area, paintedFontScale(area.size()));
            return;
        case ChartKind::Simplex:
            m_painted->paintSimplex(painter, area, paintedFontScale(area.size()));
            return;
        case ChartKind::Renyi:
            m_painted->paintRenyi(painter, area, paintedFontScale(area.size()));
            return;
        case ChartKind::Samples: {
            const QSizeF half(area.width(), area.height() / 2);
            paintChart(painter, m_charts[kDashboardCharts], QRectF(area.topLeft(), half));
            paintChart(painter, m_charts[kDashboardCharts + 1],
                       QRectF(area.topLeft() + QPointF(0, half.height()), half));
            return;
        }
        default:
            paintChart(painter, m_charts[int(options.chart)], area);
            return;
    }
    const QSizeF cell(area.width() / 2, area.height() / 2);
    for (int i = 0; i < kDashboardCharts; ++i) {
        paintChart(painter, m_charts[i],
                   QRectF(area.topLeft() + QPointF((i % 2) * cell.width(), (i / 2) * cell.height()),
                          cell));
    }
}

QImage ExportRenderer::image(const ExportOptions &options) {
    const QSize pixels = (QSizeF(options.size) * options.scale).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, options);
    return image;
}

QByteArray ExportRenderer::svg(const ExportOptions &options) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title.isEmpty() ? QStringLiteral("Entropy Explorer")
                                               : options.title);
    generator.setDescription(QStringLiteral("Made with Entropy Explorer"));
    QPainter painter(&generator);
    paint(painter, options);
    painter.end();
    return buffer.data();
}

QByteArray ExportRenderer::pdf(const ExportOptions &options) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        constexpr int kDpi = 96;  // one logical pixel is 1/96 inch, as on screen
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QSizeF(options.size) * 72.0 / kDpi, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.title.isEmpty() ? QStringLiteral("Entropy Explorer")
                                                : options.title);
        writer.setCreator(QStringLiteral("Entropy Explorer"));
        QPainter painter(&writer);
        paint(painter, options);
    }
    return buffer.data();
}

QByteArray ExportRenderer::eventCsv() const {
    m_analysis->flush();
    return QByteArray::fromStdString(
        entropy::formatEventCsv(m_analysis->withEventTerms(), labelsOf(*m_analysis)));
}

QByteArray ExportRenderer::summaryCsv() const {
    m_analysis->flush();
    return QByteArray::fromStdString(entropy::formatSummaryCsv(m_analysis->comparison()));
}

std::optional<QString> ExportRenderer::write(const QString &path, const ExportOptions &options) {
    const auto format = ExportNames::formatForPath(path);
    if (!format) {
        return QCoreApplication::translate("ExportRenderer",
                                           "%1: unknown file type (use .png, .svg, .pdf or .csv)")
            .arg(path);
    }
    if (!error().isEmpty()) {
        return error();
    }
    QByteArray bytes;
    switch (*format) {
        case ExportFormat::Png: {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image(options).save(&buffer, "PNG");
            break;
        }
        case ExportFormat::Svg:
            bytes = svg(options);
            break;
        case ExportFormat::Pdf:
            bytes = pdf(options);
            break;
        case ExportFormat::Csv:
            bytes = eventCsv();
            break;
    }
    return fileio::writeAtomically(path, bytes);
}
