// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

// How the two distributions and the quantities look in every chart, theme and export.
// Okabe-Ito colours: distinct for every common form of colour blindness.
namespace Appearance {

inline QColor colorP() {
    return QColor(0x00, 0x72, 0xB2);
}  // blue
inline QColor colorQ() {
    return QColor(0xD5, 0x5E, 0x00);
}  // vermillion
inline QColor colorEntropy() {
    return QColor(0x56, 0xB4, 0xE9);
}  // sky blue
inline QColor colorDivergence() {
    return QColor(0xE6, 0x9F, 0x00);
}  // orange
inline QColor colorJensenShannon() {
    return QColor(0x00, 0x9E, 0x73);
}  // bluish green
inline QColor colorInfinite() {
    return QColor(0xCC, 0x79, 0xA7);
}  // reddish purple

}  // namespace Appearance
