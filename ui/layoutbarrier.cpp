// SPDX-License-Identifier: MIT
#include "layoutbarrier.h"

#include <QEvent>

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
    return m_content->minimumSizeHint();
}

bool LayoutBarrier::hasHeightForWidth() const {
    return m_content->hasHeightForWidth();
}

int LayoutBarrier::heightForWidth(int width) const {
    return m_content->heightForWidth(width);
}

LayoutBarrier::Hints LayoutBarrier::hints() const {
    const QSize preferred =
        hasHeightForWidth() ? QSize(-1, heightForWidth(width())) : m_content->sizeHint();
    return {preferred, minimumSizeHint(), m_content->sizePolicy()};
}

bool LayoutBarrier::event(QEvent *event) {
    if (event->type() == QEvent::LayoutRequest) {
        // The content's request, for a new text or font: passed on only if it changes a hint.
        const Hints now = hints();
        if (!(now == m_passedOn)) {
            m_passedOn = now;
            setSizePolicy(now.policy);
            updateGeometry();
        }
        m_content->setGeometry(rect());
        return true;
    }
    return QWidget::event(event);
}

void LayoutBarrier::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    m_content->setGeometry(rect());
    m_passedOn = hints();
    if (hasHeightForWidth() && height() < m_passedOn.preferred.height()) {
        updateGeometry();  // laid out from a height told for an older text: too short
    }
}
