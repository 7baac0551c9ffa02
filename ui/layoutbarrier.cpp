// SPDX-License-Identifier: MIT
#include "layoutbarrier.h"

#include <QEvent>
#include <QTimerEvent>

#include <algorithm>

LayoutBarrier::LayoutBarrier(QWidget *content, QWidget *parent)
    : QWidget(parent), m_content(content) {
    m_content->setParent(this);
    setSizePolicy(m_content->sizePolicy());
    m_passedOn = hints();
}

QSize LayoutBarrier::sizeHint() const {
    return m_content->sizeHint();
}

QSize LayoutBarrier::minimumSizeHint() const {
    QSize minimum = m_content->minimumSizeHint();
    if (hasHeightForWidth()) {
        // A splitter or a short window squeezes a box to its minimum height, and a wrapped
        // text given less than its height at its width draws its last lines over the next.
        minimum.setHeight(std::max(minimum.height(), heightForWidth(width())));
    }
    return minimum;
}

bool LayoutBarrier::hasHeightForWidth() const {
    return m_content->hasHeightForWidth();
}

int LayoutBarrier::heightForWidth(int width) const {
    return m_content->heightForWidth(width);
}

QSize LayoutBarrier::preferredSize() const {
    return hasHeightForWidth() ? QSize(-1, heightForWidth(width())) : m_content->sizeHint();
}

LayoutBarrier::Hints LayoutBarrier::hints() const {
    return {preferredSize(), minimumSizeHint(), m_content->sizePolicy()};
}

void LayoutBarrier::passOn(const Hints &hints) {
    m_settle.stop();
    m_passedOn = hints;
    setSizePolicy(hints.policy);
    updateGeometry();
}

bool LayoutBarrier::event(QEvent *event) {
    if (event->type() == QEvent::LayoutRequest) {
        // The content's request, for a new text or font: passed on if it changes a hint.
        if (preferredSize() != m_passedOn.preferred) {
            passOn(hints());
        } else {
            m_settle.start(kSettleMs, this);
        }
        m_content->setGeometry(rect());
        return true;
    }
    if (event->type() == QEvent::Timer &&
        static_cast<QTimerEvent *>(event)->timerId() == m_settle.timerId()) {
        m_settle.stop();
        if (const Hints now = hints(); !(now == m_passedOn)) {
            passOn(now);
        }
        return true;
    }
    return QWidget::event(event);
}

void LayoutBarrier::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    m_content->setGeometry(rect());
    const Hints before = m_passedOn;
    m_passedOn = hints();
    // Laid out from a height told for an older text, too short; or the minimum height, which
    // follows the width, changed.
    if (hasHeightForWidth() &&
        (height() < m_passedOn.preferred.height() || m_passedOn.minimum != before.minimum)) {
        updateGeometry();
    }
}
