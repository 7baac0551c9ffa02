// SPDX-License-Identifier: MIT
// GroupedBarChart's keyboard: the focus frame, choosing a bar with Left and Right, and the mark
// around the chosen bar. (The bar sets' own selection marks infinite values, so the chosen bar
// has an outline of its own.)
#include "analysis.h"
#include "charts/groupedbarchart.h"

#include <QBarCategoryAxis>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>

#include <algorithm>

void GroupedBarChart::focusInEvent(QFocusEvent *event) {
    ChartBase::focusInEvent(event);
    // A frame in the theme's highlight colour says where the keys go, in every theme.
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(2);
    QPalette framed = palette();
    framed.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    setPalette(framed);
    if (!m_selected && analysis().isValid() && !m_lines) {
        select(Bar{Side::P, 0});
    }
    placeSelection();
}

void GroupedBarChart::focusOutEvent(QFocusEvent *event) {
    ChartBase::focusOutEvent(event);
    setFrameStyle(QFrame::NoFrame);
    placeSelection();
}

void GroupedBarChart::keyPressEvent(QKeyEvent *event) {
    if (!m_selected || m_lines || !analysis().isValid()) {
        ChartBase::keyPressEvent(event);
        return;
    }
    // Left and Right walk the bars in reading order: A's P, A's Q, B's P, ...
    const int count = 2 * analysis().state().size();
    const int position = 2 * m_selected->event + sideIndex(m_selected->side);
    const auto barAtPosition = [](int k) { return Bar{k % 2 == 0 ? Side::P : Side::Q, k / 2}; };
    if (event->key() == Qt::Key_Left) {
        select(barAtPosition(std::max(position - 1, 0)));
    } else if (event->key() == Qt::Key_Right) {
        select(barAtPosition(std::min(position + 1, count - 1)));
    } else {
        ChartBase::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GroupedBarChart::select(std::optional<Bar> bar) {
    const int events = analysis().isValid() ? analysis().state().size() : 0;
    m_selected = bar && bar->event < events ? bar : std::nullopt;
    placeSelection();
    updateDescription();  // reads the chosen bar first
}

QString GroupedBarChart::selectionText() const {
    if (!m_selected || m_lines || !hasFocus()) {
        return {};
    }
    return tr("Selected: %1.").arg(tooltip(m_selected->side, m_selected->event)) + QLatin1Char(' ');
}

void GroupedBarChart::placeSelection() {
    if (!m_selectionMark) {
        m_selectionMark = new QGraphicsRectItem;
        m_selectionMark->setZValue(10);
        m_selectionMark->setBrush(Qt::NoBrush);
        chart()->scene()->addItem(m_selectionMark);
    }
    const bool shown = m_selected && hasFocus() && !m_lines && m_categoryAxis->count() > 0;
    m_selectionMark->setVisible(shown);
    if (!shown) {
        return;
    }
    // Bars take 0.8 of their category, P in the left half of that and Q in the right.
    const QRectF plot = chart()->plotArea();
    const double width = plot.width() / m_categoryAxis->count();
    const double centre = plot.left() + (m_selected->event + 0.5) * width;
    const double left = m_selected->side == Side::P ? centre - 0.4 * width : centre;
    m_selectionMark->setPen(QPen(palette().color(QPalette::Highlight), 3));
    m_selectionMark->setRect(
        chart()->mapRectToScene(QRectF(left, plot.top(), 0.4 * width, plot.height())));
}
