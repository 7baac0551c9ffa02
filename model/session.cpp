// SPDX-License-Identifier: MIT
#include "session.h"

#include "fileio.h"
#include "sessionsections.h"

#include <entropy/distribution.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace session {
namespace {

using entropy::InputError;

using fileio::fileError;

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
    const struct {
        const char *key;
        double *out;
    } numbers[] = {{"p", &row.p}, {"q", &row.q}};
    for (const auto &[key, out] : numbers) {
        const QJsonValue number = object.value(key);
        if (number.isUndefined()) {
            return fileError(fileName, QStringLiteral("\"%1\" is missing").arg(key), event);
        }
        *out = number.toDouble(-1.0);
        if (!number.isDouble() || !std::isfinite(*out) || *out < 0.0) {
            return fileError(fileName,
                             QStringLiteral("\"%1\" must be a finite number >= 0").arg(key), event);
        }
    }
    const struct {
        const char *key;
        bool *flag;
    } flags[] = {{"lockedP", &row.lockedP}, {"lockedQ", &row.lockedQ}};
    for (const auto &[key, flag] : flags) {
        const QJsonValue given = object.value(key);
        if (!given.isUndefined() && !given.isBool()) {
            return fileError(fileName, QStringLiteral("\"%1\" must be true or false").arg(key),
                             event);
        }
        *flag = given.toBool(false);
    }
    return row;
}

// "events": a non-empty array of at most kMaxEvents rows.
entropy::Result<QList<EventRow>> parseEvents(const QJsonValue &value, const QString &fileName) {
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fileError(fileName,
                         QStringLiteral("\"events\" is missing or not a non-empty array"));
    }
    const QJsonArray array = value.toArray();
    if (std::size_t(array.size()) > entropy::kMaxEvents) {
        return fileError(fileName, QStringLiteral("too many events (%1; at most %2)")
                                       .arg(array.size())
                                       .arg(entropy::kMaxEvents));
    }
    QList<EventRow> events;
    events.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        auto row = parseEvent(array[i], i, fileName);
        if (!row) {
            return row.error();
        }
        events.append(std::move(row).value());
    }
    return events;
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

entropy::Result<DocumentState> parseState(const QJsonObject &root, const QString &fileName,
                                          QList<EventRow> events) {
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

    if (events.isEmpty()) {
        auto parsed = parseEvents(root.value("events"), fileName);
        if (!parsed) {
            return parsed.error();
        }
        events = std::move(parsed).value();
    }
    state.setEvents(events);
    if (auto error = finish(state, fileName)) {
        return *error;
    }
    if (auto error = parseView(root.value("view"), state, fileName)) {
        return *error;
    }
    if (auto error = parseSamples(root.value("samples"), state, fileName)) {
        return *error;
    }
    if (auto error = parseClassifier(root.value("classifier"), state, fileName)) {
        return *error;
    }
    return edits::settle(edits::deriveFromClassifier(std::move(state)));
}

entropy::Result<QJsonObject> parseHeader(const QByteArray &json, const QString &fileName,
                                         const FileFormat &format) {
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
    if (root.value("format").toString() != QLatin1String(format.name)) {
        return fileError(fileName,
                         QStringLiteral("not an Entropy Explorer %1 (\"format\" is "
                                        "not \"%2\")")
                             .arg(QLatin1String(format.kind), QLatin1String(format.name)));
    }
    const QJsonValue version = root.value("version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        return fileError(fileName, QStringLiteral("\"version\" is missing or not a whole number"));
    }
    if (version.toInt() < 1 || version.toInt() > format.version) {
        return fileError(fileName, QStringLiteral("%1 version %2 is not supported (this "
                                                  "version of Entropy Explorer reads versions "
                                                  "1 to %3)")
                                       .arg(QLatin1String(format.kind))
                                       .arg(version.toDouble())
                                       .arg(format.version));
    }
    return root;
}

entropy::Result<DocumentState> parse(const QByteArray &json, const QString &fileName) {
    auto root = parseHeader(json, fileName, {kFormatName, "session", kVersion});
    if (!root) {
        return root.error();
    }
    return parseState(root.value(), fileName);
}

QJsonObject serializeState(const DocumentState &state) {
    QJsonArray events;
    for (const EventRow &row : state.rows()) {
        QJsonObject event{{"label", row.label}, {"p", row.p}, {"q", row.q}};
        if (row.lockedP) {
            event.insert("lockedP", true);
        }
        if (row.lockedQ) {
            event.insert("lockedQ", true);
        }
        events.append(event);
    }
    QJsonObject root{{"base", QString::fromUtf8(entropy::baseLabel(state.base).data())},
                     {"mode", state.mode == EditMode::Weights ? QStringLiteral("weights")
                                                              : QStringLiteral("proportional")},
                     {"view", serializeView(state)},
                     {"samples", QJsonObject{{"from", sideName(state.samples.source).toLower()},
                                             {"n", state.samples.n},
                                             {"seed", double(state.samples.seed)},
                                             {"paths", state.samples.paths}}},
                     {"events", events}};
    if (state.classifier.enabled) {
        const ClassifierState &c = state.classifier;
        QJsonArray logits;
        for (const double logit : c.logits) {
            logits.append(logit);
        }
        root.insert("classifier", QJsonObject{{"trueClass", c.trueClass},
                                              {"smoothing", c.smoothing},
                                              {"temperature", c.temperature},
                                              {"logits", logits}});
    }
    return root;
}

QByteArray serialize(const DocumentState &state) {
    QJsonObject root = serializeState(state);
    root.insert("format", QLatin1String(kFormatName));
    root.insert("version", kVersion);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

entropy::Result<DocumentState> load(const QString &path) {
    return fileio::parseFile(path, parse);
}

std::optional<QString> save(const QString &path, const DocumentState &state) {
    return fileio::writeAtomically(path, serialize(state));
}

}  // namespace session
