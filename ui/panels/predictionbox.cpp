// SPDX-License-Identifier: MIT
#include "panels/predictionbox.h"

#include "announce.h"
#include "lessonrun.h"
#include "quantityformat.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

PredictionBox::PredictionBox(LessonRun *run, QWidget *parent)
    : QGroupBox(tr("Predict first"), parent)
    , m_run(run)
    , m_question(new QLabel(this))
    , m_choiceArea(new QWidget(this))
    , m_choiceLayout(new QVBoxLayout(m_choiceArea))
    , m_choices(new QButtonGroup(this))
    , m_number(new QDoubleSpinBox(this))
    , m_unit(new QLabel(this))
    , m_answer(new QPushButton(tr("Answer"), this))
    , m_reveal(new QPushButton(tr("Reveal"), this))
    , m_verdict(new QLabel(this)) {
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_number->setRange(-1e6, 1e6);
    m_number->setDecimals(3);
    m_number->setSingleStep(0.1);
    m_number->setAccessibleName(tr("Your answer"));
    m_answer->setToolTip(tr("Check the class's answer and show the number (Enter)"));
    m_reveal->setToolTip(tr("Show the number without an answer (Ctrl+R)"));
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("The answer"));
    m_verdict->setTextFormat(Qt::PlainText);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_unit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_answer);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_choiceArea);
    layout->addLayout(numberRow);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    connect(m_answer, &QPushButton::clicked, this, &PredictionBox::answer);
    connect(m_reveal, &QPushButton::clicked, run, &LessonRun::reveal);
    connect(run, &LessonRun::statusChanged, this, &PredictionBox::showVerdict);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { m_answer->setEnabled(true); });
}

void PredictionBox::showStep() {
    const LessonStep *step = m_run->shownStep();
    setVisible(step && step->predict);
    if (!isVisible()) {
        return;
    }
    const Prediction &prediction = *step->predict;
    m_question->setText(prediction.question);
    for (QAbstractButton *button : m_choices->buttons()) {
        m_choices->removeButton(button);
        delete button;
    }
    for (int i = 0; i < prediction.choices.size(); ++i) {
        auto *choice = new QRadioButton(prediction.choices[i], m_choiceArea);
        m_choices->addButton(choice, i);
        m_choiceLayout->addWidget(choice);
    }
    m_choiceArea->setVisible(prediction.isChoice());
    m_number->setVisible(!prediction.isChoice());
    m_unit->setVisible(!prediction.isChoice());
    m_unit->setText(QuantityFormat::unitName(step->state.base));
    m_number->setValue(0.0);
    m_answer->setEnabled(!prediction.isChoice());
    showVerdict();
}

void PredictionBox::answer() {
    const LessonStep *step = m_run->shownStep();
    if (!step || !step->predict) {
        return;
    }
    m_run->answer(step->predict->isChoice() ? m_choices->checkedId() : m_number->value());
}

void PredictionBox::setInOneRow(bool oneRow) {
    m_choiceLayout->setDirection(oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void PredictionBox::keyPressEvent(QKeyEvent *event) {
    // Enter on a choice or in the number box answers, as in a dialog.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        m_answer->isVisible() && m_answer->isEnabled()) {
        answer();
        return;
    }
    QGroupBox::keyPressEvent(event);
}

QString PredictionBox::verdict() const {
    return m_verdict->text();
}

void PredictionBox::showVerdict() {
    const LessonStep *step = m_run->shownStep();
    if (!step || !step->predict) {
        return;
    }
    const Prediction &prediction = *step->predict;
    const LessonRun::StepStatus &status = m_run->status(m_run->current());
    const bool open = !status.revealed;
    m_answer->setVisible(open);
    m_reveal->setVisible(open);
    m_choiceArea->setEnabled(open);
    m_number->setEnabled(open);
    const QString unit = QuantityFormat::unitName(step->state.base);
    const QString right = lesson::answerText(*step);
    QString text;
    if (open) {
        // nothing to say yet
    } else if (!status.answer) {
        text = tr("The answer: %1.").arg(right);
    } else if (prediction.accepts(*status.answer)) {
        text = tr("Right! The answer is %1.").arg(right);
    } else {
        const QString said =
            prediction.isChoice()
                ? prediction.choices.value(int(*status.answer), tr("no choice"))
                : QStringLiteral("%1 %2").arg(QString::number(*status.answer), unit);
        text = tr("Not quite: you said %1; the answer is %2.").arg(said, right);
    }
    m_verdict->setText(text);
    m_verdict->setVisible(!text.isEmpty());
    announceDescription(m_verdict, text);
    const bool rightAnswer = status.answer && prediction.accepts(*status.answer);
    m_verdict->setStyleSheet(rightAnswer ? QStringLiteral("color: #009E73; font-weight: bold;")
                                         : QString());
}
