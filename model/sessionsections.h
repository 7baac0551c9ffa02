// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/input_error.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The optional sections of a version 2 session file, each read into `state` or refused with an
// error naming the file and the key ("view.pathT"). Used by session::parse.
namespace session {

// "view": {"pathT": 0.5, "binaryEvent": 0, "renyiAlpha": 2 (or "inf"),
//           "simplexReference": "p", "simplexMeasure": "kl_from_reference"}
[[nodiscard]] std::optional<entropy::InputError> parseView(const QJsonValue &value,
                                                           DocumentState &state,
                                                           const QString &fileName);
[[nodiscard]] QJsonObject serializeView(const DocumentState &state);
// "samples": {"from": "p", "n": 10000, "seed": 1, "paths": 1}
[[nodiscard]] std::optional<entropy::InputError> parseSamples(const QJsonValue &value,
                                                              DocumentState &state,
                                                              const QString &fileName);
// "classifier": {"trueClass": 0, "smoothing": 0, "temperature": 1, "logits": [...]}
[[nodiscard]] std::optional<entropy::InputError> parseClassifier(const QJsonValue &value,
                                                                 DocumentState &state,
                                                                 const QString &fileName);

}  // namespace session
