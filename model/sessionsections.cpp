// SPDX-License-Identifier: MIT
#include "sessionsections.h"

#include "fileio.h"

#include <entropy/sampling.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace session {
namespace {

using entropy::InputError;
using fileio::fileError;

// A limit as people write it: whole numbers in full (1000000, not 1e+06).
QString limitText(double value) {
    return value == std::floor(value) && std::abs(value) < 1e15 ? QString::number(qint64(value))
                                                                : QString::number(value, 'g', 12);
}

// A number at `key` of `object` within [low, high], or an error naming "section.key".
std::optional<InputError> readNumber(const QJsonObject &object, const char *section,
                                     const char *key, double low, double high, double &out,
                                     const QString &fileName) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return std::nullopt;  // keeps the default
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= low && number <= high)) {
        return fileError(fileName, QStringLiteral("\"%1.%2\" must be a number from %3 to %4")
                                       .arg(section, key, limitText(low), limitText(high)));
    }
    out = number;
    return std::nullopt;
}

// "p" or "q" at `key` of `object` (default "p"), as a side, or an error naming "section.key".
std::optional<InputError> readSide(const QJsonObject &object, const char *section, const char *key,
                                   Side &out, const QString &fileName) {
    const QString side = object.value(key).toString(QStringLiteral("p"));
    if (side != QLatin1String("p") && side != QLatin1String("q")) {
        return fileError(fileName,
                         QStringLiteral("\"%1.%2\" must be \"p\" or \"q\"").arg(section, key));
    }
    out = side == QLatin1String("q") ? Side::Q : Side::P;
    return std::nullopt;
}

}  // namespace

namespace {

constexpr std::pair<entropy::PointMeasure, const char *> kMeasureNames[] = {
    {entropy::PointMeasure::KLFromReference, "kl_from_reference"},
    {entropy::PointMeasure::KLToReference, "kl_to_reference"},
    {entropy::PointMeasure::JensenShannon, "js"},
    {entropy::PointMeasure::CrossEntropy, "cross_entropy"},
};

std::optional<InputError> parseWholeEvent(const QJsonObject &view, DocumentState &state,
                                          const QString &fileName) {
    double event = 0.0;
    if (auto error = readNumber(view, "view", "binaryEvent", 0, state.size() - 1, event, fileName);
        error || event != std::floor(event)) {
        return error ? error
                     : fileError(fileName, QStringLiteral("\"view.binaryEvent\" must be a whole "
                                                          "number"));
    }
    state.binaryEvent = int(event);
    return std::nullopt;
}

// "renyiAlpha": a number from 0 to kMaxRenyiAlpha, or "inf".
std::optional<InputError> parseAlpha(const QJsonObject &view, DocumentState &state,
                                     const QString &fileName) {
    if (view.value("renyiAlpha") == QJsonValue(QStringLiteral("inf"))) {
        state.renyiAlpha = std::numeric_limits<double>::infinity();
        return std::nullopt;
    }
    if (view.value("renyiAlpha").isString()) {
        return fileError(fileName, QStringLiteral("\"view.renyiAlpha\" must be a number from 0 "
                                                  "to %1, or \"inf\"")
                                       .arg(kMaxRenyiAlpha));
    }
    return readNumber(view, "view", "renyiAlpha", 0.0, kMaxRenyiAlpha, state.renyiAlpha, fileName);
}

// "simplexReference": "p" or "q"; "simplexMeasure": one of kMeasureNames.
std::optional<InputError> parseContours(const QJsonObject &view, DocumentState &state,
                                        const QString &fileName) {
    if (auto error =
            readSide(view, "view", "simplexReference", state.contours.reference, fileName)) {
        return error;
    }
    const QString measure =
        view.value("simplexMeasure").toString(QLatin1String(kMeasureNames[0].second));
    for (const auto &[value, name] : kMeasureNames) {
        if (measure == QLatin1String(name)) {
            state.contours.measure = value;
            return std::nullopt;
        }
    }
    return fileError(fileName, QStringLiteral("\"view.simplexMeasure\" must be one of "
                                              "kl_from_reference, kl_to_reference, js, "
                                              "cross_entropy"));
}

}  // namespace

// "view": {"pathT", "binaryEvent", "renyiAlpha", "simplexReference", "simplexMeasure"}, each
// optional (version 2).
std::optional<InputError> parseView(const QJsonValue &value, DocumentState &state,
                                    const QString &fileName) {
    if (value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return fileError(fileName, QStringLiteral("\"view\" is not a JSON object"));
    }
    const QJsonObject view = value.toObject();
    if (auto error = readNumber(view, "view", "pathT", 0.0, 1.0, state.pathT, fileName)) {
        return error;
    }
    if (auto error = parseWholeEvent(view, state, fileName)) {
        return error;
    }
    if (auto error = parseAlpha(view, state, fileName)) {
        return error;
    }
    return parseContours(view, state, fileName);
}

QJsonObject serializeView(const DocumentState &state) {
    const char *measure = kMeasureNames[0].second;
    for (const auto &[value, name] : kMeasureNames) {
        measure = value == state.contours.measure ? name : measure;
    }
    return {{"pathT", state.pathT},
            {"binaryEvent", state.binaryEvent},
            {"renyiAlpha", std::isinf(state.renyiAlpha) ? QJsonValue(QStringLiteral("inf"))
                                                        : QJsonValue(state.renyiAlpha)},
            {"simplexReference", sideName(state.contours.reference).toLower()},
            {"simplexMeasure", QLatin1String(measure)}};
}

// "samples": {"from": "p", "n": 10000, "seed": 1, "paths": 1}, each optional (version 2).
std::optional<InputError> parseSamples(const QJsonValue &value, DocumentState &state,
                                       const QString &fileName) {
    if (value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return fileError(fileName, QStringLiteral("\"samples\" is not a JSON object"));
    }
    const QJsonObject samples = value.toObject();
    Side from = Side::P;
    if (auto error = readSide(samples, "samples", "from", from, fileName)) {
        return error;
    }
    double n = state.samples.n, seed = double(state.samples.seed), paths = state.samples.paths;
    for (const auto &[key, low, high, out] :
         {std::tuple{"n", 1.0, double(entropy::kMaxDraws), &n},
          std::tuple{"seed", 0.0, double(SampleSettings::kMaxSeed), &seed},
          std::tuple{"paths", 1.0, double(SampleSettings::kMaxPaths), &paths}}) {
        if (auto error = readNumber(samples, "samples", key, low, high, *out, fileName)) {
            return error;
        }
        if (*out != std::floor(*out)) {
            return fileError(fileName,
                             QStringLiteral("\"samples.%1\" must be a whole number").arg(key));
        }
    }
    state.samples = {from, int(n), qint64(seed), int(paths)};
    return std::nullopt;
}

// "classifier": {"trueClass": 0, "smoothing": 0, "temperature": 1, "logits": [...]}; its
// presence turns classifier mode on, and P and Q are derived from it (version 2).
std::optional<InputError> parseClassifier(const QJsonValue &value, DocumentState &state,
                                          const QString &fileName) {
    if (value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return fileError(fileName, QStringLiteral("\"classifier\" is not a JSON object"));
    }
    const QJsonObject object = value.toObject();
    ClassifierState c;
    c.enabled = true;
    double trueClass = 0.0;
    using Limits = ClassifierState;
    for (const auto &[key, low, high, out] :
         {std::tuple{"trueClass", 0.0, double(state.size() - 1), &trueClass},
          std::tuple{"smoothing", 0.0, Limits::kMaxSmoothing, &c.smoothing},
          std::tuple{"temperature", Limits::kMinTemperature, Limits::kMaxTemperature,
                     &c.temperature}}) {
        if (auto error = readNumber(object, "classifier", key, low, high, *out, fileName)) {
            return error;
        }
    }
    if (trueClass != std::floor(trueClass)) {
        return fileError(fileName,
                         QStringLiteral("\"classifier.trueClass\" must be a whole number"));
    }
    c.trueClass = int(trueClass);
    const QJsonArray logits = object.value("logits").toArray();
    if (!object.value("logits").isArray() || logits.size() != state.events.size()) {
        return fileError(fileName, QStringLiteral("\"classifier.logits\" must be an array with "
                                                  "one number per event (%1)")
                                       .arg(state.size()));
    }
    for (int i = 0; i < logits.size(); ++i) {
        const double logit = logits[i].toDouble(std::nan(""));
        if (!logits[i].isDouble() || std::abs(logit) > Limits::kLogitLimit) {
            return fileError(fileName,
                             QStringLiteral("\"classifier.logits\" must be numbers from %1 to %2")
                                 .arg(-Limits::kLogitLimit)
                                 .arg(Limits::kLogitLimit),
                             std::size_t(i + 1));
        }
        c.logits.append(logit);
    }
    state.classifier = c;
    return std::nullopt;
}

}  // namespace session
