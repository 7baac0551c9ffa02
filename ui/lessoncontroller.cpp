// SPDX-License-Identifier: MIT
#include "lessoncontroller.h"

#include "dialogs/stepdialog.h"
#include "document.h"
#include "export/handout.h"
#include "filedialogs.h"
#include "fileio.h"
#include "lessonrun.h"
#include "panels/lessonpanel.h"
#include "panels/numberspanel.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

LessonController::LessonController(Document *document, QMainWindow *window, QTabWidget *views,
                                   NumbersPanel *numbers)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_views(views)
    , m_numbers(numbers)
    , m_run(new LessonRun(document, this))
    , m_panel(new LessonPanel(m_run))
    , m_dock(new QDockWidget(tr("Lesson"), window))
    , m_cover(new QLabel(views)) {
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_dock->setWidget(m_panel);
    // Closing is a decision (an edited lesson may need saving): the panel's Close Lesson.
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    m_cover->setObjectName(QStringLiteral("predictionCover"));
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setWordWrap(true);
    m_cover->setAutoFillBackground(true);
    m_cover->setText(
        tr("Predict first.\nAnswer the question in the lesson panel, or press "
           "Reveal."));
    setPresenting(false);
    m_cover->hide();
    views->installEventFilter(this);
    qApp->installEventFilter(this);

    connect(m_run, &LessonRun::stepChanged, this, &LessonController::followStep);
    connect(m_run, &LessonRun::statusChanged, this, &LessonController::followStep);
    connect(m_run, &LessonRun::activeChanged, this, [this](bool active) {
        const bool appearing = active && !m_dock->isVisible();
        m_dock->setVisible(active);
        if (appearing && !m_dock->isFloating()) {
            // A quarter of the window at most: the views and the editor stay usable.
            m_window->resizeDocks({m_dock}, {std::max(260, m_window->width() / 4)}, Qt::Horizontal);
        }
        if (!active) {
            m_numbers->setFocusQuantity(-1, false);
            emit focusChanged(QString());
            m_cover->hide();
        }
        updateActions();
    });
    connect(m_run, &LessonRun::lessonEdited, this, &LessonController::updateActions);
    connect(m_panel, &LessonPanel::closeRequested, this, &LessonController::close);
    connect(m_panel, &LessonPanel::addStepRequested, this, [this] { addStep->trigger(); });
    connect(m_panel, &LessonPanel::detailsRequested, this, &LessonController::editStepDetails);
}

void LessonController::setPresenting(bool presenting) {
    m_panel->setPresenting(presenting);
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * (presenting ? 2.4 : 1.6));
    m_cover->setFont(large);
}

void LessonController::buildMenus(QMenu *menu, QMenu *builtIns) {
    const auto action = [&](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    action(tr("&New Lesson"), {}, [this] { newLesson(); });
    addStep = action(tr("&Add Current State as Step"), QKeySequence(tr("Ctrl+Shift+N")), [this] {
        const QString tab = lesson::tabNames().value(m_views->currentIndex());
        m_run->addCurrentState(tr("Step %1").arg(m_run->lesson().steps.size() + 1), tab);
        editLesson->setChecked(true);
    });
    editLesson = action(tr("&Edit Lesson"), {}, [this](bool on) { m_panel->setAuthoring(on); });
    QAction *details = action(tr("Step &Question and Task…"), {}, [this] { editStepDetails(); });
    editLesson->setCheckable(true);
    menu->addSeparator();
    previousStep =
        action(tr("&Previous Step"), QKeySequence(Qt::Key_PageUp), [this] { m_run->previous(); });
    nextStep = action(tr("&Next Step"), QKeySequence(Qt::Key_PageDown), [this] { m_run->next(); });
    QAction *restart = action(tr("&Restart Step"), {}, [this] { m_run->restartStep(); });
    QAction *reveal =
        action(tr("Re&veal the Answer"), QKeySequence(tr("Ctrl+R")), [this] { m_run->reveal(); });
    menu->addSeparator();
    QAction *saveLesson = action(tr("&Save Lesson"), {}, [this] { save(); });
    QAction *saveLessonAs = action(tr("Save Lesson &As…"), {}, [this] { saveAs(); });
    handout = action(tr("Export Lesson &Handout (PDF)…"), {}, [this] { exportHandout(); });
    menu->addSeparator();
    closeLesson = action(tr("&Close Lesson"), {}, [this] { close(); });
    m_lessonActions = {details, addStep,    editLesson,   previousStep, nextStep,   restart,
                       reveal,  saveLesson, saveLessonAs, handout,      closeLesson};
    for (const QString &name : lesson::builtInNames()) {
        const auto lesson = lesson::builtIn(name, translations::current());
        QAction *open = builtIns->addAction(lesson ? lesson->title : name);
        connect(open, &QAction::triggered, this, [this, name] { openBuiltIn(name); });
    }
    updateActions();
}

void LessonController::updateActions() {
    for (QAction *a : std::as_const(m_lessonActions)) {
        a->setEnabled(m_run->isActive());
    }
    editLesson->setChecked(m_panel->isAuthoring());
    m_dock->setWindowTitle(m_run->isModified() ? tr("Lesson (edited)") : tr("Lesson"));
}

bool LessonController::open(const QString &path) {
    const auto lesson = lesson::load(path);
    if (!lesson) {
        QMessageBox::warning(m_window, tr("Cannot open lesson"),
                             QString::fromStdString(lesson.error().message()));
        return false;
    }
    return start(lesson.value(), path);
}

bool LessonController::openBuiltIn(const QString &name) {
    const auto lesson = lesson::builtIn(name, translations::current());
    return lesson && start(*lesson);
}

bool LessonController::start(const Lesson &lesson, const QString &path) {
    if (!maybeSaveLesson()) {
        return false;
    }
    m_run->stop();  // a lesson in progress ends; the session comes back before the next begins
    m_panel->setAuthoring(lesson.steps.isEmpty());
    m_run->start(lesson, path);
    m_window->statusBar()->showMessage(
        tr("Lesson: %1. Page Down for the next step.").arg(lesson.title));
    return true;
}

bool LessonController::newLesson() {
    Lesson lesson;
    lesson.title = tr("New lesson");
    lesson.language = translations::current();
    return start(lesson);
}

bool LessonController::saveTo(const QString &path) {
    // What is saved must load again: a mistyped placeholder ({{kl}}) is caught now.
    const QByteArray bytes = lesson::serialize(m_run->lesson());
    const auto again = lesson::parse(bytes, QFileInfo(path).fileName());
    const auto error = again ? fileio::writeAtomically(path, bytes)
                             : QString::fromStdString(again.error().message());
    if (error) {
        QMessageBox::warning(m_window, tr("Cannot save lesson"), *error);
        return false;
    }
    m_run->markSaved(path);
    return true;
}

bool LessonController::save() {
    return m_run->path().isEmpty() ? saveAs() : saveTo(m_run->path());
}

bool LessonController::saveAs() {
    if (m_run->lesson().steps.isEmpty()) {
        QMessageBox::information(m_window, tr("Save Lesson"),
                                 tr("Add a step first (Lesson ▸ Add Current State as Step)."));
        return false;
    }
    const QString path =
        askSavePath(m_window, QStringLiteral("lesson"), tr("Save Lesson"),
                    QStringLiteral("lesson.json"), tr("Entropy Explorer lessons (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

void LessonController::exportHandout() {
    const QString path =
        askSavePath(m_window, QStringLiteral("export"), tr("Export Lesson Handout"),
                    QStringLiteral("handout.pdf"), QStringLiteral("*.pdf"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto error = handout::write(m_run->lesson(), path)) {
        QMessageBox::warning(m_window, tr("Cannot export"), *error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void LessonController::editStepDetails() {
    const LessonStep *step = m_run->currentStep();
    if (!step) {
        return;
    }
    StepDialog dialog(*step, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_run->setStepDetails(m_run->current(), dialog.step());
    }
}

bool LessonController::maybeSaveLesson() {
    if (!m_run->isActive() || !m_run->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved lesson"), tr("The lesson has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
}

bool LessonController::close() {
    if (!m_run->isActive()) {
        return true;
    }
    if (!maybeSaveLesson()) {
        return false;
    }
    m_run->stop();
    m_window->statusBar()->showMessage(tr("Back to the session as it was."));
    return true;
}

void LessonController::followStep() {
    const LessonStep *step = m_run->currentStep();
    if (step && !step->tab.isEmpty()) {
        m_views->setCurrentIndex(int(lesson::tabNames().indexOf(step->tab)));
    }
    m_numbers->setFocusQuantity(step ? lessonquantity::index(step->focus) : -1,
                                m_run->predictionOpen());
    emit focusChanged(step ? step->focus : QString());
    m_cover->setVisible(m_run->predictionOpen());
    placeCover();
}

void LessonController::placeCover() {
    if (m_cover->isVisible()) {
        // Over the page, below the tab bar: the class still sees which view it is.
        const QWidget *shown = m_views->currentWidget();
        const QRect page =
            shown ? QRect(shown->mapTo(m_views, QPoint(0, 0)), shown->size()) : m_views->rect();
        m_cover->setGeometry(page);
        m_cover->raise();
    }
}

bool LessonController::navigatesWithArrows(const QObject *focus) const {
    // Arrows step through the lesson only where they would do nothing else.
    return focus == m_window || qobject_cast<const QPushButton *>(focus) ||
           qobject_cast<const QToolButton *>(focus) ||
           (focus == m_panel->textView() && !m_panel->isAuthoring());
}

bool LessonController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_views && event->type() == QEvent::Resize) {
        // Once the page inside has its new size too.
        QTimer::singleShot(0, this, &LessonController::placeCover);
    }
    if (event->type() == QEvent::KeyPress && m_run->isActive() && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // The widget the key is for: the focus, or with none (an inactive window) the receiver.
        const QObject *focus = QApplication::focusWidget();
        const bool typing = m_panel->isAuthoring() &&
                            (watched == m_panel->textView() || watched == m_panel->titleEdit());
        if ((focus && watched != focus) || typing) {
            return false;
        }
        // What a presentation clicker sends moves through the lesson wherever the focus is
        // (a slider would otherwise take it as a page step).
        if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            return key == Qt::Key_PageUp ? (m_run->previous(), true) : (m_run->next(), true);
        }
        if ((key == Qt::Key_Left || key == Qt::Key_Right) && navigatesWithArrows(watched)) {
            return key == Qt::Key_Left ? (m_run->previous(), true) : (m_run->next(), true);
        }
    }
    return QObject::eventFilter(watched, event);
}
