// SPDX-License-Identifier: MIT
#include "charts/colormap.h"

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

void paintBar(QPainter &painter, const QRectF &bar, const QString &top, const QString &bottom,
              const QColor &text) {
    for (int y = 0; y < int(bar.height()); ++y) {
        painter.setPen(viridis(1.0 - y / bar.height()));
        painter.drawLine(QPointF(bar.left(), bar.top() + y), QPointF(bar.right(), bar.top() + y));
    }
    const double line = QFontMetricsF(painter.font()).height();
    painter.setPen(text);
    painter.drawText(QRectF(bar.right() + 4, bar.top(), 200, line), Qt::AlignLeft | Qt::AlignTop,
                     top);
    painter.drawText(QRectF(bar.right() + 4, bar.bottom() - line, 200, line),
                     Qt::AlignLeft | Qt::AlignBottom, bottom);
}

}  // namespace ColorMap
