// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"
#include "export/exportoptions.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <memory>
#include <optional>

class Analysis;
class ChartBase;
class Document;
class PaintedExports;
class QPainter;

// Draws charts and views for a document state onto any paint device: the one rendering path for the
// window's exports, the clipboard and the `export` command. It builds its own chart objects
// (the same classes as the window's) and never shows them.
class ExportRenderer {
public:
    explicit ExportRenderer(const DocumentState &state);
    ~ExportRenderer();
    ExportRenderer(const ExportRenderer &) = delete;
    ExportRenderer &operator=(const ExportRenderer &) = delete;

    // Why the state cannot be drawn (a distribution with no mass), or empty.
    [[nodiscard]] QString error() const;

    // Paints into the rectangle (0, 0, options.size) of the painter's device.
    void paint(QPainter &painter, const ExportOptions &options);

    [[nodiscard]] QImage image(const ExportOptions &options);
    [[nodiscard]] QByteArray svg(const ExportOptions &options);
    [[nodiscard]] QByteArray pdf(const ExportOptions &options);
    // The per-event table: label, p, q, surprisals, KL and cross-entropy terms.
    [[nodiscard]] QByteArray eventCsv() const;
    [[nodiscard]] QByteArray summaryCsv() const;

    // Writes `path` in the format its extension names, whole or not at all. Returns the error.
    [[nodiscard]] std::optional<QString> write(const QString &path, const ExportOptions &options);

private:
    void paintChart(QPainter &painter, ChartBase *chart, const QRectF &target);
    void paintNumbers(QPainter &painter, const QRectF &target, double fontScale);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<Analysis> m_analysis;
    QList<ChartBase *> m_charts;  // the dashboard's four, then the two sample charts
    std::unique_ptr<PaintedExports> m_painted;
};
