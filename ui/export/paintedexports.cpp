// SPDX-License-Identifier: MIT
#include "export/paintedexports.h"

#include "analysis.h"
#include "charts/codeareadiagram.h"
#include "charts/fitplot.h"
#include "charts/landscapeheatmap.h"
#include "charts/renyicurve.h"
#include "charts/simplexplot.h"
#include "descriptions.h"
#include "quantityformat.h"

#include <QApplication>
#include <QPainter>


PaintedExports::PaintedExports(Analysis *analysis, Document *document)
    : m_analysis(analysis)
    , m_codes(std::make_unique<CodeAreaDiagram>(analysis))
    , m_fit(std::make_unique<FitPlot>(analysis, document))
    , m_forwardMap(
          std::make_unique<LandscapeHeatmap>(entropy::FitDirection::Forward, analysis, document))
    , m_reverseMap(
          std::make_unique<LandscapeHeatmap>(entropy::FitDirection::Reverse, analysis, document))
    , m_simplex(std::make_unique<SimplexPlot>(analysis, document))
    , m_renyi(std::make_unique<RenyiCurve>(analysis)) {
    for (PaintedPlot *plot :
         std::initializer_list<PaintedPlot *>{m_codes.get(), m_fit.get(), m_forwardMap.get(),
                                              m_reverseMap.get(), m_simplex.get(), m_renyi.get()}) {
        plot->usePaperColors();  // black on white, whatever the window's theme
    }
}

PaintedExports::~PaintedExports() = default;

QRectF PaintedExports::captionBelow(QPainter &painter, const QRectF &target, double fontScale,
                                    const QString &text) const {
    QFont font = QApplication::font();
    font.setPointSizeF(9.0 * fontScale);
    painter.setFont(font);
    const double line = QFontMetricsF(font).height() * 1.8;
    painter.setPen(Qt::black);
    painter.drawText(QRectF(target.left(), target.bottom() - line, target.width(), line),
                     Qt::AlignCenter, text);
    return target.adjusted(0, 0, 0, -line);
}

void PaintedExports::paintCodes(QPainter &painter, const QRectF &target, double fontScale) {
    const auto bits = &QuantityFormat::bits;
    const entropy::CodeComparison &c = m_analysis->codes();
    const QString bounds =
        QCoreApplication::translate("ExportRenderer",
                                    "H(P) = %1 \u2264 L(P; code of P) = %2;   H(P,Q) = %3 \u2264 "
                                    "L(P; Shannon code of Q) = %4;   L(P; Huffman code of Q) = %5")
            .arg(bits(c.entropyPBits), bits(c.expectedLengthPCode), bits(c.crossEntropyPQBits),
                 bits(c.expectedShannonLengthQUnderP), bits(c.expectedLengthQCodeUnderP));
    m_codes->paintOn(painter, captionBelow(painter, target, fontScale, bounds));
}

void PaintedExports::paintFit(QPainter &painter, const QRectF &target, double fontScale) {
    // The same words a screen reader gets for the fit plot.
    const QString text = Descriptions::fits(*m_analysis);
    const bool tooManyEvents = m_analysis->fits().tooManyEvents;
    const QRectF area = captionBelow(painter, target, fontScale, text);
    if (tooManyEvents) {
        return;
    }
    const QRectF top(area.topLeft(), QSizeF(area.width(), area.height() * 0.55));
    const QSizeF half(area.width() / 2, area.height() - top.height());
    m_fit->paintOn(painter, top);
    m_forwardMap->paintOn(painter, QRectF(top.bottomLeft(), half));
    m_reverseMap->paintOn(painter, QRectF(top.bottomLeft() + QPointF(half.width(), 0), half));
}

void PaintedExports::paintSimplex(QPainter &painter, const QRectF &target, double fontScale) {
    const QString caption = QCoreApplication::translate(
        "ExportRenderer",
        "Solid: the mixture path (1−t)P + tQ.   Dashed: the geometric path ∝ P^(1−t) Q^t.   "
        "Hatched or marked ∞: infinite.");
    m_simplex->paintOn(painter, captionBelow(painter, target, fontScale, caption));
}

void PaintedExports::paintRenyi(QPainter &painter, const QRectF &target, double fontScale) {
    m_renyi->paintOn(painter,
                     captionBelow(painter, target, fontScale, Descriptions::renyi(*m_analysis)));
}
