// SPDX-License-Identifier: MIT
#include "export/paintedexports.h"

#include "analysis.h"
#include "charts/codeareadiagram.h"
#include "charts/fitplot.h"
#include "charts/landscapeheatmap.h"
#include "charts/renyicurve.h"
#include "charts/simplexplot.h"
#include "quantityformat.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

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
    const Analysis::Fits &fits = m_analysis->fits();
    const auto base = m_analysis->comparison().base;
    QString text;
    if (fits.tooManyEvents) {
        text =
            QCoreApplication::translate("ExportRenderer", "Fits are computed for up to %1 events.")
                .arg(Analysis::kMaxFitEvents);
    } else {
        text = QCoreApplication::translate("ExportRenderer",
                                           "Forward fit, argmin D(P‖Q): %1.   "
                                           "Reverse fit, argmin D(Q‖P): %2.")
                   .arg(QuantityFormat::fitMinimum(fits.forward.minima.at(0), base),
                        fits.reverse.infinite
                            ? QString(QuantityFormat::kInfinity)
                            : QuantityFormat::fitMinimum(fits.reverse.minima.at(0), base));
    }
    const QRectF area = captionBelow(painter, target, fontScale, text);
    if (fits.tooManyEvents) {
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
    const Analysis::Renyi &renyi = m_analysis->renyi();
    const auto shown = [this](double x) {
        return QuantityFormat::valueWithUnit(x, m_analysis->comparison().base);
    };
    const QString text =
        QCoreApplication::translate("ExportRenderer",
                                    "At α = %1:   Rényi D(P‖Q) = %2,   D(Q‖P) = %3,   H(P) = %4")
            .arg(std::isinf(renyi.alpha) ? QString(QuantityFormat::kInfinity)
                                         : QString::number(renyi.alpha, 'g', 3),
                 shown(renyi.atAlpha.pq), shown(renyi.atAlpha.qp), shown(renyi.atAlpha.entropyP));
    m_renyi->paintOn(painter, captionBelow(painter, target, fontScale, text));
}
