// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace {

Theme g_theme = Theme::System;
QPalette g_systemPalette;
bool g_systemPaletteKnown = false;

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Midlight, QColor(0x50, 0x50, 0x55));
    palette.setColor(QPalette::Dark, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

QPalette highContrastPalette() {
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                            QPalette::AlternateBase, QPalette::ToolTipBase}) {
        palette.setColor(role, Qt::black);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::Dark}) {
        palette.setColor(role, Qt::white);
    }
    palette.setColor(QPalette::Highlight, Qt::yellow);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Midlight, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

QPalette lightPalette() {
    return QApplication::style()->standardPalette();
}

QPalette projectorPalette() {
    QPalette palette = lightPalette();
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, Qt::white);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(role, Qt::black);
    }
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

}  // namespace

void Themes::apply(Theme theme) {
    if (!g_systemPaletteKnown) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteKnown = true;
    }
    g_theme = theme;
    switch (theme) {
        case Theme::System:
            QApplication::setPalette(g_systemPalette);
            break;
        case Theme::Light:
            QApplication::setPalette(lightPalette());
            break;
        case Theme::Dark:
            QApplication::setPalette(darkPalette());
            break;
        case Theme::HighContrast:
            QApplication::setPalette(highContrastPalette());
            break;
        case Theme::Projector:
            QApplication::setPalette(projectorPalette());
            break;
    }
}

Theme Themes::current() {
    return g_theme;
}

ChartColors Themes::chartColors() {
    switch (g_theme) {
        case Theme::HighContrast:
            return {Qt::black, Qt::white, QColor(0x70, 0x70, 0x70), Qt::white};
        case Theme::Dark:
            return {QColor(0x1e, 0x1e, 0x20), QColor(0xe8, 0xe8, 0xe8), QColor(0x48, 0x48, 0x4c),
                    QColor(0xb0, 0xb0, 0xb0)};
        case Theme::Projector:
            return {Qt::white, Qt::black, QColor(0xa0, 0xa0, 0xa0), Qt::black};
        case Theme::Light:
            break;
        case Theme::System:
            // Dark desktops have a dark window colour: follow them.
            if (QApplication::palette().color(QPalette::Window).lightness() < 110) {
                return {QApplication::palette().color(QPalette::Base),
                        QApplication::palette().color(QPalette::Text), QColor(0x50, 0x50, 0x50),
                        QColor(0xb0, 0xb0, 0xb0)};
            }
            break;
    }
    return paperColors();
}

ChartColors Themes::paperColors() {
    return {Qt::white, QColor(0x20, 0x20, 0x20), QColor(0xdd, 0xdd, 0xdd),
            QColor(0x60, 0x60, 0x60)};
}

QString Themes::name(Theme theme) {
    switch (theme) {
        case Theme::System:
            return tr("Follow the System");
        case Theme::Light:
            return tr("Light");
        case Theme::Dark:
            return tr("Dark");
        case Theme::HighContrast:
            return tr("High Contrast");
        case Theme::Projector:
            return tr("Projector");
    }
    return {};
}

QString Themes::key(Theme theme) {
    switch (theme) {
        case Theme::System:
            return QStringLiteral("system");
        case Theme::Light:
            return QStringLiteral("light");
        case Theme::Dark:
            return QStringLiteral("dark");
        case Theme::HighContrast:
            return QStringLiteral("high-contrast");
        case Theme::Projector:
            return QStringLiteral("projector");
    }
    return QStringLiteral("system");
}

Theme Themes::fromKey(const QString &key) {
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Projector}) {
        if (key == Themes::key(theme)) {
            return theme;
        }
    }
    return Theme::System;
}
