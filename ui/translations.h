// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Loads the interface language: Entropy Explorer's own strings and Qt's (dialog buttons).
namespace translations {

// The languages with a translation, besides English: {"zh_CN"}.
[[nodiscard]] QStringList available();

// `language` is "en", "zh_CN", or empty for the system's language (English where there is no
// translation). Returns false for a language that is not available. Needs an application.
bool install(const QString &language);
// The language install() put in place: "en" or one of available().
[[nodiscard]] QString current();

}  // namespace translations
