// SPDX-License-Identifier: MIT
#include "lessonrun.h"

#include "document.h"

LessonRun::LessonRun(Document *document, QObject *parent) : QObject(parent), m_document(document) {
    connect(document, &Document::changed, this, &LessonRun::evaluateTask);
    // Opening a session ends a lesson from outside (Document::reset).
    connect(document, &Document::lessonChanged, this, [this](bool inLesson) {
        if (!inLesson && m_active) {
            m_active = false;
            m_current = -1;
            emit activeChanged(false);
        }
    });
}

const LessonStep *LessonRun::currentStep() const {
    return m_current >= 0 && m_current < m_lesson.steps.size() ? &m_lesson.steps[m_current]
                                                               : nullptr;
}

const LessonStep *LessonRun::shownStep() const {
    return currentStep() && m_shown ? &*m_shown : nullptr;
}

bool LessonRun::isDone(int step) const {
    const LessonStep &s = m_lesson.steps.at(step);
    const StepStatus &status = m_status.at(step);
    return status.visited && (!s.predict || status.revealed) && (!s.task || status.taskEverMet);
}

bool LessonRun::predictionOpen() const {
    const LessonStep *step = currentStep();
    return step && step->predict && !m_status[m_current].revealed;
}

void LessonRun::start(Lesson lesson, const QString &path, int step) {
    m_lesson = std::move(lesson);
    m_status = QList<StepStatus>(m_lesson.steps.size());
    m_path = path;
    m_modified = false;
    m_current = -1;
    m_document->enterLesson();
    m_active = true;
    emit activeChanged(true);
    if (!goTo(step)) {
        announceStep();
    }
}

void LessonRun::stop() {
    if (!m_active) {
        return;
    }
    m_active = false;
    m_current = -1;
    m_document->leaveLesson();
    emit activeChanged(false);
}

bool LessonRun::goTo(int step) {
    if (!m_active || step < 0 || step >= m_lesson.steps.size()) {
        return false;
    }
    m_current = step;
    m_status[step].visited = true;
    m_document->showLessonState(m_lesson.steps[step].state);
    announceStep();
    evaluateTask();
    return true;
}

void LessonRun::restartStep() {
    if (const LessonStep *step = currentStep()) {
        m_document->showLessonState(step->state);
        announceStep();
    }
}

bool LessonRun::answer(double value) {
    const LessonStep *step = currentStep();
    if (!step || !step->predict) {
        return false;
    }
    m_status[m_current].answer = value;
    reveal();
    return step->predict->accepts(value);
}

void LessonRun::reveal() {
    if (currentStep() && !m_status[m_current].revealed) {
        m_status[m_current].revealed = true;
        emit statusChanged();
    }
}

void LessonRun::renderCurrent() {
    m_shown = currentStep() ? std::optional(lesson::rendered(m_lesson, m_current)) : std::nullopt;
}

void LessonRun::announceStep() {
    renderCurrent();
    emit stepChanged(m_current);
}

void LessonRun::evaluateTask() {
    const LessonStep *step = currentStep();
    if (!step || !step->task) {
        return;
    }
    StepStatus &status = m_status[m_current];
    const bool met = lessontask::allMet(step->task->goal, step->state, m_document->state());
    if (met != status.taskMet) {
        status.taskMet = met;
        status.taskEverMet = status.taskEverMet || met;
        emit statusChanged();
    }
}

void LessonRun::edited() {
    m_modified = true;
    emit lessonEdited();
}

void LessonRun::setTitle(const QString &title) {
    m_lesson.title = title;
    edited();
}

void LessonRun::addCurrentState(const QString &title, const QString &tab) {
    LessonStep step;
    step.title = title;
    step.state = m_document->state();
    step.tab = tab;
    const int at = m_current + 1;
    m_lesson.steps.insert(at, step);
    m_status.insert(at, StepStatus{});
    edited();
    m_current = at;
    m_status[at].visited = true;
    m_document->showLessonState(step.state);
    announceStep();
}

void LessonRun::removeStep(int step) {
    if (step < 0 || step >= m_lesson.steps.size()) {
        return;
    }
    m_lesson.steps.removeAt(step);
    m_status.removeAt(step);
    edited();
    const int shown = std::min(m_current, int(m_lesson.steps.size()) - 1);
    m_current = -1;
    if (!goTo(shown)) {
        announceStep();
    }
}

void LessonRun::moveStep(int from, int to) {
    const int count = int(m_lesson.steps.size());
    if (from == to || from < 0 || to < 0 || from >= count || to >= count) {
        return;
    }
    m_lesson.steps.move(from, to);
    m_status.move(from, to);
    if (m_current == from) {
        m_current = to;
    } else if (from < m_current && to >= m_current) {
        --m_current;
    } else if (from > m_current && to <= m_current) {
        ++m_current;
    }
    edited();
    announceStep();
}

void LessonRun::setStepText(int step, const QString &title, const QString &text) {
    if (step < 0 || step >= m_lesson.steps.size()) {
        return;
    }
    LessonStep &s = m_lesson.steps[step];
    if (s.title != title || s.text != text) {
        s.title = title;
        s.text = text;
        renderCurrent();
        edited();
    }
}

void LessonRun::setStepDetails(int step, const LessonStep &details) {
    if (step < 0 || step >= m_lesson.steps.size()) {
        return;
    }
    LessonStep &s = m_lesson.steps[step];
    s.focus = details.focus;
    s.predict = details.predict;
    s.task = details.task;
    m_status[step] = StepStatus{};
    m_status[step].visited = true;
    edited();
    if (step == m_current) {
        announceStep();
        evaluateTask();
    }
}

void LessonRun::markSaved(const QString &path) {
    m_path = path;
    m_modified = false;
    emit lessonEdited();
}
