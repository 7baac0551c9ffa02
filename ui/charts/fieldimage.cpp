// SPDX-License-Identifier: MIT
#include "charts/fieldimage.h"

#include "appearance.h"
#include "charts/colormap.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace {

using entropy::kSimplexHeight;

constexpr double kColorDetail = 0.02;

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

// What every row of pixels shares: the field's places, where the pixel columns fall among the
// nodes, and the colours.
struct FieldPixels {
    const entropy::SimplexField &field;
    std::vector<float> places;
    PixelColumns columns;
    double scale, nodesPerPixel;
    int width;
    QRgb hatch, paper;

    // Colours pixel row `py` into `line`, inside the triangle only; `row` is scratch.
    void colourRow(int py, QRgb *line, RowPlaces &row) const {
        const auto &colours = ColorMap::viridisTable();
        const auto lastColour = float(colours.size() - 1);
        const double top = 1.0 - (py + 0.5) / scale / kSimplexHeight;  // the first event's share
        if (top < 0) {
            return;
        }
        const double gy = std::clamp((py + 0.5) * nodesPerPixel, 0.0, double(field.rows - 1));
        const auto r0 = std::size_t(gy);
        row.fill(places, field.columns, r0, std::min(r0 + 1, field.rows - 1),
                 float(gy - double(r0)));
        // Inside the triangle where both other events' probabilities are >= 0 too.
        const int first = std::max(0, int(std::ceil(0.5 * top * scale - 0.5)));
        const int end = std::min(width, int(std::floor((1 - 0.5 * top) * scale - 0.5)) + 1);
        for (int px = first; px < end; ++px) {
            const auto column = std::size_t(px);
            const float place = row.at(columns.node[column], columns.fraction[column]);
            if (std::isinf(place)) {
                line[px] = (px + py) % 8 < 3 ? hatch : paper;  // hatched: infinite here
            } else if (!std::isnan(place)) {
                line[px] = colours[std::size_t(place * lastColour + 0.5f)];
            }
        }
    }
};

// Rows in a band: enough bands to share out among the pool's threads, few enough that each is
// worth a task.
constexpr int kRowsPerBand = 48;

}  // namespace

QImage simplexFieldImage(const entropy::SimplexField &field, double scale, double low,
                         double high) {
    const int width = int(std::ceil(scale)), height = int(std::ceil(scale * kSimplexHeight));
    const double nodesPerPixel = double(field.columns - 1) / scale;
    const FieldPixels pixels{field,
                             colourPlaces(field, low, high),
                             PixelColumns(width, nodesPerPixel, field.columns),
                             scale,
                             nodesPerPixel,
                             width,
                             Appearance::colorInfinite().rgb(),
                             qRgb(250, 235, 245)};
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // Rows are written through one pointer taken here: scanLine() on pool threads would race on
    // the image's own bookkeeping.
    uchar *const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    std::vector<int> bands;
    for (int first = 0; first < height; first += kRowsPerBand) {
        bands.push_back(first);
    }
    QtConcurrent::blockingMap(bands, [&](int first) {
        RowPlaces row;
        for (int py = first; py < std::min(height, first + kRowsPerBand); ++py) {
            pixels.colourRow(py, reinterpret_cast<QRgb *>(bits + py * stride), row);
        }
    });
    return image;
}
