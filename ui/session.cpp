// SPDX-License-Identifier: MIT
#include "session.h"

#include <entropy/distribution.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace session {
namespace {

using entropy::InputError;

InputError fileError(const QString &fileName, const QString &reason, std::size_t event = 0) {
    return InputError{fileName.toStdString(), event, reason.toStdString()};
}

// "line 3, column 14" for a byte offset in `text`.
QString lineAndColumn(const QByteArray &text, qsizetype offset) {
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

entropy::Result<EventRow> parseEvent(const QJsonValue &value, int index, const QString &fileName) {
    const auto event = std::size_t(index + 1);
    if (!value.isObject()) {
        return fileError(fileName, QStringLiteral("is not a JSON object"), event);
    }
    const QJsonObject object = value.toObject();
    EventRow row;
    row.label = object.value("label").toString(defaultLabel(index)).trimmed();
    if (object.contains("label") && !object.value("label").isString()) {
        return fileError(fileName, QStringLiteral("\"label\" must be a string"), event);
    }
    if (row.label.isEmpty()) {
        row.label = defaultLabel(index);
    }
    for (const char *key : {"p", "q"}) {
        const QJsonValue number = object.value(key);
        if (number.isUndefined()) {
            return fileError(fileName, QStringLiteral("\"%1\" is missing").arg(key), event);
        }
        const double v = number.toDouble(-1.0);
        if (!number.isDouble() || !std::isfinite(v) || v < 0.0) {
            return fileError(fileName,
                             QStringLiteral("\"%1\" must be a finite number >= 0").arg(key), event);
        }
        (key[0] == 'p' ? row.p : row.q) = v;
    }
    for (const char *key : {"lockedP", "lockedQ"}) {
        const QJsonValue flag = object.value(key);
        if (!flag.isUndefined() && !flag.isBool()) {
            return fileError(fileName, QStringLiteral("\"%1\" must be true or false").arg(key),
                             event);
        }
        (key[6] == 'P' ? row.lockedP : row.lockedQ) = flag.toBool(false);
    }
    return row;
}

// Normalises each side in proportional mode unless it already sums to 1 (keeping saved values
// bit for bit), and refuses a side with no mass.
std::optional<InputError> finish(DocumentState &state, const QString &fileName) {
    for (const Side side : {Side::P, Side::Q}) {
        const QList<double> values = state.values(side);
        const auto distribution =
            entropy::Distribution::fromWeights(values, side == Side::P ? "P" : "Q");
        if (!distribution) {
            return fileError(fileName, QString::fromStdString(distribution.error().message()));
        }
        double total = 0.0;
        for (const double v : values) {
            total += v;
        }
        if (state.mode == EditMode::Proportional && std::abs(total - 1.0) > 1e-9) {
            for (int i = 0; i < state.size(); ++i) {
                state.events[i].value(side) = distribution.value()[std::size_t(i)];
            }
        }
    }
    return std::nullopt;
}

}  // namespace

entropy::Result<DocumentState> parse(const QByteArray &json, const QString &fileName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fileError(
            fileName, QStringLiteral("not valid JSON (%1 at %2)")
                          .arg(parseError.errorString(), lineAndColumn(json, parseError.offset)));
    }
    if (!document.isObject()) {
        return fileError(fileName, QStringLiteral("the top level is not a JSON object"));
    }
    const QJsonObject root = document.object();
    if (root.value("format").toString() != QLatin1String(kFormatName)) {
        return fileError(fileName, QStringLiteral("not an Entropy Explorer session (\"format\" is "
                                                  "not \"%1\")")
                                       .arg(QLatin1String(kFormatName)));
    }
    const QJsonValue version = root.value("version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        return fileError(fileName, QStringLiteral("\"version\" is missing or not a whole number"));
    }
    if (version.toInt() != kVersion) {
        return fileError(fileName, QStringLiteral("session version %1 is not supported (this "
                                                  "version of Entropy Explorer reads version %2)")
                                       .arg(version.toDouble())
                                       .arg(kVersion));
    }
    DocumentState state;
    const QString base = root.value("base").toString(QStringLiteral("2"));
    const auto logBase = entropy::parseLogBase(base.toStdString());
    if (!logBase || (root.contains("base") && !root.value("base").isString())) {
        return fileError(fileName, QStringLiteral("\"base\" must be \"2\", \"e\" or \"10\""));
    }
    state.base = *logBase;
    const QString mode = root.value("mode").toString(QStringLiteral("proportional"));
    if (mode != QLatin1String("proportional") && mode != QLatin1String("weights")) {
        return fileError(fileName,
                         QStringLiteral("\"mode\" must be \"proportional\" or \"weights\""));
    }
    state.mode = mode == QLatin1String("weights") ? EditMode::Weights : EditMode::Proportional;

    const QJsonValue events = root.value("events");
    if (!events.isArray() || events.toArray().isEmpty()) {
        return fileError(fileName,
                         QStringLiteral("\"events\" is missing or not a non-empty array"));
    }
    const QJsonArray array = events.toArray();
    if (std::size_t(array.size()) > entropy::kMaxEvents) {
        return fileError(fileName, QStringLiteral("too many events (%1; at most %2)")
                                       .arg(array.size())
                                       .arg(entropy::kMaxEvents));
    }
    state.events.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        auto row = parseEvent(array[i], i, fileName);
        if (!row) {
            return row.error();
        }
        state.events.append(std::move(row).value());
    }
    if (auto error = finish(state, fileName)) {
        return *error;
    }
    return state;
}

QByteArray serialize(const DocumentState &state) {
    QJsonArray events;
    for (const EventRow &row : state.events) {
        QJsonObject event{{"label", row.label}, {"p", row.p}, {"q", row.q}};
        if (row.lockedP) {
            event.insert("lockedP", true);
        }
        if (row.lockedQ) {
            event.insert("lockedQ", true);
        }
        events.append(event);
    }
    const QJsonObject root{
        {"format", QLatin1String(kFormatName)},
        {"version", kVersion},
        {"base", QString::fromUtf8(entropy::baseLabel(state.base).data())},
        {"mode", state.mode == EditMode::Weights ? QStringLiteral("weights")
                                                 : QStringLiteral("proportional")},
        {"events", events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

entropy::Result<DocumentState> load(const QString &path) {
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        return fileError(name, QStringLiteral("no such file"));
    }
    if (info.isDir()) {
        return fileError(name, QStringLiteral("is a folder, not a file"));
    }
    if (info.size() > kMaxFileBytes) {
        return fileError(name, QStringLiteral("is %1 MB, larger than a session can be (%2 MB)")
                                   .arg(info.size() >> 20)
                                   .arg(kMaxFileBytes >> 20));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(name, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    }
    return parse(file.read(kMaxFileBytes + 1), name);
}

std::optional<QString> save(const QString &path, const DocumentState &state) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    }
    const QByteArray bytes = serialize(state);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    }
    return std::nullopt;
}

}  // namespace session
