// SPDX-License-Identifier: MIT
#include "charts/simplexplot.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/colormap.h"
#include "charts/contours.h"
#include "charts/fieldimage.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using entropy::kSimplexHeight;

// The corners in drawing order: event 1 at the top, 2 bottom left, 3 bottom right.
const std::array<entropy::PlanePoint, 3> kCorners{
    {{0.5, 0.0}, {0.0, kSimplexHeight}, {1.0, kSimplexHeight}}};

}  // namespace

SimplexPlot::SimplexPlot(Analysis *analysis, Document *document, QWidget *parent)
    : PaintedPlot(analysis, parent), m_document(document) {
    setAccessibleName(tr("The probability simplex with P and Q"));
    setToolTip(tr("Drag P or Q to move it in the simplex"));
    setFocusPolicy(Qt::StrongFocus);
    connect(analysis, &Analysis::updated, this, [this] {
        m_field = QImage();
        m_isolines.reset();
    });
}

SimplexPlot::Frame SimplexPlot::frameFor(const QRectF &target, const QFontMetricsF &metrics) const {
    const double line = metrics.height();
    const QRectF area = target.adjusted(
        line * 2, line * 2.2, -(line * 3 + metrics.horizontalAdvance("≥00000")), -line * 2.2);
    const double scale = std::max(1.0, std::min(area.width(), area.height() / kSimplexHeight));
    const QPointF origin(area.left() + (area.width() - scale) / 2,
                         area.top() + (area.height() - scale * kSimplexHeight) / 2);
    const QRectF bar(origin.x() + scale + line * 1.5, origin.y(), line * 0.7,
                     scale * kSimplexHeight);
    return {origin, scale, bar};
}

QPointF SimplexPlot::screenPoint(const entropy::Point3 &p) const {
    const Frame frame = frameFor(rect(), QFontMetricsF(font()));
    const entropy::PlanePoint at = entropy::simplexPosition(p);
    return frame.map(at.x, at.y);
}

void SimplexPlot::paintOn(QPainter &painter, const QRectF &target) const {
    const Analysis::Simplex &simplex = analysis()->simplex();
    if (simplex.field.columns < 2) {
        return;  // no valid result to draw
    }
    const Frame frame = frameFor(target, QFontMetricsF(painter.font()));
    const auto [low, top] = ColorMap::finiteRange(simplex.field.values, 0.9);
    const double high = std::max(top, 1e-9);
    painter.save();
    paintField(painter, frame, low, high);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintContours(painter, frame, low, high);
    QPolygonF triangle;
    for (const auto &corner : kCorners) {
        triangle << frame.map(corner.x, corner.y);
    }
    painter.setPen(QPen(textColor(), 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(triangle);
    paintInfiniteEdges(painter, frame);
    paintPaths(painter, frame);
    paintPoints(painter, frame);
    paintCorners(painter, frame);
    paintColorBar(painter, frame, low, high);
    painter.restore();
}

void SimplexPlot::paintField(QPainter &painter, const Frame &frame, double low, double high) const {
    if (m_field.isNull() || m_fieldScale != frame.scale) {
        m_field = simplexFieldImage(analysis()->simplex().field, frame.scale, low, high);
        m_fieldScale = frame.scale;
    }
    painter.drawImage(frame.origin, m_field);
}

void SimplexPlot::paintContours(QPainter &painter, const Frame &frame, double low,
                                double high) const {
    const Analysis::Simplex &simplex = analysis()->simplex();
    const QFontMetricsF metrics(painter.font());
    // Labels keep clear of P, Q, the edges and each other.
    std::vector<QPointF> taken;
    for (const auto &point : {simplex.p, simplex.q}) {
        const entropy::PlanePoint at = entropy::simplexPosition(point);
        taken.push_back(frame.map(at.x, at.y));
    }
    const auto clearance = [&](const QPointF &at) {
        const entropy::Point3 x = entropy::simplexPoint(
            {(at.x() - frame.origin.x()) / frame.scale, (at.y() - frame.origin.y()) / frame.scale});
        double best = 2.0 * frame.scale * std::min({x[0], x[1], x[2]});
        for (const QPointF &other : taken) {
            best = std::min(best, QLineF(at, other).length());
        }
        return best;
    };
    // Isolines closer together than the eye can follow near the reference are left out.
    if (!m_isolines) {
        const std::vector<double> levels = Contours::levels(std::max(low, high * 0.01), high);
        auto lines = Contours::isolines(simplex.field, levels);
        m_isolines.emplace();
        for (std::size_t l = 0; l < levels.size(); ++l) {
            m_isolines->push_back({levels[l], std::move(lines[l])});
        }
    }
    for (const auto &[level, segments] : *m_isolines) {
        if (segments.empty()) {
            continue;
        }
        QPainterPath path;
        QPointF label;
        double labelClearance = -1.0;
        for (std::size_t k = 0; k < segments.size(); ++k) {
            const QPointF a = frame.map(segments[k].p1().x(), segments[k].p1().y());
            const QPointF b = frame.map(segments[k].p2().x(), segments[k].p2().y());
            path.moveTo(a);
            path.lineTo(b);
            if (k % 3 == 0) {
                const QPointF middle = (a + b) / 2;
                if (const double c = clearance(middle); c > labelClearance) {
                    labelClearance = c;
                    label = middle;
                }
            }
        }
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.3));
        painter.drawPath(path);
        if (labelClearance < metrics.height()) {
            continue;  // no room for a label that would not cover something
        }
        const QString text = QString::number(level, 'g', 3);
        const QRectF box(label.x() - metrics.horizontalAdvance(text) / 2 - 2,
                         label.y() - metrics.height() / 2, metrics.horizontalAdvance(text) + 4,
                         metrics.height());
        painter.fillRect(box, QColor(255, 255, 255, 210));
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, text);
        taken.push_back(label);
    }
}

void SimplexPlot::paintInfiniteEdges(QPainter &painter, const Frame &frame) const {
    const auto measure = analysis()->state().contours.measure;
    if (measure != entropy::PointMeasure::KLFromReference &&
        measure != entropy::PointMeasure::CrossEntropy) {
        return;  // D(X||R) is infinite on regions (hatched); JS never is
    }
    const entropy::Point3 &reference = analysis()->simplex().reference;
    for (std::size_t i = 0; i < 3; ++i) {
        if (reference[i] <= 0.0) {
            continue;  // X may give event i nothing: that edge is finite
        }
        // The edge where x_i = 0 joins the other two corners.
        const auto &a = kCorners[(i + 1) % 3], &b = kCorners[(i + 2) % 3];
        const QPointF from = frame.map(a.x, a.y), to = frame.map(b.x, b.y);
        painter.setPen(QPen(Appearance::colorInfinite(), 4, Qt::DashLine));
        painter.drawLine(from, to);
        const QPointF middle = (from + to) / 2;
        const QPointF outward = middle - frame.map(0.5, kSimplexHeight * 2 / 3);
        const QPointF label = middle + outward / std::hypot(outward.x(), outward.y()) * 16;
        QFont big = painter.font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        painter.save();
        painter.setFont(big);
        painter.drawText(QRectF(label.x() - 14, label.y() - 14, 28, 28), Qt::AlignCenter,
                         QStringLiteral("∞"));
        painter.restore();
    }
}

void SimplexPlot::paintPaths(QPainter &painter, const Frame &frame) const {
    const Analysis::Simplex &simplex = analysis()->simplex();
    for (const auto *path : {&simplex.mixture, &simplex.geometric}) {
        QPainterPath line;
        for (std::size_t k = 0; k < path->size(); ++k) {
            const entropy::PlanePoint at = entropy::simplexPosition((*path)[k]);
            k == 0 ? line.moveTo(frame.map(at.x, at.y)) : line.lineTo(frame.map(at.x, at.y));
        }
        const Qt::PenStyle style = path == &simplex.mixture ? Qt::SolidLine : Qt::DashLine;
        painter.setPen(QPen(QColor(0, 0, 0, 150), 4.5, style));
        painter.drawPath(line);
        painter.setPen(QPen(Qt::white, 2.2, style));
        painter.drawPath(line);
    }
}

void SimplexPlot::paintPoints(QPainter &painter, const Frame &frame) const {
    const Analysis::Simplex &simplex = analysis()->simplex();
    painter.save();
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    // Sized by the text, so that an export for a slide has markers to match its labels.
    const QFontMetricsF metrics(bold);
    const double radius = std::max(6.0, metrics.height() * 0.55);
    for (const Side side : {Side::Q, Side::P}) {
        const entropy::PlanePoint at =
            entropy::simplexPosition(side == Side::P ? simplex.p : simplex.q);
        const QPointF centre = frame.map(at.x, at.y);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(side == Side::P ? Appearance::colorP() : Appearance::colorQ());
        painter.drawEllipse(centre, radius, radius);
        if (hasFocus() && side == m_keyboardSide) {
            painter.save();
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawEllipse(centre, radius * 1.8, radius * 1.8);
            painter.restore();
        }
        const QSizeF box(metrics.horizontalAdvance(QStringLiteral("WW")), metrics.height());
        const QRectF label(centre + QPointF(radius, -radius - box.height()), box);
        painter.fillRect(label, QColor(255, 255, 255, 220));
        painter.setPen(side == Side::P ? Appearance::colorP() : Appearance::colorQ());
        painter.drawText(label, Qt::AlignCenter, sideName(side));
    }
    painter.restore();
}

void SimplexPlot::paintCorners(QPainter &painter, const Frame &frame) const {
    const Analysis::Simplex &simplex = analysis()->simplex();
    const QStringList labels = analysis()->labels();
    const QString names[3] = {
        simplex.merged ? tr("first: %1").arg(labels.value(0)) : labels.value(0),
        simplex.merged ? tr("second: %1").arg(labels.value(1)) : labels.value(1),
        simplex.merged ? tr("the rest") : labels.value(2, tr("(none)"))};
    const QFontMetricsF metrics(painter.font());
    painter.setPen(textColor());
    const QPointF top = frame.map(0.5, 0.0), left = frame.map(0.0, kSimplexHeight),
                  right = frame.map(1.0, kSimplexHeight);
    const double line = metrics.height();
    painter.drawText(QRectF(top.x() - 150, top.y() - line * 1.6, 300, line * 1.4), Qt::AlignCenter,
                     names[0]);
    painter.drawText(QRectF(left.x() - 150, left.y() + 4, 300, line * 1.4), Qt::AlignCenter,
                     names[1]);
    painter.drawText(QRectF(right.x() - 150, right.y() + 4, 300, line * 1.4), Qt::AlignCenter,
                     names[2]);
}

void SimplexPlot::paintColorBar(QPainter &painter, const Frame &frame, double low,
                                double high) const {
    // A minimum within a thousandth of the range is the reference's own 0, up to the grid.
    const double shown = low < 1e-3 * high ? 0.0 : low;
    ColorMap::paintBar(painter, frame.colorBar, ColorMap::barLabels(shown, high), textColor());
}
