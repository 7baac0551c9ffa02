// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

#include <memory>

class Analysis;
class CodeAreaDiagram;
class Document;
class FitPlot;
class LandscapeHeatmap;
class QPainter;
class RenyiCurve;
class SimplexPlot;

// The exports of the views drawn with QPainter (codes, fit, simplex, Rényi): the same plot
// classes as the window's, in paper colours, each with the line of numbers that goes with it.
class PaintedExports {
public:
    PaintedExports(Analysis *analysis, Document *document);
    ~PaintedExports();

    void paintCodes(QPainter &painter, const QRectF &target, double fontScale);
    void paintFit(QPainter &painter, const QRectF &target, double fontScale);
    void paintSimplex(QPainter &painter, const QRectF &target, double fontScale);
    void paintRenyi(QPainter &painter, const QRectF &target, double fontScale);

private:
    // Sets the font and draws `text` centred in a line at the bottom of `target`; returns the
    // rest of `target`, above the line.
    QRectF captionBelow(QPainter &painter, const QRectF &target, double fontScale,
                        const QString &text) const;

    Analysis *m_analysis;
    std::unique_ptr<CodeAreaDiagram> m_codes;
    std::unique_ptr<FitPlot> m_fit;
    std::unique_ptr<LandscapeHeatmap> m_forwardMap, m_reverseMap;
    std::unique_ptr<SimplexPlot> m_simplex;
    std::unique_ptr<RenyiCurve> m_renyi;
};
