// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

#include <optional>

// How much a key changes a probability where a chart edits one, as on the event sliders: Up and
// Down 0.01, Page Up and Page Down 0.1. Nothing for any other key.
inline std::optional<double> valueStepForKey(int key) {
    switch (key) {
        case Qt::Key_Up:
            return 0.01;
        case Qt::Key_Down:
            return -0.01;
        case Qt::Key_PageUp:
            return 0.1;
        case Qt::Key_PageDown:
            return -0.1;
        default:
            return std::nullopt;
    }
}
