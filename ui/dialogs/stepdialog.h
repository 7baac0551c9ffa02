// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// What a step asks of the class, set from the window rather than in JSON: the quantity it is
// about, a question to predict (choices, or a number within a tolerance), and a task whose
// conditions the window checks live. OK is refused, with the reason shown, until it all reads.
class StepDialog : public QDialog {
    Q_OBJECT

public:
    StepDialog(const LessonStep &step, QWidget *parent = nullptr);

    // The step with the dialog's focus, question and task (its state, title and text kept).
    [[nodiscard]] LessonStep step() const { return m_step; }
    // Reads the controls into step(); the reason when they do not make a step, or nothing.
    std::optional<QString> read();

    QComboBox *focus;
    QComboBox *questionKind;  // none, choices, a number
    QLineEdit *question;
    QPlainTextEdit *choices;  // one per line
    QSpinBox *rightChoice;    // 1-based
    QDoubleSpinBox *answer;
    QDoubleSpinBox *tolerance;
    QCheckBox *hasTask;
    QPlainTextEdit *goal;  // one condition per line
    QLineEdit *openText;
    QLineEdit *metText;

    void accept() override;

private:
    QWidget *buildQuestion();
    QWidget *buildTask();
    void fill();
    void updateEnabled();

    LessonStep m_step;
    QLabel *m_problem;
};
