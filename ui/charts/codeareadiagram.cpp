// SPDX-License-Identifier: MIT
#include "charts/codeareadiagram.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/decimation.h"
#include "charts/groupedbarchart.h"
#include "descriptions.h"
#include "quantityformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// The tallest finite codeword of either code, plus room for ∞ above it.
double topOf(const entropy::CodeComparison &codes) {
    double top = 1.0;
    for (const auto *lengths : {&codes.codeP.lengths, &codes.codeQ.lengths}) {
        for (const double length : *lengths) {
            if (std::isfinite(length)) {
                top = std::max(top, length);
            }
        }
    }
    return top + 1.0;
}

}  // namespace

CodeAreaDiagram::CodeAreaDiagram(Analysis *analysis, QWidget *parent)
    : PaintedPlot(analysis, parent) {
    setAccessibleName(tr("Code lengths as areas"));
}

void CodeAreaDiagram::paintOn(QPainter &painter, const QRectF &target) const {
    const entropy::CodeComparison &codes = analysis()->codes();
    const auto &p = analysis()->p();
    const QFontMetricsF metrics(painter.font());
    const double margin = metrics.height();
    const Header header = headerIn(metrics, target);
    const QRectF plot = header.plot;
    const double top = topOf(codes);
    const auto yOf = [&](double bits) {
        return plot.bottom() - std::min(bits, top) / top * plot.height();
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    painter.drawText(header.captionRect, Qt::AlignLeft | Qt::AlignVCenter, header.caption);
    // Axes: bits up the side, probability along the bottom.
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    const int step = top > 12 ? int(std::ceil(top / 8)) : 1;
    for (int bits = 0; bits < int(top); bits += step) {
        painter.drawText(QRectF(target.left(), yOf(bits) - margin / 2, margin * 2.2, margin),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(bits));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + margin * 1.2, plot.width(), margin),
                     Qt::AlignCenter, tr("events, each as wide as its probability under P"));
    painter.drawText(header.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("codeword length (bits)"));
    // Beyond the per-event charts' limit on bars, each event's top edge alone, a step at its
    // length. Most are then far narrower than a pixel, and are joined at each length where the
    // gap is under one (stroking 65,536 events' steps took most of a repaint).
    const bool columns = int(p.size()) <= GroupedBarChart::kMaxBars;
    double x = plot.left();
    QPainterPath outlineQ;
    HorizontalRuns stepsP(1.0), stepsQ(1.0);
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double width = p[i] * plot.width();
        if (width <= 0.0) {
            continue;  // an event P never draws costs nothing: no column
        }
        const double lengthP = codes.codeP.lengths[i], lengthQ = codes.codeQ.lengths[i];
        const QRectF columnP(x, yOf(lengthP), width, plot.bottom() - yOf(lengthP));
        const QRectF columnQ(x, yOf(lengthQ), width, plot.bottom() - yOf(lengthQ));
        if (columns) {
            QColor fill = Appearance::colorP();
            fill.setAlpha(150);
            painter.fillRect(columnP, fill);
            painter.setPen(QPen(palette().color(QPalette::Base), 1));
            painter.drawLine(columnP.topLeft(), columnP.bottomLeft());
            outlineQ.addRect(columnQ);
            const QString label = analysis()->labels().value(qsizetype(i));
            if (metrics.horizontalAdvance(label) < width - 2) {
                painter.setPen(text);
                painter.drawText(QRectF(x, plot.bottom() + 2, width, margin), Qt::AlignCenter,
                                 label);
            }
        } else {
            stepsP.add(columnP.left(), columnP.right(), columnP.top());
            stepsQ.add(columnQ.left(), columnQ.right(), columnQ.top());
        }
        if (std::isinf(lengthQ) && columns) {
            painter.setPen(Appearance::colorInfinite());
            painter.drawText(QRectF(x, plot.top(), width, margin * 1.2), Qt::AlignCenter,
                             QString(QuantityFormat::kInfinity));
        }
        x += width;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Appearance::colorP(), 2));
    painter.drawLines(stepsP.take());
    painter.setPen(QPen(Appearance::colorQ(), 2.5));
    painter.drawPath(outlineQ);
    painter.drawLines(stepsQ.take());
    painter.restore();
}

CodeAreaDiagram::Header CodeAreaDiagram::headerIn(const QFontMetricsF &metrics,
                                                  const QRectF &target) const {
    const double margin = metrics.height();
    const QString caption = tr("Expected length = area: P's code (filled) and Q's code (outline)");
    const double titleWidth = metrics.horizontalAdvance(tr("codeword length (bits)")) + 4;
    const double captionWidth = metrics.horizontalAdvance(caption) + 4;
    const double left = target.left() + margin * 0.3, right = target.right() - margin;
    const bool ownLine = left + titleWidth + margin + captionWidth > right;
    Header header;
    header.plot =
        target.adjusted(margin * 2.5, margin * (ownLine ? 2.7 : 1.5), -margin, -margin * 2.5);
    header.titleRect = QRectF(left, header.plot.top() - margin * 1.1, titleWidth, margin);
    header.caption = metrics.elidedText(caption, Qt::ElideRight, right - left - 4);
    const double shown = metrics.horizontalAdvance(header.caption);  // ends at `right`
    header.captionRect =
        QRectF(ownLine ? left : right - shown, target.top() + margin * 0.2, shown + 4, margin);
    return header;
}

QString CodeAreaDiagram::describe() const {
    return Descriptions::codes(*analysis());
}
