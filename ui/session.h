// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/input_error.h>

#include <QByteArray>
#include <QString>

#include <optional>

// Session files: JSON with the events, the unit and the editing options.
//   {"format": "entropy-explorer-session", "version": 1, "base": "2",
//    "mode": "proportional", "events": [{"label": "A", "p": 0.5, "q": 0.25,
//    "lockedP": false, "lockedQ": false}, ...]}
// Only "format", "version" and "events" (each with "p" and "q") are required. Loading never
// touches the open document: it returns a new state or an error naming the file and the place.
namespace session {

inline constexpr auto kFormatName = "entropy-explorer-session";
inline constexpr int kVersion = 1;
// Larger files are refused before they are read.
inline constexpr qint64 kMaxFileBytes = 64 << 20;

[[nodiscard]] entropy::Result<DocumentState> parse(const QByteArray &json, const QString &fileName);
[[nodiscard]] QByteArray serialize(const DocumentState &state);

[[nodiscard]] entropy::Result<DocumentState> load(const QString &path);
// Writes through QSaveFile: the old file stays whole if anything fails. Returns the error.
[[nodiscard]] std::optional<QString> save(const QString &path, const DocumentState &state);

}  // namespace session
