// SPDX-License-Identifier: MIT
#include "lessonsections.h"

#include "lessontask.h"
#include "presettexts.h"
#include "session.h"

#include <entropy/presets.h>

#include <QJsonArray>

#include <cmath>

namespace lesson {
namespace {

using entropy::InputError;

// A preset's events, labelled in the user's language.
QList<EventRow> presetEvents(const entropy::Preset &preset) {
    const entropy::EventTable table = PresetTexts::translatedEvents(preset);
    QList<EventRow> events;
    events.reserve(qsizetype(table.p.size()));
    for (std::size_t i = 0; i < table.p.size(); ++i) {
        events.append({QString::fromStdString(table.labels[i]), table.p[i], table.q[i]});
    }
    return events;
}

// "state": a session's keys, with "preset" standing for the events and "view.tab" the tab.
std::optional<InputError> readState(const QJsonObject &object, LessonStep &step,
                                    const Place &place) {
    if (!object.value("state").isObject()) {
        return place.error(QStringLiteral("\"state\" is missing or not a JSON object"));
    }
    const QJsonObject state = object.value("state").toObject();
    QList<EventRow> events;
    if (state.contains("preset")) {
        const auto preset = entropy::findPreset(state.value("preset").toString().toStdString());
        if (!preset || state.contains("events")) {
            return place.error(preset ? QStringLiteral("\"state\" gives both \"preset\" and "
                                                       "\"events\"; give one")
                                      : QStringLiteral("\"state.preset\" is not a preset (see "
                                                       "entropy-explorer presets)"));
        }
        events = presetEvents(*preset);
    }
    auto parsed = session::parseState(state, place.where(), std::move(events));
    if (!parsed) {
        return parsed.error();
    }
    step.state = std::move(parsed).value();
    const QJsonValue tab = state.value("view").toObject().value("tab");
    if (!tab.isUndefined() && !tabNames().contains(tab.toString())) {
        return place.error(QStringLiteral("\"state.view.tab\" must be one of %1")
                               .arg(tabNames().join(QStringLiteral(", "))));
    }
    step.tab = tab.toString();
    return std::nullopt;
}

std::optional<InputError> readChoices(const QJsonObject &object, Prediction &prediction,
                                      const Place &place) {
    const QJsonArray choices = object.value("choices").toArray();
    for (const QJsonValue &choice : choices) {
        if (!choice.isString() || choice.toString().trimmed().isEmpty()) {
            return place.error(QStringLiteral("\"predict.choices\" must be non-empty strings"));
        }
        prediction.choices.append(choice.toString().trimmed());
    }
    const double answer = object.value("answer").toDouble(-1.0);
    if (prediction.choices.size() < 2 || !object.value("answer").isDouble() || answer < 0 ||
        answer >= double(prediction.choices.size()) || answer != std::floor(answer)) {
        return place.error(
            QStringLiteral("\"predict.answer\" must be the index of one of the "
                           "choices (at least two), 0 for the first"));
    }
    prediction.choice = int(answer);
    return std::nullopt;
}

// A numeric prediction: "answer", "tolerance" (>= 0) and optionally "unit", the step's unit.
std::optional<InputError> readNumericAnswer(const QJsonObject &object, Prediction &prediction,
                                            entropy::LogBase base, const Place &place) {
    for (const auto &[key, out] :
         {std::pair{"answer", &prediction.answer}, std::pair{"tolerance", &prediction.tolerance}}) {
        const QJsonValue value = object.value(key);
        *out = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(*out) || (*out < 0 && key[0] == 't')) {
            return place.error(QStringLiteral("\"predict.%1\" must be a number%2")
                                   .arg(key, key[0] == 't' ? QStringLiteral(" >= 0") : QString()));
        }
    }
    const QString unit = QString::fromUtf8(entropy::unitName(base).data());
    if (object.contains("unit") && object.value("unit").toString() != unit) {
        return place.error(
            QStringLiteral("\"predict.unit\" must be \"%1\", the unit of the step's state")
                .arg(unit));
    }
    return std::nullopt;
}

std::optional<InputError> readPrediction(const QJsonObject &object, LessonStep &step,
                                         const Place &place) {
    if (!object.contains("predict")) {
        return std::nullopt;
    }
    const QJsonObject predict = object.value("predict").toObject();
    if (!object.value("predict").isObject()) {
        return place.error(QStringLiteral("\"predict\" is not a JSON object"));
    }
    Prediction prediction;
    auto question = readText(predict, "question", place, "predict.");
    if (!question) {
        return question.error();
    }
    prediction.question = question.value();
    auto error = predict.contains("choices")
                     ? readChoices(predict, prediction, place)
                     : readNumericAnswer(predict, prediction, step.state.base, place);
    if (error) {
        return error;
    }
    step.predict = prediction;
    return std::nullopt;
}

std::optional<InputError> readTask(const QJsonObject &object, LessonStep &step,
                                   const Place &place) {
    if (!object.contains("task")) {
        return std::nullopt;
    }
    const QJsonObject task = object.value("task").toObject();
    const QJsonArray goal = task.value("goal").toArray();
    if (!object.value("task").isObject() || goal.isEmpty()) {
        return place.error(
            QStringLiteral("\"task.goal\" must be a non-empty list of conditions "
                           "such as \"kl_pq < 0.05\""));
    }
    LessonTask lessonTask;
    for (int i = 0; i < goal.size(); ++i) {
        const auto condition = lessontask::parse(goal[i].toString(), step.state.size());
        if (const auto *reason = std::get_if<QString>(&condition)) {
            return place.error(
                QStringLiteral("\"task.goal\", condition %1: %2").arg(i + 1).arg(*reason));
        }
        lessonTask.goal.append(std::get<TaskCondition>(condition));
    }
    for (const auto &[key, out] :
         {std::pair{"open", &lessonTask.open}, std::pair{"met", &lessonTask.met}}) {
        auto text = readText(task, key, place, "task.");
        if (!text) {
            return text.error();
        }
        *out = text.value();
    }
    step.task = lessonTask;
    return std::nullopt;
}

}  // namespace

entropy::Result<QString> readText(const QJsonObject &object, const char *key, const Place &place,
                                  const char *prefix) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return place.error(QStringLiteral("\"%1%2\" must be a non-empty string").arg(prefix, key));
    }
    return value.toString().trimmed();
}

entropy::Result<LessonStep> readStep(const QJsonValue &value, const Place &place) {
    if (!value.isObject()) {
        return place.error(QStringLiteral("is not a JSON object"));
    }
    const QJsonObject object = value.toObject();
    LessonStep step;
    auto title = readText(object, "title", place);
    if (!title) {
        return title.error();
    }
    step.title = title.value();
    step.text = object.value("text").toString().trimmed();  // may be empty while authoring
    if (object.contains("text") && !object.value("text").isString()) {
        return place.error(QStringLiteral("\"text\" must be a string"));
    }
    if (const auto unsafe = unsafeMarkup(step.text)) {
        return place.error(QStringLiteral("\"text\": %1").arg(*unsafe));
    }
    if (auto error = readState(object, step, place)) {
        return *error;
    }
    step.focus = object.value("focus").toString();
    if (object.contains("focus") && lessonquantity::index(step.focus) < 0) {
        return place.error(QStringLiteral("\"focus\" must be one of %1")
                               .arg(lessonquantity::keys().join(QStringLiteral(", "))));
    }
    if (auto error = readPrediction(object, step, place)) {
        return *error;
    }
    if (auto error = readTask(object, step, place)) {
        return *error;
    }
    return step;
}

QJsonObject writeStep(const LessonStep &step) {
    QJsonObject state = session::serializeState(step.state);
    if (!step.tab.isEmpty()) {
        QJsonObject view = state.value("view").toObject();
        view.insert("tab", step.tab);
        state.insert("view", view);
    }
    QJsonObject object{{"title", step.title}, {"text", step.text}, {"state", state}};
    if (!step.focus.isEmpty()) {
        object.insert("focus", step.focus);
    }
    if (const auto &p = step.predict) {
        QJsonObject predict{{"question", p->question}};
        if (p->isChoice()) {
            predict.insert("choices", QJsonArray::fromStringList(p->choices));
            predict.insert("answer", p->choice);
        } else {
            predict.insert("answer", p->answer);
            predict.insert("tolerance", p->tolerance);
            predict.insert("unit", QString::fromUtf8(entropy::unitName(step.state.base).data()));
        }
        object.insert("predict", predict);
    }
    if (const auto &task = step.task) {
        QStringList goal;
        for (const TaskCondition &condition : task->goal) {
            goal.append(lessontask::format(condition));
        }
        object.insert("task", QJsonObject{{"goal", QJsonArray::fromStringList(goal)},
                                          {"open", task->open},
                                          {"met", task->met}});
    }
    return object;
}

}  // namespace lesson
