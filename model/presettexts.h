// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/table_import.h>

#include <QStringList>

namespace entropy {
struct Preset;
}

// The presets' titles and explanations in the user's language.
class PresetTexts {
public:
    [[nodiscard]] static QString title(const entropy::Preset &preset);
    [[nodiscard]] static QString explanation(const entropy::Preset &preset);
    // The preset's events with their labels translated ("heads" -> "正面").
    [[nodiscard]] static entropy::EventTable translatedEvents(const entropy::Preset &preset);
    // Every English text this file marks for translation (for the test that keeps it complete).
    [[nodiscard]] static QStringList sourceTexts();
};
