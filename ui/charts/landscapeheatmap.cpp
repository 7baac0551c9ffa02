// SPDX-License-Identifier: MIT
#include "charts/landscapeheatmap.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/colormap.h"
#include "document.h"

#include <QImage>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Fine detail near the minima: the range spans orders of magnitude (narrow bumps far away).
constexpr double kColorDetail = 0.01;

}  // namespace

LandscapeHeatmap::LandscapeHeatmap(entropy::FitDirection direction, Analysis *analysis,
                                   Document *document, QWidget *parent)
    : PaintedPlot(analysis, parent), m_direction(direction), m_document(document) {
    setAccessibleName(direction == entropy::FitDirection::Forward
                          ? tr("Map of D(P‖Q) over the bump's mean and width")
                          : tr("Map of D(Q‖P) over the bump's mean and width"));
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Press or drag to set Q to the bump at that mean and width"));
}

const std::vector<double> &LandscapeHeatmap::values() const {
    const entropy::FitLandscape &landscape = analysis()->fits().landscape;
    return m_direction == entropy::FitDirection::Forward ? landscape.forward : landscape.reverse;
}

const entropy::Fit &LandscapeHeatmap::fit() const {
    const Analysis::Fits &fits = analysis()->fits();
    return m_direction == entropy::FitDirection::Forward ? fits.forward : fits.reverse;
}

QRectF LandscapeHeatmap::mapRect(const QRectF &target, const QFontMetricsF &metrics) const {
    const double line = metrics.height();
    return target.adjusted(metrics.horizontalAdvance("000") + line * 2.2, line * 1.6,
                           -(metrics.horizontalAdvance("≥00000") + line * 1.6), -line * 2.4);
}

QPointF LandscapeHeatmap::pointOf(const QRectF &map, entropy::GaussianParameters theta) const {
    const entropy::FitLandscape &l = analysis()->fits().landscape;
    const double x = (theta.mu - l.muMin) / (l.muMax - l.muMin);
    const double y = std::log(theta.sigma / l.sigmaMin) / std::log(l.sigmaMax / l.sigmaMin);
    return {map.left() + std::clamp(x, 0.0, 1.0) * map.width(),
            map.bottom() - std::clamp(y, 0.0, 1.0) * map.height()};
}

std::optional<entropy::GaussianParameters> LandscapeHeatmap::thetaAt(
    const QPointF &position) const {
    const QRectF map = mapRect(rect(), QFontMetricsF(font()));
    const entropy::FitLandscape &l = analysis()->fits().landscape;
    if (!map.contains(position) || l.columns == 0) {
        return std::nullopt;
    }
    const double x = (position.x() - map.left()) / map.width();
    const double y = (map.bottom() - position.y()) / map.height();
    return entropy::GaussianParameters{l.muMin + x * (l.muMax - l.muMin),
                                       l.sigmaMin * std::pow(l.sigmaMax / l.sigmaMin, y)};
}

void LandscapeHeatmap::paintOn(QPainter &painter, const QRectF &target) const {
    const Analysis::Fits &fits = analysis()->fits();
    if (fits.tooManyEvents) {
        return;  // the view says why
    }
    const QFontMetricsF metrics(painter.font());
    const QRectF map = mapRect(target, metrics);
    const entropy::FitLandscape &l = fits.landscape;
    painter.save();
    painter.setPen(textColor());
    painter.drawText(QRectF(target.left(), target.top(), target.width(), metrics.height() * 1.4),
                     Qt::AlignCenter,
                     m_direction == entropy::FitDirection::Forward
                         ? tr("D(P‖Q) for each bump Q (forward)")
                         : tr("D(Q‖P) for each bump Q (reverse)"));
    if (fit().infinite) {
        painter.fillRect(map, QBrush(Appearance::colorInfinite(), Qt::BDiagPattern));
        painter.setPen(textColor());
        painter.drawText(map.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("∞ for every bump: P is 0 at some event, where a bump never is. "
                            "Smooth P to fit."));
    } else {
        const auto [low, top] = ColorMap::finiteRange(values(), 0.9);
        const double high = std::max(top, low + 1e-9);
        QImage image(int(l.columns), int(l.rows), QImage::Format_RGB32);
        for (std::size_t row = 0; row < l.rows; ++row) {
            for (std::size_t column = 0; column < l.columns; ++column) {
                const double v = values()[row * l.columns + column];
                image.setPixelColor(
                    int(column), int(l.rows - 1 - row),
                    ColorMap::viridis(ColorMap::logPosition(v, low, high, kColorDetail)));
            }
        }
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(map, image);
        paintColorBar(painter, map, low, high);
        paintMinima(painter, map);
    }
    paintAxes(painter, map, metrics);
    painter.restore();
}

void LandscapeHeatmap::paintAxes(QPainter &painter, const QRectF &map,
                                 const QFontMetricsF &metrics) const {
    const entropy::FitLandscape &l = analysis()->fits().landscape;
    const double line = metrics.height();
    painter.setPen(textColor());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(map);
    const int events = int(std::lround(l.muMax + 0.5));
    const int step = std::max(1, int(std::ceil(events / 8.0)));
    for (int x = 0; x < events; x += step) {
        const QPointF at = pointOf(map, {double(x), l.sigmaMin});
        painter.drawLine(at, at + QPointF(0, 3));
        painter.drawText(QRectF(at.x() - 20, map.bottom() + 3, 40, line), Qt::AlignCenter,
                         QString::number(x));
    }
    painter.drawText(QRectF(map.left(), map.bottom() + line, map.width(), line * 1.3),
                     Qt::AlignCenter, tr("mean μ of the bump"));
    for (const double sigma : {0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0}) {
        if (sigma < l.sigmaMin * 0.999 || sigma > l.sigmaMax * 1.001) {
            continue;
        }
        const QPointF at = pointOf(map, {l.muMin, sigma});
        painter.drawLine(at, at - QPointF(3, 0));
        painter.drawText(QRectF(map.left() - line * 3.4, at.y() - line / 2, line * 3.1, line),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(sigma));
    }
    painter.save();
    painter.translate(map.left() - metrics.horizontalAdvance("000") - line * 1.2, map.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-map.height() / 2, -line, map.height(), line), Qt::AlignCenter,
                     tr("width σ"));
    painter.restore();
}

void LandscapeHeatmap::paintColorBar(QPainter &painter, const QRectF &map, double low,
                                     double high) const {
    const double line = QFontMetricsF(painter.font()).height();
    ColorMap::paintBar(painter,
                       QRectF(map.right() + line * 0.5, map.top(), line * 0.7, map.height()),
                       ColorMap::barLabels(low, high), textColor());
}

void LandscapeHeatmap::paintMinima(QPainter &painter, const QRectF &map) const {
    const QColor color = m_direction == entropy::FitDirection::Forward
                             ? Appearance::colorJensenShannon()
                             : Appearance::colorDivergence();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto &minima = fit().minima;
    for (std::size_t k = minima.size(); k-- > 0;) {
        const QPointF at = pointOf(map, minima[k].theta);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(k == 0 ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawEllipse(at, k == 0 ? 6.0 : 5.0, k == 0 ? 6.0 : 5.0);
    }
}

void LandscapeHeatmap::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_dragId = Document::newDragId();
        setQAt(event->position());
    }
}

void LandscapeHeatmap::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton) {
        setQAt(event->position());
    }
}

void LandscapeHeatmap::setQAt(const QPointF &position) {
    if (const auto theta = thetaAt(position)) {
        m_document->setGaussian(Side::Q, *theta,
                                tr("Set Q to the bump μ = %1, σ = %2")
                                    .arg(theta->mu, 0, 'f', 2)
                                    .arg(theta->sigma, 0, 'f', 2),
                                m_dragId);
    }
}
