// SPDX-License-Identifier: MIT
// MainWindow's lessons: the Lesson menu, Help > Lessons, and presenter mode.
#include "charts/chartbase.h"
#include "editors/eventeditor.h"
#include "lessoncontroller.h"
#include "lessonrun.h"
#include "mainwindow.h"
#include "panels/lessonpanel.h"
#include "windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace {
// Chart text and lines in presenter mode, against the current zoom: thick enough for a beam,
// without crowding the axes on a small screen (1.5 at 1080 lines, 1.1 at 768).
double presenterChartScale(int screenHeight) {
    return std::clamp(screenHeight / 720.0, 1.1, 1.5);
}
}  // namespace

void MainWindow::buildLessonMenus(QMenu *help) {
    QMenu *lesson =
        menuBar()->insertMenu(help->menuAction(), new QMenu(tr("&Lesson"), this))->menu();
    QMenu *builtIns = help->addMenu(tr("&Lessons"));
    m_lessons->buildMenus(lesson, builtIns);
    // The handout is an export too: File > Export Lesson Handout, after the other exports.
    QMenu *file = menuBar()->actions().constFirst()->menu();
    const QList<QAction *> items = file->actions();
    file->insertAction(items.value(items.indexOf(m_actions->exportNumbers) + 1),
                       m_lessons->handout);
    help->addSeparator();

    lesson->addSeparator();
    m_presenterAction = lesson->addAction(tr("&Presenter Mode"));
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setToolTip(
        tr("Full screen for the projector: the lesson large, the views "
           "filling the rest (Esc leaves)"));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenting);
    m_editorAction = lesson->addAction(tr("Show &Editor Panel"));
    m_editorAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_editorAction->setCheckable(true);
    m_editorAction->setChecked(true);
    connect(m_editorAction, &QAction::toggled, this, &MainWindow::setEditorShown);
    // Esc leaves presenter mode; it does nothing else in the window itself.
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this, [this] { setPresenting(false); });
    // The menu bar hides in presenter mode; its shortcuts must still work.
    addActions(lesson->actions());
}

void MainWindow::openLesson(const QString &nameOrPath) {
    if (!m_lessons->openBuiltIn(nameOrPath)) {
        m_lessons->open(nameOrPath);
    }
}

void MainWindow::showLessonEditor() {
    if (const LessonStep *step = m_lessons->run()->currentStep()) {
        m_leftTabs->setCurrentIndex(step->state.classifier.enabled ? 1 : 0);
    }
}

int MainWindow::editorWidthWanted() const {
    // The event rows, plus the left column's tab frame.
    return m_editor->sizeHint().width() + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) +
           8;
}

void MainWindow::keepEditorWidth() {
    const int editor = std::max(m_mainSplitter->sizes().value(0), editorWidthWanted());
    // After the dock's layout has settled.
    QTimer::singleShot(0, this, [this, editor] {
        const QList<int> sizes = m_mainSplitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int kept = std::min(editor, total / 2);
        m_mainSplitter->setSizes({kept, total - kept});
    });
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    // A lesson started in a small window squeezed the editor; a larger window gives it back.
    QWidget *editor = m_mainSplitter->widget(0);
    if (m_lessons && m_lessons->dock()->isVisible() && editor->isVisible() &&
        editor->width() < editorWidthWanted()) {
        keepEditorWidth();
    }
}

void MainWindow::setEditorShown(bool shown) {
    m_mainSplitter->widget(0)->setVisible(shown);
    if (m_editorAction->isChecked() != shown) {
        m_editorAction->setChecked(shown);
    }
}

void MainWindow::setPresenting(bool presenting) {
    if (presenting == m_presenting) {
        return;
    }
    m_presenting = presenting;
    m_presenterAction->setChecked(presenting);
    QDockWidget *dock = m_lessons->dock();
    if (presenting) {
        m_beforePresenting = {Themes::current(), windowState(), dockWidgetArea(dock)};
        showTheme(Theme::Projector);
        addDockWidget(Qt::TopDockWidgetArea, dock);
        dock->setTitleBarWidget(new QWidget(dock));  // no "Lesson" bar above the lesson itself
        showFullScreen();
    } else {
        showTheme(m_beforePresenting.theme);
        addDockWidget(m_beforePresenting.lessonArea, dock);
        delete dock->titleBarWidget();
        dock->setTitleBarWidget(nullptr);
        setWindowState(m_beforePresenting.states);
    }
    m_lessons->setPresenting(presenting);
    setEditorShown(!presenting);
    menuBar()->setVisible(!presenting);
    statusBar()->setVisible(!presenting);
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        bar->setVisible(!presenting);
    }
    const double chartScale = presenting ? presenterChartScale(screen()->size().height()) : 1.0;
    for (ChartBase *chart : std::as_const(m_charts)) {
        chart->setScale(m_fontScale * chartScale);
    }
    fitLessonDock();
}

void MainWindow::fitLessonDock() {
    // Across the top, the lesson takes the height its step needs and the view the rest.
    QTimer::singleShot(0, this, [this] {
        QDockWidget *dock = m_lessons->dock();
        if (m_presenting && dock->isVisible()) {
            m_lessons->panel()->adjustSize();
            resizeDocks({dock}, {dock->sizeHint().height()}, Qt::Vertical);
        }
    });
}
