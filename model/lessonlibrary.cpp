// SPDX-License-Identifier: MIT
// The built-in lessons, compiled in as resources: one JSON file per lesson and language under
// :/lessons/LANGUAGE/NAME.json.
#include "fileio.h"
#include "lesson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lesson {

const QStringList &builtInNames() {
    static const QStringList names{"information", "entropy", "cross-entropy", "asymmetry",
                                   "classification"};
    return names;
}

std::optional<Lesson> builtIn(const QString &name, const QString &language) {
    if (!builtInNames().contains(name)) {
        return std::nullopt;
    }
    for (const QString &folder : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/lessons/%1/%2.json").arg(folder, name));
        if (file.open(QIODevice::ReadOnly)) {
            // The built-in files are checked by the tests; a broken one would be a build error.
            auto lesson = parse(file.readAll(), name + QStringLiteral(".json"));
            return lesson ? std::optional(std::move(lesson).value()) : std::nullopt;
        }
    }
    return std::nullopt;
}

bool isLessonFile(const QString &path) {
    const auto bytes = fileio::readBounded(path);
    return bytes && QJsonDocument::fromJson(bytes.value()).object().value("format") ==
                        QLatin1String(kFormatName);
}

entropy::Result<Lesson> find(const QString &nameOrPath, const QString &language) {
    if (auto lesson = builtIn(nameOrPath, language)) {
        return *lesson;
    }
    if (!QFileInfo::exists(nameOrPath) && !nameOrPath.contains('/') &&
        !nameOrPath.endsWith(QLatin1String(".json"))) {
        return fileio::fileError(nameOrPath,
                                 QStringLiteral("not a built-in lesson (%1) or a lesson file")
                                     .arg(builtInNames().join(QStringLiteral(", "))));
    }
    return load(nameOrPath);
}

}  // namespace lesson
