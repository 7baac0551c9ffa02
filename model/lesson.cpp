// SPDX-License-Identifier: MIT
#include "lesson.h"

#include "fileio.h"
#include "lessonsections.h"
#include "lessontext.h"
#include "quantityformat.h"
#include "quantitylines.h"
#include "session.h"

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

QString answerText(const LessonStep &step) {
    if (!step.predict) {
        return {};
    }
    const Prediction &p = *step.predict;
    const QString unit = QuantityFormat::unitName(step.state.base);
    QString answer = p.isChoice() ? p.choices.value(p.choice)
                                  : QStringLiteral("%1 %2").arg(QString::number(p.answer), unit);
    const int focus = lessonquantity::index(step.focus);
    if (const auto c = lessontask::compare(step.state, step.state.base); c && focus >= 0) {
        const auto quantity = QuantityLines::Quantity(focus);
        answer += QStringLiteral(" (%1 = %2)")
                      .arg(QuantityLines::name(quantity),
                           QuantityFormat::valueWithUnit(QuantityLines::value(*c, quantity),
                                                         step.state.base));
    }
    return answer;
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
    return fileio::parseFile(path, parse);
}

std::optional<QString> save(const QString &path, const Lesson &lesson) {
    return fileio::writeAtomically(path, serialize(lesson));
}

}  // namespace lesson
