// SPDX-License-Identifier: MIT
#include "focuscycle.h"

#include <QApplication>
#include <QShortcut>
#include <QWidget>

FocusCycle::FocusCycle(QWidget *window, QList<QWidget *> areas) : QObject(window) {
    for (QWidget *area : areas) {
        m_areas.append(area);
    }
    auto *forward = new QShortcut(QKeySequence(Qt::Key_F6), window);
    auto *backward = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), window);
    connect(forward, &QShortcut::activated, this, &FocusCycle::next);
    connect(backward, &QShortcut::activated, this, &FocusCycle::previous);
}

QWidget *FocusCycle::firstFocusable(QWidget *area) {
    for (QWidget *w = area->nextInFocusChain(); w && w != area; w = w->nextInFocusChain()) {
        if (area->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
            w->isEnabled()) {
            return w;
        }
    }
    return area;
}

void FocusCycle::move(int step) {
    const QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas[i] && focus && (m_areas[i] == focus || m_areas[i]->isAncestorOf(focus))) {
            current = i;
        }
    }
    const int count = int(m_areas.size());
    for (int k = 1; k <= count; ++k) {
        const int index =
            ((current < 0 ? (step > 0 ? -1 : 0) : current) + step * k + count * 2) % count;
        QWidget *area = m_areas[index];
        if (area && area->isVisible()) {
            firstFocusable(area)->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}
