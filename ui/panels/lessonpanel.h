// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class LessonRun;
class PredictionBox;
class QGroupBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QToolButton;

// The lesson dock: the steps with ticks for those done, the step's text, its question (with
// Reveal) or task (with its live status), and Previous, Next and Restart Step. While authoring,
// the step's title and text are edited in place and steps are added, moved and deleted. In
// presenter mode it shows only the step, in large type.
class LessonPanel : public QWidget {
    Q_OBJECT

public:
    explicit LessonPanel(LessonRun *run, QWidget *parent = nullptr);

    void setAuthoring(bool authoring);
    [[nodiscard]] bool isAuthoring() const { return m_authoring; }
    // Large type, no step list or authoring tools: the projector's view.
    void setPresenting(bool presenting);

    [[nodiscard]] QListWidget *stepList() const { return m_steps; }
    [[nodiscard]] QTextBrowser *textView() const { return m_text; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_titleEdit; }
    [[nodiscard]] PredictionBox *predictionBox() const { return m_prediction; }
    [[nodiscard]] QLabel *taskStatus() const { return m_taskStatus; }
    [[nodiscard]] QPushButton *nextButton() const { return m_next; }
    [[nodiscard]] QPushButton *previousButton() const { return m_previous; }

signals:
    // The user asked for the current state as a new step, or to leave the lesson.
    void addStepRequested();
    void detailsRequested();
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildAuthoringTools();
    void fitText();
    void showStep();
    void refreshList();
    void showTask();
    void storeText();
    void moveCurrent(int by);
    void applyFonts();

    LessonRun *m_run;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_header;
    QWidget *m_navigation;
    QLabel *m_lessonTitle;
    QLabel *m_counter;
    QListWidget *m_steps;
    QLineEdit *m_titleEdit;
    QTextBrowser *m_text;
    PredictionBox *m_prediction;
    QGroupBox *m_taskBox;
    QLabel *m_taskStatus;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_restart;
    QPushButton *m_close;
    QWidget *m_authoringTools;
    bool m_authoring = false;
    bool m_presenting = false;
    bool m_showing = false;  // filling the editors from the lesson, not the user typing
};
