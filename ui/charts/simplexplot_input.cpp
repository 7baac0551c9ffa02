// SPDX-License-Identifier: MIT
// SimplexPlot's input: dragging P and Q with the mouse, moving them with the arrow keys, and
// what a screen reader is told about the keys.
#include "analysis.h"
#include "charts/simplexplot.h"
#include "descriptions.h"
#include "document.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

namespace {
constexpr double kGrabRadius = 14.0;  // how near P or Q a press must be to drag it
}  // namespace

entropy::Point3 SimplexPlot::simplexPointAt(const QPointF &position) const {
    const Frame frame = frameFor(rect(), QFontMetricsF(font()));
    const QPointF unit = (position - frame.origin) / frame.scale;
    entropy::Point3 p = entropy::simplexPoint({unit.x(), unit.y()});
    double total = 0.0;
    for (double &x : p) {
        x = std::max(x, 0.0);
        total += x;
    }
    for (double &x : p) {
        x /= total;
    }
    return p;
}

void SimplexPlot::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !analysis()->isValid()) {
        return;
    }
    const Analysis::Simplex &simplex = analysis()->simplex();
    // Q is drawn under P: P wins when they overlap.
    for (const Side side : {Side::P, Side::Q}) {
        const QPointF at = screenPoint(side == Side::P ? simplex.p : simplex.q);
        if (QLineF(at, event->position()).length() <= kGrabRadius) {
            m_dragged = side;
            m_dragId = Document::newDragId();
            return;
        }
    }
}

void SimplexPlot::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragged) {
        m_document->setMergedThree(*m_dragged, simplexPointAt(event->position()), m_dragId);
    }
}

void SimplexPlot::mouseReleaseEvent(QMouseEvent *) {
    m_dragged.reset();
}

QString SimplexPlot::describe() const {
    const QString text = Descriptions::simplex(*analysis());
    return hasFocus() ? tr("The arrow keys move %1; Space switches between P and Q.")
                                .arg(sideName(m_keyboardSide)) +
                            QLatin1Char(' ') + text
                      : text;
}

void SimplexPlot::focusInEvent(QFocusEvent *event) {
    PaintedPlot::focusInEvent(event);
    update();
    updateDescription();
}

void SimplexPlot::focusOutEvent(QFocusEvent *event) {
    PaintedPlot::focusOutEvent(event);
    update();
    updateDescription();
}

void SimplexPlot::keyPressEvent(QKeyEvent *event) {
    if (!analysis()->isValid()) {
        PaintedPlot::keyPressEvent(event);
        return;
    }
    constexpr double kStep = 0.01;  // of the triangle's width
    QPointF move;
    switch (event->key()) {
        case Qt::Key_Left:
            move = {-kStep, 0};
            break;
        case Qt::Key_Right:
            move = {kStep, 0};
            break;
        case Qt::Key_Up:
            move = {0, -kStep};
            break;
        case Qt::Key_Down:
            move = {0, kStep};
            break;
        case Qt::Key_Space:
            m_keyboardSide = otherSide(m_keyboardSide);
            update();
            updateDescription();
            event->accept();
            return;
        default:
            PaintedPlot::keyPressEvent(event);
            return;
    }
    const Analysis::Simplex &simplex = analysis()->simplex();
    const entropy::PlanePoint at =
        entropy::simplexPosition(m_keyboardSide == Side::P ? simplex.p : simplex.q);
    const entropy::Point3 next = entropy::simplexPoint({at.x + move.x(), at.y + move.y()});
    if (std::ranges::any_of(next, [](double x) { return x < 0; })) {
        event->accept();
        return;  // at an edge: the point stays on the triangle
    }
    m_document->setMergedThree(m_keyboardSide, next);
    event->accept();
}
