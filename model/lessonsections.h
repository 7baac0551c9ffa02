// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"

#include <entropy/input_error.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A lesson file's steps, read into LessonStep or refused with an error naming the file, the step
// and the key. Used by lesson::parse and lesson::serialize.
namespace lesson {

// Errors inside a step name the file and the step: "lesson.json, step 3: ...".
struct Place {
    QString fileName;
    int step = 0;  // 1-based; 0: the lesson as a whole

    [[nodiscard]] QString where() const {
        return step == 0 ? fileName : QStringLiteral("%1, step %2").arg(fileName).arg(step);
    }
    [[nodiscard]] entropy::InputError error(const QString &reason) const {
        return entropy::InputError{where().toStdString(), 0, reason.toStdString()};
    }
};

// A non-empty string at `key` of `object`, or an error naming the key ("predict.question" with
// the prefix "predict.").
[[nodiscard]] entropy::Result<QString> readText(const QJsonObject &object, const char *key,
                                                const Place &place, const char *prefix = "");
// One step: "title", "text", "state", and the optional "focus", "predict" and "task".
[[nodiscard]] entropy::Result<LessonStep> readStep(const QJsonValue &value, const Place &place);
[[nodiscard]] QJsonObject writeStep(const LessonStep &step);

}  // namespace lesson
