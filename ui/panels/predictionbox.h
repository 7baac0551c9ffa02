// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>

class LessonRun;
class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The current step's question, asked before its number shows: the choices (or a number box),
// Answer, Reveal, and once revealed the right answer beside what the class said.
class PredictionBox : public QGroupBox {
    Q_OBJECT

public:
    explicit PredictionBox(LessonRun *run, QWidget *parent = nullptr);

    // Shows the current step's question (hidden when it has none).
    void showStep();
    [[nodiscard]] QPushButton *answerButton() const { return m_answer; }
    [[nodiscard]] QPushButton *revealButton() const { return m_reveal; }
    [[nodiscard]] QDoubleSpinBox *numberBox() const { return m_number; }
    [[nodiscard]] QButtonGroup *choices() const { return m_choices; }
    [[nodiscard]] QString verdict() const;
    // The choices side by side (presenter mode) or one under another.
    void setInOneRow(bool oneRow);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void answer();
    void showVerdict();

    LessonRun *m_run;
    QLabel *m_question;
    QWidget *m_choiceArea;
    QVBoxLayout *m_choiceLayout;
    QButtonGroup *m_choices;
    QDoubleSpinBox *m_number;
    QLabel *m_unit;
    QPushButton *m_answer;
    QPushButton *m_reveal;
    QLabel *m_verdict;
};
