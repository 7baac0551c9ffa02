// SPDX-License-Identifier: MIT
#include "charts/renyicurve.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/stablerange.h"
#include "descriptions.h"
#include "quantityformat.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

using Values = Analysis::RenyiPoint;

struct Series {
    double Values::*member;
    QColor color;
    Qt::PenStyle style;
    const char *name;
};

const Series kSeries[] = {
    {&Values::pq, Appearance::colorP(), Qt::SolidLine,
     QT_TRANSLATE_NOOP("RenyiCurve", "Rényi D(P‖Q)")},
    {&Values::qp, Appearance::colorQ(), Qt::SolidLine,
     QT_TRANSLATE_NOOP("RenyiCurve", "Rényi D(Q‖P)")},
    {&Values::entropyP, Appearance::colorEntropy(), Qt::DashLine,
     QT_TRANSLATE_NOOP("RenyiCurve", "Rényi H(P)")},
};

}  // namespace

RenyiCurve::RenyiCurve(Analysis *analysis, QWidget *parent) : PaintedPlot(analysis, parent) {
    setAccessibleName(tr("Rényi divergences and entropy against the order α"));
}

void RenyiCurve::paintOn(QPainter &painter, const QRectF &target) const {
    const Analysis::Renyi &renyi = analysis()->renyi();
    if (!renyi.curves) {
        return;  // no valid result to draw
    }
    const Analysis::RenyiCurves &curves = *renyi.curves;
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    double top = 0.0;
    for (const Values &v : curves.curve) {
        for (const Series &s : kSeries) {
            if (std::isfinite(v.*s.member)) {
                top = std::max(top, v.*s.member);
            }
        }
    }
    top = StableRange::niceCeiling(std::max(top * 1.05, 1e-3));
    // The plot for 0 <= a <= 5, then a gap and a column for a = infinity.
    const QRectF area =
        target.adjusted(metrics.horizontalAdvance("00.00") + line, line * 3.4, -line, -line * 2.6);
    const double infinityWidth = line * 3;
    const QRectF plot(area.topLeft(), QSizeF(area.width() - infinityWidth - line, area.height()));
    const double infinityX = area.right() - infinityWidth / 2;
    const auto xOf = [&](double alpha) {
        return std::isinf(alpha) ? infinityX : plot.left() + alpha / kMaxRenyiAlpha * plot.width();
    };
    const auto yOf = [&](double value) {
        return std::isinf(value) ? plot.top()
                                 : plot.bottom() - std::min(value, top) / top * plot.height();
    };
    painter.save();
    painter.setPen(textColor());
    painter.drawLine(plot.bottomLeft(), QPointF(area.right(), plot.bottom()));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    const double step = StableRange::niceStep(top, 4);
    for (double tick = 0.0; tick <= top * 1.0001; tick += step) {
        painter.drawText(
            QRectF(target.left(), yOf(tick) - line / 2, plot.left() - target.left() - 4, line),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(tick, 'g', 3));
    }
    // The special orders, each with a faint line and its name.
    const std::pair<double, QString> orders[] = {
        {0.0, QStringLiteral("0")}, {0.5, QStringLiteral("½")},     {1.0, tr("1: KL")},
        {2.0, QStringLiteral("2")}, {3.0, QStringLiteral("3")},     {4.0, QStringLiteral("4")},
        {5.0, QStringLiteral("5")}, {INFINITY, QStringLiteral("∞")}};
    for (const auto &[alpha, name] : orders) {
        const double x = xOf(alpha);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(textColor());
        painter.drawText(QRectF(x - line * 2, plot.bottom() + 3, line * 4, line), Qt::AlignCenter,
                         name);
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + line * 1.3, plot.width(), line * 1.2),
                     Qt::AlignCenter, tr("order α"));
    painter.setRenderHint(QPainter::Antialiasing, true);
    double legendX = plot.left();
    for (const Series &s : kSeries) {
        QPainterPath path;
        for (std::size_t i = 0; i < curves.alphas.size(); ++i) {
            const QPointF at(xOf(curves.alphas[i]), yOf(curves.curve[i].*s.member));
            i == 0 ? path.moveTo(at) : path.lineTo(at);
        }
        painter.setPen(QPen(s.color, 2.5, s.style));
        painter.drawPath(path);
        const double atInfinity = curves.atInfinity.*s.member;
        painter.setBrush(s.color);
        painter.drawEllipse(QPointF(infinityX, yOf(atInfinity)), 4, 4);
        painter.setBrush(Qt::NoBrush);
        const QString name = tr(s.name);
        painter.drawLine(QPointF(legendX, target.top() + line * 0.9),
                         QPointF(legendX + line * 1.5, target.top() + line * 0.9));
        painter.setPen(textColor());
        painter.drawText(QRectF(legendX + line * 1.8, target.top() + line * 0.4, 300, line),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        legendX += line * 3 + metrics.horizontalAdvance(name);
    }
    // The document's order.
    const double x = xOf(renyi.alpha);
    painter.setPen(QPen(textColor(), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top() - line * 0.4), QPointF(x, plot.bottom()));
    painter.drawText(QRectF(x - line * 3, plot.top() - line * 1.5, line * 6, line), Qt::AlignCenter,
                     QStringLiteral("α = %1").arg(std::isinf(renyi.alpha)
                                                      ? QStringLiteral("∞")
                                                      : QString::number(renyi.alpha, 'g', 3)));
    painter.restore();
}

QString RenyiCurve::describe() const {
    return Descriptions::renyi(*analysis());
}
