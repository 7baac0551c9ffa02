// SPDX-License-Identifier: MIT
#pragma once

#include "charts/paintedplot.h"

#include <QImage>
#include <QLineF>

#include <documentstate.h>
#include <optional>
#include <vector>

class Document;

// The triangle of every distribution over three events, with P and Q as points. It is coloured
// by the document's contour measure between a reference (P or Q) and each point, with labelled
// isolines; where that measure is infinite it is hatched, and an edge on which it is infinite is
// drawn as a dashed line marked ∞. The mixture path from P to Q is solid, the geometric one
// dashed. P and Q can be dragged: one drag is one undo step. By keyboard, the arrow keys move P
// (Space switches to Q and back) a step of 0.01 across the triangle, one undo step per key.
class SimplexPlot : public PaintedPlot {
    Q_OBJECT

public:
    SimplexPlot(Analysis *analysis, Document *document, QWidget *parent = nullptr);

    void paintOn(QPainter &painter, const QRectF &target) const override;

    [[nodiscard]] QSize minimumSizeHint() const override { return {300, 260}; }

    // Where a point of the simplex is drawn in a widget-sized target, and back (clamped onto
    // the triangle).
    [[nodiscard]] QPointF screenPoint(const entropy::Point3 &p) const;
    [[nodiscard]] entropy::Point3 simplexPointAt(const QPointF &position) const;

protected:
    [[nodiscard]] QString describe() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Frame {
        QPointF origin;  // where (x, y) = (0, 0) of the unit triangle's box is drawn
        double scale = 1;
        QRectF colorBar;
        [[nodiscard]] QPointF map(double x, double y) const {
            return origin + QPointF(x * scale, y * scale);
        }
    };
    [[nodiscard]] Frame frameFor(const QRectF &target, const QFontMetricsF &metrics) const;
    void paintField(QPainter &painter, const Frame &frame, double low, double high) const;
    void paintContours(QPainter &painter, const Frame &frame, double low, double high) const;
    void paintInfiniteEdges(QPainter &painter, const Frame &frame) const;
    void paintPaths(QPainter &painter, const Frame &frame) const;
    void paintPoints(QPainter &painter, const Frame &frame) const;
    void paintCorners(QPainter &painter, const Frame &frame) const;
    void paintColorBar(QPainter &painter, const Frame &frame, double low, double high) const;

    Document *m_document;
    // The coloured field at the last scale drawn: repaints without a change reuse it.
    mutable QImage m_field;
    mutable double m_fieldScale = 0.0;
    // The isolines of the last field drawn, level by level, in the field's coordinates.
    struct Isoline {
        double level;
        std::vector<QLineF> segments;
    };
    mutable std::optional<std::vector<Isoline>> m_isolines;
    std::optional<Side> m_dragged;
    Side m_keyboardSide = Side::P;  // the point the arrow keys move
    int m_dragId = 0;
};
