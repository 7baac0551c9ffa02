// SPDX-License-Identifier: MIT
#include "panels/lessonpanel.h"

#include "announce.h"
#include "lessonmarkup.h"
#include "lessonrun.h"
#include "panels/predictionbox.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Type in presenter mode, against the window's: readable from the back of a room.
constexpr double kPresenterTextScale = 1.8;

}  // namespace

LessonPanel::LessonPanel(LessonRun *run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_lessonTitle(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_titleEdit(new QLineEdit(this))
    , m_text(new QTextBrowser(this))
    , m_prediction(new PredictionBox(run, this))
    , m_taskBox(new QGroupBox(tr("Task"), this))
    , m_taskStatus(new QLabel(m_taskBox))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_restart(new QPushButton(tr("Restart Step"), this))
    , m_close(new QPushButton(tr("Close Lesson"), this)) {
    setObjectName(QStringLiteral("LessonPanel"));
    m_lessonTitle->setWordWrap(true);
    m_lessonTitle->setTextFormat(Qt::PlainText);
    m_steps->setAccessibleName(tr("Lesson steps"));
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7);
    m_titleEdit->setAccessibleName(tr("Step title"));
    m_titleEdit->setPlaceholderText(tr("Step title"));
    m_text->setAccessibleName(tr("Step text"));
    m_text->setOpenExternalLinks(false);
    m_taskStatus->setWordWrap(true);
    m_taskStatus->setTextFormat(Qt::PlainText);
    (new QVBoxLayout(m_taskBox))->addWidget(m_taskStatus);
    m_previous->setToolTip(tr("The previous step (Page Up)"));
    m_next->setToolTip(tr("The next step (Page Down)"));
    m_restart->setToolTip(tr("Put this step's state back, undoing the edits made in it"));
    m_close->setToolTip(tr("Leave the lesson and return to the session as it was"));

    m_header = new QHBoxLayout;
    m_header->addWidget(m_lessonTitle, 1);
    m_header->addWidget(m_counter);
    m_navigation = new QWidget(this);
    auto *navigation = new QHBoxLayout(m_navigation);
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addWidget(m_restart);
    navigation->addStretch(1);
    navigation->addWidget(m_close);
    auto *layout = m_layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_steps);
    layout->addWidget(m_titleEdit);
    layout->addWidget(m_text);
    layout->addWidget(m_prediction);
    layout->addWidget(m_taskBox);
    layout->addStretch(1);
    layout->addWidget(m_authoringTools = buildAuthoringTools());
    layout->addWidget(m_navigation);

    connect(m_previous, &QPushButton::clicked, run, &LessonRun::previous);
    connect(m_next, &QPushButton::clicked, run, &LessonRun::next);
    connect(m_restart, &QPushButton::clicked, run, &LessonRun::restartStep);
    connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_showing && row != m_run->current()) {
            m_run->goTo(row);
        }
    });
    connect(run, &LessonRun::stepChanged, this, &LessonPanel::showStep);
    connect(run, &LessonRun::statusChanged, this, [this] {
        showTask();
        refreshList();
    });
    connect(run, &LessonRun::lessonEdited, this, &LessonPanel::refreshList);
    connect(m_text, &QTextEdit::textChanged, this, &LessonPanel::storeText);
    connect(m_titleEdit, &QLineEdit::textEdited, this, &LessonPanel::storeText);
    setAuthoring(false);
}

QWidget *LessonPanel::buildAuthoringTools() {
    auto *tools = new QWidget(this);
    auto *row = new QHBoxLayout(tools);
    row->setContentsMargins(0, 0, 0, 0);
    const auto tool = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(tools);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this, slot);
        row->addWidget(button);
        return button;
    };
    tool(tr("Add Step"), tr("Add the window as it is now as a step after this one"),
         [this] { emit addStepRequested(); });
    tool(tr("Question and Task…"), tr("What this step asks of the class"),
         [this] { emit detailsRequested(); });
    tool(tr("Delete"), tr("Delete this step"), [this] { m_run->removeStep(m_run->current()); });
    tool(QStringLiteral("\u2191"), tr("Move this step up"), [this] { moveCurrent(-1); });
    tool(QStringLiteral("\u2193"), tr("Move this step down"), [this] { moveCurrent(+1); });
    row->addStretch(1);
    // Bold and italic while editing the text; the file keeps only the subset lessons allow.
    const auto format = [this](const QKeySequence &keys, auto change) {
        auto *shortcut = new QShortcut(keys, m_text, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, change] {
            QTextCharFormat style;
            change(style, m_text->currentCharFormat());
            m_text->mergeCurrentCharFormat(style);
        });
    };
    format(QKeySequence::Bold, [](QTextCharFormat &style, const QTextCharFormat &now) {
        style.setFontWeight(now.fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    });
    format(QKeySequence::Italic, [](QTextCharFormat &style, const QTextCharFormat &now) {
        style.setFontItalic(!now.fontItalic());
    });
    return tools;
}

void LessonPanel::setAuthoring(bool authoring) {
    const bool changed = authoring != m_authoring;
    m_authoring = authoring;
    if (changed) {
        showStep();  // the text with its placeholders, or with their numbers
    }
    m_text->setReadOnly(!authoring);
    m_text->setPlaceholderText(authoring ? tr("What should the class look at? (Ctrl+B bold, "
                                              "Ctrl+I italic)")
                                         : QString());
    m_titleEdit->setVisible(authoring && !m_presenting && m_run->currentStep());
    m_authoringTools->setVisible(authoring && !m_presenting);
}

void LessonPanel::setPresenting(bool presenting) {
    m_presenting = presenting;
    m_steps->setVisible(!presenting);
    // Across the top of the screen: the buttons beside the title, the choices in a row.
    if (presenting) {
        m_header->addWidget(m_navigation);
    } else {
        m_layout->addWidget(m_navigation);
    }
    m_prediction->setInOneRow(presenting);
    setAuthoring(m_authoring);
    applyFonts();
    fitText();
}

void LessonPanel::applyFonts() {
    QFont font = QWidget::font();
    font.setPointSizeF(QApplication::font().pointSizeF() *
                       (m_presenting ? kPresenterTextScale : 1.0));
    for (QWidget *large : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_prediction),
                           static_cast<QWidget *>(m_taskBox)}) {
        large->setFont(font);
    }
    QFont buttons = QApplication::font();
    buttons.setPointSizeF(buttons.pointSizeF() * (m_presenting ? 1.3 : 1.0));
    m_navigation->setFont(buttons);
    m_counter->setFont(buttons);
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.2);
    m_lessonTitle->setFont(title);
}

void LessonPanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitText();
}

void LessonPanel::fitText() {
    // As tall as the text (the question and task follow right below), within limits.
    QTextDocument *document = m_text->document();
    document->setTextWidth(m_text->viewport()->width());
    const int lines = m_text->fontMetrics().lineSpacing();
    const int wanted = int(document->size().height()) + 2 * m_text->frameWidth() + 6;
    const int fewest = (m_presenting ? 2 : 4) * lines;
    // At most a third of the window: the view keeps the rest (the text scrolls past that).
    const int most = std::max(fewest, window()->height() / 3);
    m_text->setFixedHeight(std::clamp(wanted, fewest, most));
}

void LessonPanel::refreshList() {
    m_showing = true;
    const Lesson &lesson = m_run->lesson();
    while (m_steps->count() > lesson.steps.size()) {
        delete m_steps->takeItem(m_steps->count() - 1);
    }
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (i >= m_steps->count()) {
            auto *item = new QListWidgetItem(m_steps);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        QListWidgetItem *item = m_steps->item(i);
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(lesson.steps[i].title));
        // A tick the class earns, never one to click.
        item->setCheckState(m_run->isDone(i) ? Qt::Checked : Qt::Unchecked);
    }
    m_steps->setCurrentRow(m_run->current());
    m_lessonTitle->setText(lesson.title);
    m_counter->setText(
        m_run->current() < 0
            ? tr("No steps yet")
            : tr("Step %1 of %2").arg(m_run->current() + 1).arg(lesson.steps.size()));
    m_showing = false;
}

void LessonPanel::showStep() {
    const LessonStep *step = m_run->currentStep();
    m_showing = true;
    m_titleEdit->setText(step ? step->title : QString());
    // The author edits the placeholders ({{kl_pq|3}}); the class reads the numbers.
    const LessonStep *shown = m_authoring ? step : m_run->shownStep();
    m_text->setHtml(shown ? shown->text : QString());
    m_showing = false;
    fitText();
    m_text->setEnabled(step != nullptr);
    setAuthoring(m_authoring);
    refreshList();
    m_prediction->showStep();
    showTask();
    const int current = m_run->current();
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current >= 0 && current + 1 < m_run->lesson().steps.size());
    m_restart->setEnabled(step != nullptr);
}

void LessonPanel::showTask() {
    const LessonStep *step = m_run->shownStep();
    m_taskBox->setVisible(step && step->task);
    if (!m_taskBox->isVisible()) {
        return;
    }
    const bool met = m_run->status(m_run->current()).taskMet;
    m_taskStatus->setText((met ? QStringLiteral("\u2714 ") : QStringLiteral("\u25CB ")) +
                          (met ? step->task->met : step->task->open));
    // Green once met, in every theme: the same colour as the identity meters' "holds".
    m_taskStatus->setStyleSheet(met ? QStringLiteral("color: #009E73; font-weight: bold;")
                                    : QString());
    m_taskBox->setTitle(met ? tr("Task done") : tr("Task"));
    // Read out when it changes, so that a student using a screen reader hears the goal met.
    m_taskStatus->setAccessibleName(m_taskBox->title());
    announceDescription(m_taskStatus, met ? step->task->met : step->task->open);
}

void LessonPanel::storeText() {
    if (m_showing || !m_authoring || !m_run->currentStep()) {
        return;
    }
    const QString title = m_titleEdit->text().trimmed();
    m_run->setStepText(m_run->current(), title.isEmpty() ? m_run->currentStep()->title : title,
                       lessonmarkup::fromDocument(*m_text->document()));
}

void LessonPanel::moveCurrent(int by) {
    const int from = m_run->current();
    m_run->moveStep(from, from + by);
}
