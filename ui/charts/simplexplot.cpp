// SPDX-License-Identifier: MIT
#include "charts/simplexplot.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/colormap.h"
#include "charts/contours.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace {

using entropy::kSimplexHeight;

constexpr double kColorDetail = 0.02;

// The corners in drawing order: event 1 at the top, 2 bottom left, 3 bottom right.
const std::array<entropy::PlanePoint, 3> kCorners{
    {{0.5, 0.0}, {0.0, kSimplexHeight}, {1.0, kSimplexHeight}}};

// Each grid node's place on the colour scale: in [0, 1] where the measure is finite, +inf where
// it is infinite, NaN outside the triangle. Pixels interpolate places, so that colouring one
// takes no logarithm.
std::vector<float> colourPlaces(const entropy::SimplexField &field, double low, double high) {
    std::vector<float> places(field.values.size());
    std::ranges::transform(field.values, places.begin(), [&](double v) {
        return std::isfinite(v) ? float(ColorMap::logPosition(v, low, high, kColorDetail))
                                : float(v);
    });
    return places;
}

// The places along one row of pixels, between grid rows r0 and r1 at fraction fy: where both
// nodes above and below are finite, interpolated between them; else the nearer one's, marked.
// A pixel then interpolates across one row only. Filled anew for each row of pixels, into the
// same buffers.
struct RowPlaces {
    std::vector<float> between;  // NaN where a node above or below is not finite
    std::vector<float> slope;    // between[c+1] - between[c]; NaN where either is not finite
    std::vector<float> nearest;

    void fill(const std::vector<float> &places, std::size_t columns, std::size_t r0, std::size_t r1,
              float fy) {
        between.resize(columns);
        slope.resize(columns);
        nearest.resize(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            const float above = places[r0 * columns + c], below = places[r1 * columns + c];
            between[c] = std::isfinite(above + below) ? (1 - fy) * above + fy * below : NAN;
            nearest[c] = fy < 0.5f ? above : below;
        }
        for (std::size_t c = 0; c + 1 < columns; ++c) {
            slope[c] = between[c + 1] - between[c];  // NaN propagates
        }
        slope[columns - 1] = 0.0f;
    }

    // Bilinear between the four nodes around the pixel when all are finite, else the nearest
    // node's place (so that an infinite region keeps a sharp edge). The pixel lies `fx` of the
    // way from node column c0 to the next.
    [[nodiscard]] float at(std::size_t c0, float fx) const {
        const float place = between[c0] + fx * slope[c0];
        if (!std::isnan(place)) {
            return place;
        }
        return nearest[std::min(fx < 0.5f ? c0 : c0 + 1, nearest.size() - 1)];
    }
};

// Where each column of pixels falls between the grid's node columns: the same for every row,
// so worked out once per image, not once per pixel.
struct PixelColumns {
    std::vector<std::uint32_t> node;
    std::vector<float> fraction;

    PixelColumns(int width, double nodesPerPixel, std::size_t columns) {
        for (int px = 0; px < width; ++px) {
            const double gx = std::clamp((px + 0.5) * nodesPerPixel, 0.0, double(columns - 1));
            node.push_back(std::uint32_t(gx));
            fraction.push_back(float(gx - double(node.back())));
        }
    }
};

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
    if (!m_field.isNull() && m_fieldScale == frame.scale) {
        painter.drawImage(frame.origin, m_field);
        return;
    }
    const entropy::SimplexField &field = analysis()->simplex().field;
    const std::vector<float> places = colourPlaces(field, low, high);
    const auto &colours = ColorMap::viridisTable();
    const double last = double(colours.size() - 1);
    const int width = int(std::ceil(frame.scale)),
              height = int(std::ceil(frame.scale * kSimplexHeight));
    const double nodesPerPixel = double(field.columns - 1) / frame.scale;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRgb hatch = Appearance::colorInfinite().rgb(), paper = qRgb(250, 235, 245);
    RowPlaces row;
    const PixelColumns pixelColumns(width, nodesPerPixel, field.columns);
    const auto lastColour = float(last);
    for (int py = 0; py < height; ++py) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(py));
        const double y = (py + 0.5) / frame.scale;
        const double top = 1.0 - y / kSimplexHeight;  // the first event's probability
        const double gy = std::clamp((py + 0.5) * nodesPerPixel, 0.0, double(field.rows - 1));
        const auto r0 = std::size_t(gy);
        row.fill(places, field.columns, r0, std::min(r0 + 1, field.rows - 1),
                 float(gy - double(r0)));
        // Inside the triangle where both other events' probabilities are >= 0 too.
        const int first = std::max(0, int(std::ceil(0.5 * top * frame.scale - 0.5)));
        const int end = std::min(width, int(std::floor((1 - 0.5 * top) * frame.scale - 0.5)) + 1);
        for (int px = first; top >= 0 && px < end; ++px) {
            const auto column = std::size_t(px);
            const float place = row.at(pixelColumns.node[column], pixelColumns.fraction[column]);
            if (std::isinf(place)) {
                line[px] = (px + py) % 8 < 3 ? hatch : paper;  // hatched: infinite here
            } else if (!std::isnan(place)) {
                line[px] = colours[std::size_t(place * lastColour + 0.5f)];
            }
        }
    }
    painter.drawImage(frame.origin, image);
    m_field = image;
    m_fieldScale = frame.scale;
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
        m_isolines.emplace();
        for (const double level : Contours::levels(std::max(low, high * 0.01), high)) {
            m_isolines->push_back({level, Contours::isolines(simplex.field, level)});
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
