// SPDX-License-Identifier: MIT
#include "charts/colormap.h"

#include <QLinearGradient>
#include <QPainter>

namespace ColorMap {

const std::array<QRgb, 1024> &viridisTable() {
    static const std::array<QRgb, 1024> table = [] {
        std::array<QRgb, 1024> colours{};
        for (std::size_t i = 0; i < colours.size(); ++i) {
            colours[i] = viridis(double(i) / double(colours.size() - 1)).rgb();
        }
        return colours;
    }();
    return table;
}

Range finiteRange(const std::vector<double> &values, double share) {
    std::vector<double> finite;
    finite.reserve(values.size());
    for (const double v : values) {
        if (std::isfinite(v)) {
            finite.push_back(v);
        }
    }
    if (finite.empty()) {
        return {};
    }
    const auto k = std::ptrdiff_t(share * double(finite.size() - 1));
    std::nth_element(finite.begin(), finite.begin() + k, finite.end());
    return {*std::min_element(finite.begin(), finite.end()), finite[std::size_t(k)]};
}

void paintBar(QPainter &painter, const QRectF &bar, const BarLabels &labels, const QColor &text) {
    // One gradient fill, not a pen and a line per pixel row (a tenth of the simplex's repaint).
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    constexpr int kStops = 32;
    for (int i = 0; i <= kStops; ++i) {
        gradient.setColorAt(double(i) / kStops, viridis(double(i) / kStops));
    }
    painter.fillRect(bar, gradient);
    const double line = QFontMetricsF(painter.font()).height();
    painter.setPen(text);
    painter.drawText(QRectF(bar.right() + 4, bar.top(), 200, line), Qt::AlignLeft | Qt::AlignTop,
                     labels.top);
    painter.drawText(QRectF(bar.right() + 4, bar.bottom() - line, 200, line),
                     Qt::AlignLeft | Qt::AlignBottom, labels.bottom);
}

}  // namespace ColorMap
