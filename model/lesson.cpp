// SPDX-License-Identifier: MIT
#include "lesson.h"

#include "fileio.h"
#include "lessontext.h"
#include "presettexts.h"
#include "session.h"

#include <entropy/presets.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

bool Prediction::accepts(double value) const {
    return isChoice() ? value == choice : std::abs(value - answer) <= tolerance;
}

namespace lesson {
namespace {

using entropy::InputError;

// Errors inside a step name the file and the step: "lesson.json, step 3: ...".
struct Place {
    QString fileName;
    int step = 0;  // 1-based; 0: the lesson as a whole

    [[nodiscard]] QString where() const {
        return step == 0 ? fileName : QStringLiteral("%1, step %2").arg(fileName).arg(step);
    }
    [[nodiscard]] InputError error(const QString &reason) const {
        return InputError{where().toStdString(), 0, reason.toStdString()};
    }
};

// A non-empty string at `key` of `object`, or an error naming the key ("predict.question" with
// the prefix "predict.").
entropy::Result<QString> readText(const QJsonObject &object, const char *key, const Place &place,
                                  const char *prefix = "") {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return place.error(QStringLiteral("\"%1%2\" must be a non-empty string").arg(prefix, key));
    }
    return value.toString().trimmed();
}

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

// Every placeholder in every text of every step can be filled in.
std::optional<InputError> checkPlaceholders(const Lesson &lesson, const QString &fileName) {
    const QList<DocumentState> all = states(lesson);
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        QList<std::pair<QString, QString>> texts{{QStringLiteral("text"), step.text}};
        if (step.predict) {
            texts.append({QStringLiteral("predict.question"), step.predict->question});
            for (const QString &choice : step.predict->choices) {
                texts.append({QStringLiteral("predict.choices"), choice});
            }
        }
        if (step.task) {
            texts.append({{QStringLiteral("task.open"), step.task->open},
                          {QStringLiteral("task.met"), step.task->met}});
        }
        for (const auto &[key, text] : texts) {
            if (const auto reason = lessontext::check(text, all, i)) {
                return Place{fileName, i + 1}.error(QStringLiteral("\"%1\": %2").arg(key, *reason));
            }
        }
    }
    return std::nullopt;
}

}  // namespace

QList<DocumentState> states(const Lesson &lesson) {
    QList<DocumentState> all;
    for (const LessonStep &step : lesson.steps) {
        all.append(step.state);
    }
    return all;
}

LessonStep rendered(const Lesson &lesson, int step) {
    const QList<DocumentState> all = states(lesson);
    LessonStep shown = lesson.steps.at(step);
    const auto fill = [&](QString &text) { text = lessontext::render(text, all, step); };
    fill(shown.text);
    if (shown.predict) {
        fill(shown.predict->question);
        std::for_each(shown.predict->choices.begin(), shown.predict->choices.end(), fill);
    }
    if (shown.task) {
        fill(shown.task->open);
        fill(shown.task->met);
    }
    return shown;
}

const QStringList &tabNames() {
    static const QStringList names{"charts",  "formulas", "path",    "two_events", "codes",
                                   "samples", "fit",      "simplex", "renyi"};
    return names;
}

std::optional<QString> unsafeMarkup(const QString &text) {
    static const QRegularExpression tag(QStringLiteral("<\\s*(/?)\\s*([^\\s/>]*)([^>]*)>"));
    static const QStringList allowed{"p",  "b",  "strong", "i",   "em", "ul",
                                     "ol", "li", "sub",    "sup", "br"};
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(2).toLower();
        if (!allowed.contains(name)) {
            return QStringLiteral("the tag <%1> is not allowed (only %2)")
                .arg(name, allowed.join(QStringLiteral(", ")));
        }
        if (!match.captured(3).trimmed().remove('/').isEmpty()) {
            return QStringLiteral("tags take no attributes (<%1%2>)").arg(name, match.captured(3));
        }
    }
    return std::nullopt;
}

entropy::Result<Lesson> parse(const QByteArray &json, const QString &fileName) {
    auto root = session::parseHeader(json, fileName, {kFormatName, "lesson", kVersion});
    if (!root) {
        return root.error();
    }
    const QJsonObject object = root.value();
    const Place place{fileName};
    Lesson lesson;
    auto title = readText(object, "title", place);
    if (!title) {
        return title.error();
    }
    lesson.title = title.value();
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    lesson.language = object.value("language").toString(QStringLiteral("en"));
    if (!language.match(lesson.language).hasMatch()) {
        return place.error(
            QStringLiteral("\"language\" must be a language code such as \"en\" "
                           "or \"zh_CN\""));
    }
    const QJsonArray steps = object.value("steps").toArray();
    if (steps.isEmpty() || steps.size() > kMaxSteps) {
        return place.error(
            QStringLiteral("\"steps\" must be a list of 1 to %1 steps").arg(kMaxSteps));
    }
    for (int i = 0; i < steps.size(); ++i) {
        auto step = readStep(steps[i], Place{fileName, i + 1});
        if (!step) {
            return step.error();
        }
        lesson.steps.append(std::move(step).value());
    }
    if (auto error = checkPlaceholders(lesson, fileName)) {
        return *error;
    }
    return lesson;
}

QByteArray serialize(const Lesson &lesson) {
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps) {
        steps.append(writeStep(step));
    }
    const QJsonObject root{{"format", QLatin1String(kFormatName)},
                           {"version", kVersion},
                           {"title", lesson.title},
                           {"language", lesson.language},
                           {"steps", steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

entropy::Result<Lesson> load(const QString &path) {
    auto bytes = fileio::readBounded(path);
    if (!bytes) {
        return bytes.error();
    }
    return parse(bytes.value(), fileio::displayName(path));
}

std::optional<QString> save(const QString &path, const Lesson &lesson) {
    return fileio::writeAtomically(path, serialize(lesson));
}

}  // namespace lesson
