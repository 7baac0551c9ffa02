// SPDX-License-Identifier: MIT
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item) {
    m_items.append(item);
}

int FlowLayout::count() const {
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const {
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const {
    QSize size(0, 0);
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            const QSize hint = item->sizeHint();
            size.rwidth() += (size.width() > 0 ? spacingBetween(Qt::Horizontal) : 0) + hint.width();
            size.rheight() = std::max(size.height(), hint.height());
        }
    }
    return size.grownBy(contentsMargins());
}

QSize FlowLayout::minimumSize() const {
    QSize size(0, 0);
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            size = size.expandedTo(item->sizeHint());  // items are placed at their size hints
        }
    }
    return size.grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool place) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = spacingBetween(Qt::Horizontal), down = spacingBetween(Qt::Vertical);
    int x = area.x(), y = area.y(), lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();  // a new line
            y += lineHeight + down;
            lineHeight = 0;
        }
        if (place) {
            item->setGeometry(QRect(QPoint(x, y), hint));
        }
        x += hint.width() + across;
        lineHeight = std::max(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

int FlowLayout::spacingBetween(Qt::Orientation orientation) const {
    const QWidget *owner = parentWidget();
    if (!owner) {
        return 6;  // Qt's usual spacing, until the layout has a widget to ask its style
    }
    const auto metric = orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing
                                                      : QStyle::PM_LayoutVerticalSpacing;
    const int spacing = owner->style()->pixelMetric(metric, nullptr, owner);
    return spacing >= 0 ? spacing
                        : owner->style()->layoutSpacing(QSizePolicy::DefaultType,
                                                        QSizePolicy::DefaultType, orientation);
}
