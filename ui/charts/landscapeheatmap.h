// SPDX-License-Identifier: MIT
#pragma once

#include "charts/paintedplot.h"

#include <entropy/fits.h>

#include <optional>

class Document;

// One fit's objective over the bump's (mu, sigma): D(P||Q_theta) or D(Q_theta||P), dark where
// small, on a log colour scale with its bar at the side, sigma on a log axis. The minima are
// marked: the global one filled, other local minima hollow. Pressing or dragging sets Q to the
// bump under the pointer, one undo step per drag. When every bump is infinitely far (P has a
// zero, reverse direction), the map is hatched and says why.
class LandscapeHeatmap : public PaintedPlot {
    Q_OBJECT

public:
    LandscapeHeatmap(entropy::FitDirection direction, Analysis *analysis, Document *document,
                     QWidget *parent = nullptr);

    void paintOn(QPainter &painter, const QRectF &target) const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return {240, 170}; }
    // The bump at a point of the widget, if the point is on the map.
    [[nodiscard]] std::optional<entropy::GaussianParameters> thetaAt(const QPointF &position) const;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QRectF mapRect(const QRectF &target, const QFontMetricsF &metrics) const;
    [[nodiscard]] QPointF pointOf(const QRectF &map, entropy::GaussianParameters theta) const;
    [[nodiscard]] const std::vector<double> &values() const;
    [[nodiscard]] const entropy::Fit &fit() const;
    void paintAxes(QPainter &painter, const QRectF &map, const QFontMetricsF &metrics) const;
    void paintColorBar(QPainter &painter, const QRectF &map, double low, double high) const;
    void paintMinima(QPainter &painter, const QRectF &map) const;
    void setQAt(const QPointF &position);

    entropy::FitDirection m_direction;
    Document *m_document;
    int m_dragId = 0;
};
