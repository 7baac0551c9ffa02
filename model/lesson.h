// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"
#include "lessontask.h"

#include <entropy/input_error.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A lesson: a sequence of steps, each a whole window (a document state and the tab shown) with
// words around it. A step can ask the class to predict a number before it shows, and can set a
// task the window checks live. Lesson files are JSON, versioned like sessions:
//   {"format": "entropy-explorer-lesson", "version": 1, "title": "Entropy", "language": "en",
//    "steps": [{"title": "...", "text": "<p>Rich text</p>",
//               "state": {"preset": "fair-die", "view": {"tab": "charts"}, ...session keys},
//               "focus": "kl_pq",
//               "predict": {"question": "...", "choices": ["...", "..."], "answer": 1},
//               "task": {"goal": ["kl_pq < inf", "p unchanged"], "open": "...", "met": "..."}}]}
// A step's "state" holds a session's keys ("events", "base", "mode", "view", "samples",
// "classifier"); "preset": NAME stands for the preset's events.

// A question asked before the focused number shows: multiple choice (`choices` and the index
// of the right one) or numeric (the answer within `tolerance`, in the step's unit).
struct Prediction {
    QString question;
    QStringList choices;  // empty: a numeric answer
    int choice = 0;
    double answer = 0.0;
    double tolerance = 0.0;

    [[nodiscard]] bool isChoice() const { return !choices.isEmpty(); }
    // Whether `value` (a number, or the chosen index for a choice) answers it.
    [[nodiscard]] bool accepts(double value) const;
    bool operator==(const Prediction &) const = default;
};

struct LessonTask {
    QList<TaskCondition> goal;
    QString open;  // shown while the goal is not met
    QString met;   // shown once it is

    bool operator==(const LessonTask &) const = default;
};

struct LessonStep {
    QString title;
    QString text;  // rich text: p, b, strong, i, em, ul, ol, li, sub, sup, br
    DocumentState state;
    QString tab;    // the view shown (see lesson::tabNames); empty: leave it as it is
    QString focus;  // a quantity key (see lessontask.h) or empty
    std::optional<Prediction> predict;
    std::optional<LessonTask> task;

    bool operator==(const LessonStep &) const = default;
};

struct Lesson {
    QString title;
    QString language = QStringLiteral("en");
    QList<LessonStep> steps;

    bool operator==(const Lesson &) const = default;
};

namespace lesson {

inline constexpr auto kFormatName = "entropy-explorer-lesson";
inline constexpr int kVersion = 1;
inline constexpr int kMaxSteps = 200;

// The state of every step, in order: what the texts' placeholders are computed from.
[[nodiscard]] QList<DocumentState> states(const Lesson &lesson);
// Step `step` (0-based) with the placeholders of its texts (text, question, choices, task
// texts) filled in (see lessontext.h): as the class reads it.
[[nodiscard]] LessonStep rendered(const Lesson &lesson, int step);

// The right answer to the step's question as the class is told it: the choice, or the number
// with its unit, followed by the focused quantity as the core computes it for the step's state
// ("Smaller (KL divergence D(Q‖P) = 0.5310 bits)"). Empty without a question.
[[nodiscard]] QString answerText(const LessonStep &step);

// The right-hand tabs a step may show, as lesson files name them ("charts", "formulas", "path",
// "two_events", "codes", "samples", "fit", "simplex", "renyi"), in the window's order.
[[nodiscard]] const QStringList &tabNames();

// Reads and checks a whole lesson; an error names the file, the step and the key
// ("lesson.json, step 3: \"predict.answer\" must be a number").
[[nodiscard]] entropy::Result<Lesson> parse(const QByteArray &json, const QString &fileName);
[[nodiscard]] QByteArray serialize(const Lesson &lesson);
[[nodiscard]] entropy::Result<Lesson> load(const QString &path);
// Through QSaveFile, like sessions. Returns the error.
[[nodiscard]] std::optional<QString> save(const QString &path, const Lesson &lesson);

// Why `text` is not in the rich-text subset lessons allow (a tag outside it), or nothing.
[[nodiscard]] std::optional<QString> unsafeMarkup(const QString &text);

// The built-in lessons ("information", "entropy", "cross-entropy", "asymmetry",
// "classification"), in teaching order, and one of them in `language` (English when there is
// no translation). Nothing for an unknown name.
[[nodiscard]] const QStringList &builtInNames();
[[nodiscard]] std::optional<Lesson> builtIn(const QString &name, const QString &language);
// Whether the file at `path` says it is a lesson (its "format"), so that File > Open can take
// sessions and lessons alike.
[[nodiscard]] bool isLessonFile(const QString &path);
// A built-in lesson's name, or a file's path: the lesson, or why not.
[[nodiscard]] entropy::Result<Lesson> find(const QString &nameOrPath, const QString &language);

}  // namespace lesson
