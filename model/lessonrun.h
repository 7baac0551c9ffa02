// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"

#include <QObject>

#include <optional>

class Document;

// A lesson in progress: which step is shown, what the class has done in each step (answered or
// revealed the prediction, met the task), and the edits that author a lesson. Showing a step
// puts its state into the document without an undo step; the class edits freely within it, and
// stopping returns the document to the session as it was (Document::enterLesson).
class LessonRun : public QObject {
    Q_OBJECT

public:
    struct StepStatus {
        bool visited = false;
        bool revealed = false;         // the prediction's answer shows
        std::optional<double> answer;  // what the class answered (a choice's index)
        bool taskMet = false;          // the goal holds now
        bool taskEverMet = false;      // it held at some point
    };

    explicit LessonRun(Document *document, QObject *parent = nullptr);

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Lesson &lesson() const { return m_lesson; }
    [[nodiscard]] int current() const { return m_current; }  // -1 before any step
    [[nodiscard]] const LessonStep *currentStep() const;
    // The current step as the class reads it: numbers filled in (lesson::rendered).
    [[nodiscard]] const LessonStep *shownStep() const;
    [[nodiscard]] const StepStatus &status(int step) const { return m_status.at(step); }
    // A step is done once visited with its prediction revealed and its task met at some point.
    [[nodiscard]] bool isDone(int step) const;
    // The current step asks a question whose answer (its focused number) is still hidden.
    [[nodiscard]] bool predictionOpen() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] const QString &path() const { return m_path; }

    // Starts `lesson` at `step` (the session is kept aside); an empty lesson starts authoring.
    void start(Lesson lesson, const QString &path = QString(), int step = 0);
    // Ends the lesson and restores the session as it was.
    void stop();
    bool goTo(int step);
    bool next() { return goTo(m_current + 1); }
    bool previous() { return goTo(m_current - 1); }
    // Puts the current step's state back, undoing the class's edits within it.
    void restartStep();
    // Records the class's answer (a number, or a choice's index) and reveals. Returns whether
    // it was right.
    bool answer(double value);
    void reveal();

    // Authoring: each marks the lesson modified and says so with lessonEdited().
    void setTitle(const QString &title);
    // The document's current state, shown in `tab`, as a new step after the current one.
    void addCurrentState(const QString &title, const QString &tab);
    void removeStep(int step);
    void moveStep(int from, int to);
    void setStepText(int step, const QString &title, const QString &text);
    // Its focus, question and task (the state, title and text stay).
    void setStepDetails(int step, const LessonStep &details);
    // After saving to `path`.
    void markSaved(const QString &path);

signals:
    void activeChanged(bool active);
    void stepChanged(int step);
    // The current step's prediction or task status changed.
    void statusChanged();
    void lessonEdited();

private:
    void evaluateTask();
    void renderCurrent();
    // The current step rendered, then stepChanged: after every move or edit of it.
    void announceStep();
    void edited();

    Document *m_document;
    Lesson m_lesson;
    QList<StepStatus> m_status;
    std::optional<LessonStep> m_shown;  // the current step, rendered
    QString m_path;
    int m_current = -1;
    bool m_active = false;
    bool m_modified = false;
};
