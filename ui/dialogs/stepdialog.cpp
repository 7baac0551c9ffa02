// SPDX-License-Identifier: MIT
#include "dialogs/stepdialog.h"

#include "lessontask.h"
#include "quantityformat.h"
#include "quantitylines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

enum QuestionKind { NoQuestion, Choices, Number };

}  // namespace

StepDialog::StepDialog(const LessonStep &step, QWidget *parent)
    : QDialog(parent)
    , focus(new QComboBox(this))
    , questionKind(new QComboBox(this))
    , question(new QLineEdit(this))
    , choices(new QPlainTextEdit(this))
    , rightChoice(new QSpinBox(this))
    , answer(new QDoubleSpinBox(this))
    , tolerance(new QDoubleSpinBox(this))
    , hasTask(new QCheckBox(tr("Set a task the window checks"), this))
    , goal(new QPlainTextEdit(this))
    , openText(new QLineEdit(this))
    , metText(new QLineEdit(this))
    , m_step(step)
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Question and Task: %1").arg(step.title));
    focus->addItem(tr("None"), QString());
    for (int i = 0; i < QuantityLines::QuantityCount; ++i) {
        focus->addItem(QuantityLines::name(QuantityLines::Quantity(i)),
                       lessonquantity::keys().value(i));
    }
    focus->setToolTip(
        tr("Highlighted in the numbers and the charts; hidden until the question "
           "is answered"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Focus:"), focus);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildQuestion());
    layout->addWidget(buildTask());
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fill();
    updateEnabled();
}

QWidget *StepDialog::buildQuestion() {
    auto *box = new QGroupBox(tr("Predict first"), this);
    questionKind->addItems({tr("No question"), tr("Choices"), tr("A number")});
    choices->setPlaceholderText(tr("One choice per line"));
    choices->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    rightChoice->setRange(1, 20);
    answer->setRange(-1e6, 1e6);
    answer->setDecimals(4);
    tolerance->setRange(0, 1e6);
    tolerance->setDecimals(4);
    tolerance->setValue(0.05);
    auto *fromFocus = new QPushButton(tr("Use the Focus's Value"), box);
    fromFocus->setObjectName(QStringLiteral("useFocusValue"));
    fromFocus->setToolTip(
        tr("The answer is the focused quantity as the core computes it for "
           "this step"));
    connect(fromFocus, &QPushButton::clicked, this, [this] {
        const int index = lessonquantity::index(focus->currentData().toString());
        if (const auto c = lessontask::compare(m_step.state, m_step.state.base); c && index >= 0) {
            answer->setValue(lessonquantity::value(*c, index));
        }
    });
    auto *form = new QFormLayout(box);
    form->addRow(tr("Kind:"), questionKind);
    form->addRow(tr("Question:"), question);
    form->addRow(tr("Choices:"), choices);
    form->addRow(tr("Right choice:"), rightChoice);
    form->addRow(tr("Answer (%1):").arg(QuantityFormat::unitName(m_step.state.base)), answer);
    form->addRow(QString(), fromFocus);
    form->addRow(tr("Tolerance:"), tolerance);
    connect(questionKind, &QComboBox::currentIndexChanged, this, &StepDialog::updateEnabled);
    return box;
}

QWidget *StepDialog::buildTask() {
    auto *box = new QGroupBox(tr("Task"), this);
    goal->setPlaceholderText(tr("One condition per line, such as:\nkl_pq < 0.05\np unchanged"));
    goal->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    openText->setPlaceholderText(tr("Shown while the goal is open"));
    metText->setPlaceholderText(tr("Shown once it is met"));
    auto *form = new QFormLayout(box);
    form->addRow(hasTask);
    form->addRow(tr("Goal:"), goal);
    form->addRow(tr("While open:"), openText);
    form->addRow(tr("Once met:"), metText);
    connect(hasTask, &QCheckBox::toggled, this, &StepDialog::updateEnabled);
    return box;
}

void StepDialog::fill() {
    focus->setCurrentIndex(std::max(0, focus->findData(m_step.focus)));
    if (const auto &p = m_step.predict) {
        questionKind->setCurrentIndex(p->isChoice() ? Choices : Number);
        question->setText(p->question);
        choices->setPlainText(p->choices.join('\n'));
        rightChoice->setValue(p->choice + 1);
        answer->setValue(p->answer);
        tolerance->setValue(p->tolerance);
    }
    hasTask->setChecked(m_step.task.has_value());
    if (const auto &task = m_step.task) {
        QStringList lines;
        for (const TaskCondition &condition : task->goal) {
            lines.append(lessontask::format(condition));
        }
        goal->setPlainText(lines.join('\n'));
        openText->setText(task->open);
        metText->setText(task->met);
    }
}

void StepDialog::updateEnabled() {
    const int kind = questionKind->currentIndex();
    question->setEnabled(kind != NoQuestion);
    choices->setEnabled(kind == Choices);
    rightChoice->setEnabled(kind == Choices);
    answer->setEnabled(kind == Number);
    tolerance->setEnabled(kind == Number);
    for (QWidget *w : {static_cast<QWidget *>(goal), static_cast<QWidget *>(openText),
                       static_cast<QWidget *>(metText)}) {
        w->setEnabled(hasTask->isChecked());
    }
}

std::optional<QString> StepDialog::read() {
    LessonStep next = m_step;
    next.focus = focus->currentData().toString();
    next.predict.reset();
    if (questionKind->currentIndex() != NoQuestion) {
        Prediction p;
        p.question = question->text().trimmed();
        if (p.question.isEmpty()) {
            return tr("Write the question.");
        }
        if (questionKind->currentIndex() == Choices) {
            p.choices = choices->toPlainText().split('\n', Qt::SkipEmptyParts);
            for (QString &choice : p.choices) {
                choice = choice.trimmed();
            }
            p.choices.removeAll(QString());
            if (p.choices.size() < 2 || rightChoice->value() > p.choices.size()) {
                return tr("Give at least two choices, and the number of the right one.");
            }
            p.choice = rightChoice->value() - 1;
        } else {
            p.answer = answer->value();
            p.tolerance = tolerance->value();
        }
        next.predict = p;
    }
    next.task.reset();
    if (hasTask->isChecked()) {
        LessonTask task;
        task.open = openText->text().trimmed();
        task.met = metText->text().trimmed();
        for (const QString &line : goal->toPlainText().split('\n', Qt::SkipEmptyParts)) {
            const auto condition = lessontask::parse(line, m_step.state.size());
            if (const auto *reason = std::get_if<QString>(&condition)) {
                return tr("Goal: %1").arg(*reason);
            }
            task.goal.append(std::get<TaskCondition>(condition));
        }
        if (task.goal.isEmpty() || task.open.isEmpty() || task.met.isEmpty()) {
            return tr("A task needs a goal and both of its texts.");
        }
        next.task = task;
    }
    m_step = next;
    return std::nullopt;
}

void StepDialog::accept() {
    if (const auto problem = read()) {
        m_problem->setText(*problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
