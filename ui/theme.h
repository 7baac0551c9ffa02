// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QCoreApplication>

// Light, dark and high-contrast looks for the whole window; the Okabe-Ito colours of P, Q and
// the quantities stay the same in all of them. System follows the desktop's palette. Projector
// is for a room: white, black text and strong grid lines, which survive a washed-out beam.
enum class Theme { System, Light, Dark, HighContrast, Projector };

struct ChartColors {
    QColor background, text, grid, axis;
};

class Themes {
    Q_DECLARE_TR_FUNCTIONS(Themes)

public:
    // Sets the application palette (and remembers the theme for chartColors()).
    static void apply(Theme theme);
    [[nodiscard]] static Theme current();
    [[nodiscard]] static ChartColors chartColors();
    // White paper, for exports whatever the window looks like.
    [[nodiscard]] static ChartColors paperColors();
    [[nodiscard]] static QString name(Theme theme);
    [[nodiscard]] static QString key(Theme theme);  // for settings: "system", "light", ...
    [[nodiscard]] static Theme fromKey(const QString &key);
};
