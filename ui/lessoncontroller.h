// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"

#include <QObject>

class LessonPanel;
class LessonRun;
class NumbersPanel;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QTabWidget;
class Document;

// The window's side of lessons: the Lesson menu and dock, opening, saving and handouts with
// their dialogs, the keys a presentation clicker sends, and what a step changes outside the
// document (the tab shown, the highlighted quantity, the cover over a question's answer).
class LessonController : public QObject {
    Q_OBJECT

public:
    LessonController(Document *document, QMainWindow *window, QTabWidget *views,
                     NumbersPanel *numbers);

    [[nodiscard]] LessonRun *run() const { return m_run; }
    [[nodiscard]] LessonPanel *panel() const { return m_panel; }
    [[nodiscard]] QDockWidget *dock() const { return m_dock; }
    // The cover over the views while a question is open.
    [[nodiscard]] QLabel *cover() const { return m_cover; }
    // The panel and the cover in large type for the projector, or back.
    void setPresenting(bool presenting);
    // Fills `menu` (the window's Lesson menu) and `builtIns` (Help > Lessons).
    void buildMenus(QMenu *menu, QMenu *builtIns);

    // Each says what went wrong in a dialog and returns whether it went ahead.
    bool open(const QString &path);
    bool openBuiltIn(const QString &name);
    bool start(const Lesson &lesson, const QString &path = QString());
    bool newLesson();
    bool save();
    bool saveAs();
    void exportHandout();
    // The current step's focus, question and task, in a dialog.
    void editStepDetails();
    // Asks before losing an edited lesson; false means cancel.
    bool close();

    QAction *nextStep = nullptr;
    QAction *previousStep = nullptr;
    QAction *addStep = nullptr;
    QAction *editLesson = nullptr;
    QAction *closeLesson = nullptr;
    QAction *handout = nullptr;

signals:
    // The quantity the current step is about (a key such as "kl_pq"), or empty: for the charts.
    void focusChanged(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followStep();
    void placeCover();
    void updateActions();
    bool maybeSaveLesson();
    // Writes the lesson to `path` once it is sure to load again, or says why not in a dialog.
    bool saveTo(const QString &path);
    [[nodiscard]] bool navigatesWithArrows(const QObject *focus) const;

    Document *m_document;
    QMainWindow *m_window;
    QTabWidget *m_views;
    NumbersPanel *m_numbers;
    LessonRun *m_run;
    LessonPanel *m_panel;
    QDockWidget *m_dock;
    QLabel *m_cover;
    QList<QAction *> m_lessonActions;  // enabled only while a lesson runs
};
