// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/distribution.h>
#include <entropy/fits.h>
#include <entropy/input_error.h>

#include <QObject>

#include <optional>

class QUndoGroup;
class QUndoStack;

// The one model of a session: the events with P and Q, the unit and the editing mode. Every
// edit goes through the undo stack as a command; sliders, charts and panels observe the
// signals below and never talk to each other.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    [[nodiscard]] const DocumentState &state() const { return m_state; }
    // The undo history in use: the session's, or while a lesson runs, the lesson's own (see
    // enterLesson). The group forwards the active one's signals (undo text, clean state, ...).
    [[nodiscard]] QUndoStack *undoStack() const;
    [[nodiscard]] QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The session's own history, whatever is active: what autosave and saving look after.
    [[nodiscard]] QUndoStack *sessionUndoStack() const { return m_sessionStack; }
    // The session's state: the current state, or while a lesson runs the one kept aside.
    [[nodiscard]] const DocumentState &sessionState() const;

    // P or Q as a distribution (the values normalised), or why it is not one.
    [[nodiscard]] entropy::Result<entropy::Distribution> distribution(Side side) const;

    // Edits, each one undo step. `dragId` (a slider drag in progress) merges successive
    // moves of the same slider into one step. Returns false when the edit cannot happen.
    bool setValue(Side side, int event, double value, int dragId = 0);
    // The normalised probability of the event, as a bar drag sets it (edits::setProbability).
    bool setProbability(Side side, int event, double probability, int dragId = 0);
    bool setLabel(int event, const QString &label);
    bool setLocked(Side side, int event, bool locked);
    bool addEvent();
    bool removeEvent(int event);
    void copySide(Side from);
    void swapSides();
    void setBase(entropy::LogBase base);
    void setMode(EditMode mode);
    // Adds epsilon to every weight of `side` and renormalises (Edit > Smooth).
    bool smooth(Side side, double epsilon);
    // View settings: the path's t, and the event the two-event view sets against the rest.
    bool setPathT(double t, int dragId = 0);
    bool setBinaryEvent(int event);
    bool setSampleSettings(const SampleSettings &settings);
    bool setSimplexContours(SimplexContours contours);
    bool setRenyiAlpha(double alpha, int dragId = 0);
    // A whole distribution for one side (a fit used as Q, a heatmap point), named `description`
    // in the undo history; one step per drag.
    bool setDistribution(Side side, const QList<double> &probabilities, const QString &description,
                         int dragId = 0);
    // The discretised Gaussian bump theta (see entropy/fits.h) for one side; one step per drag.
    bool setGaussian(Side side, entropy::GaussianParameters theta, const QString &description,
                     int dragId = 0);
    // A point of the simplex for one side (see edits::setMergedThree); one step per drag.
    bool setMergedThree(Side side, const entropy::Point3 &point, int dragId = 0);
    // Classifier mode (see ClassifierState): entering and leaving are explicit steps; while it
    // is on, these controls derive P and Q.
    bool enterClassifier();
    bool leaveClassifier();
    bool setTrueClass(int event);
    bool setSmoothing(double epsilon, int dragId = 0);
    bool setTemperature(double temperature, int dragId = 0);
    bool setLogit(int event, double logit, int dragId = 0);
    // A whole new state (a preset, an import) as one undoable step named `description`.
    // Successive replacements with the same non-zero `mergeKey` fold into one step.
    void replace(const DocumentState &state, const QString &description, int mergeKey = 0);

    // A fresh id for one drag (slider, bar, handle): its moves merge into one undo step.
    [[nodiscard]] static int newDragId();

    // The text of the step that enters classifier mode, for menus and buttons alike.
    [[nodiscard]] static QString enterClassifierText();

    // Sets the state without an undo step: the commands themselves, and preferences.
    void applyState(const DocumentState &state);
    // A freshly opened session: the state, an empty undo history, and not modified.
    void reset(const DocumentState &state);

    // Lessons. Entering keeps the session's state and history aside and gives the lesson a
    // history of its own; showing a step replaces the state and empties that history (moving
    // between steps is not an edit); leaving restores the session exactly as it was.
    void enterLesson();
    void showLessonState(const DocumentState &state);
    void leaveLesson();
    [[nodiscard]] bool inLesson() const { return m_sessionKept.has_value(); }

signals:
    // Any change; `structure` is true when events were added, removed or relabelled.
    void changed(bool structure);
    void baseChanged(entropy::LogBase base);
    // A lesson began or ended (enterLesson, leaveLesson, or reset, which ends one).
    void lessonChanged(bool inLesson);

private:
    // The controls whose drags merge into one undo step.
    enum class Control { Value, PathT, Smoothing, Temperature, Logit, Alpha, Distribution };
    [[nodiscard]] static int mergeKey(int dragId, Control control, int event = 0, int side = 0);
    bool push(std::optional<DocumentState> next, const QString &text, int mergeKey = 0);
    // A slider or a bar: `edit` sets event `event` of `side` to `value`, one step per drag.
    using ValueEdit = std::optional<DocumentState> (*)(const DocumentState &, Side, int, double);
    bool pushValue(ValueEdit edit, Side side, int event, double value, int dragId);

    DocumentState m_state = DocumentState::initial();
    std::optional<DocumentState> m_sessionKept;  // while a lesson runs
    QUndoGroup *m_undoGroup;
    QUndoStack *m_sessionStack;
    QUndoStack *m_lessonStack;
};
