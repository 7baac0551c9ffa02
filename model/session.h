// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/input_error.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Session files: JSON with the events, the unit, the editing options and the view settings.
//   {"format": "entropy-explorer-session", "version": 2, "base": "2",
//    "mode": "proportional", "view": {"pathT": 0.5, "binaryEvent": 0},
//    "samples": {"from": "p", "n": 10000, "seed": 1, "paths": 1},
//    "classifier": {"trueClass": 0, "smoothing": 0, "temperature": 1, "logits": [...]},
//    "events": [{"label": "A", "p": 0.5, "q": 0.25, "lockedP": false, "lockedQ": false}, ...]}
// Only "format", "version" and "events" (each with "p" and "q") are required; "classifier" is
// present only in classifier mode, and then P and Q are derived from it. Version 1 files (no
// "view", no "classifier") are read as they are. Loading never touches the open document: it
// returns a new state or an error naming the file and the place.
namespace session {

inline constexpr auto kFormatName = "entropy-explorer-session";
inline constexpr int kVersion = 2;

[[nodiscard]] entropy::Result<DocumentState> parse(const QByteArray &json, const QString &fileName);
[[nodiscard]] QByteArray serialize(const DocumentState &state);

// A versioned JSON file of ours: its "format" name, the word errors use for it, and the newest
// version this build reads.
struct FileFormat {
    const char *name;  // "entropy-explorer-session"
    const char *kind;  // "session"
    int version;
};
// The top-level object of `json`, once it is valid JSON in `format` with a version from 1 to
// format.version; otherwise an error naming the file.
[[nodiscard]] entropy::Result<QJsonObject> parseHeader(const QByteArray &json,
                                                       const QString &fileName,
                                                       const FileFormat &format);
// The state's keys alone ("base", "mode", "view", "samples", "classifier", "events"), as a session
// holds them at its top level and a lesson step under "state". Errors name `where`.
// `events`, when given, stand in for the object's "events" (a lesson's preset).
[[nodiscard]] entropy::Result<DocumentState> parseState(const QJsonObject &object,
                                                        const QString &where,
                                                        QList<EventRow> events = {});
[[nodiscard]] QJsonObject serializeState(const DocumentState &state);

[[nodiscard]] entropy::Result<DocumentState> load(const QString &path);
// Writes through QSaveFile: the old file stays whole if anything fails. Returns the error.
[[nodiscard]] std::optional<QString> save(const QString &path, const DocumentState &state);

}  // namespace session
