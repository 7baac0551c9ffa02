// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QWidget>

// Sets what a screen reader reads for `widget` beyond its name and, when it changed, tells the
// accessibility bus, so that Orca announces the new value after an edit.
inline void announceDescription(QWidget *widget, const QString &description) {
    if (description != widget->accessibleDescription()) {
        widget->setAccessibleDescription(description);
        QAccessibleEvent changed(widget, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}
