// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "analysis.h"
#include "appsettings.h"
#include "autosave.h"
#include "charts/curvecharts.h"
#include "charts/perevent_charts.h"
#include "charts/samplecharts.h"
#include "charts/summarychart.h"
#include "document.h"
#include "editors/eventeditor.h"
#include "editors/eventroweditor.h"
#include "export/exportoptions.h"
#include "focuscycle.h"
#include "layoutbarrier.h"
#include "lessoncontroller.h"
#include "lessonrun.h"
#include "panels/classifierpanel.h"
#include "panels/formulaspanel.h"
#include "panels/identitymeters.h"
#include "panels/numberspanel.h"
#include "sessioncontroller.h"
#include "theme.h"
#include "views/codesview.h"
#include "views/fitview.h"
#include "views/renyiview.h"
#include "views/samplesview.h"
#include "views/simplexview.h"
#include "views/sweepviews.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_analysis(new Analysis(m_document, this))
    , m_actions(new WindowActions(m_document, this))
    , m_session(new SessionController(m_document, this))
    , m_autosave(new Autosave(m_document, this))
    , m_editor(new EventEditor(m_document, this))
    , m_numbers(new NumbersPanel(m_analysis, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_baseFont(QApplication::font()) {
    setObjectName(QStringLiteral("MainWindow"));
    m_mainSplitter->addWidget(buildLeft());
    m_mainSplitter->addWidget(buildRight());
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_mainSplitter);

    m_lessons = new LessonController(m_document, this, m_rightTabs, m_numbers);
    connect(m_session, &SessionController::lessonChosen, m_lessons, &LessonController::open);
    m_session->setLeaveGuard([this] { return m_lessons->close(); });
    connect(m_lessons->run(), &LessonRun::activeChanged, this, &MainWindow::keepEditorWidth);
    connect(m_lessons->run(), &LessonRun::stepChanged, this, &MainWindow::showLessonEditor);
    connect(m_lessons->run(), &LessonRun::stepChanged, this, &MainWindow::fitLessonDock);
    connect(m_lessons->run(), &LessonRun::statusChanged, this, &MainWindow::fitLessonDock);
    connect(m_lessons, &LessonController::focusChanged, static_cast<SummaryChart *>(m_charts[3]),
            &SummaryChart::setFocusQuantity);
    buildMenus();
    buildToolBar();
    connect(m_document->undoGroup(), &QUndoGroup::indexChanged, this, &MainWindow::showUndoStep);
    connect(m_document->sessionUndoStack(), &QUndoStack::cleanChanged, this,
            &MainWindow::updateTitle);
    connect(m_session, &SessionController::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &SessionController::pathChanged, this, [this] {
        m_presetEvents.reset();
        m_banner->hide();
    });
    connect(m_document, &Document::changed, this, &MainWindow::followPresetBanner);
    connect(m_session, &SessionController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    statusBar()->showMessage(tr("Drag a slider: every chart and number follows."));
    restoreSettings();
    updateTitle();
    m_focusCycle = new FocusCycle(
        this, {m_leftTabs, m_numbersBox, m_rightTabs, static_cast<QWidget *>(m_lessons->dock())});
    focusEditor();
}

void MainWindow::focusEditor() {
    if (EventRowEditor *first = m_editor->row(0); first && !m_editor->showsTable()) {
        first->slider(Side::P)->setFocus(Qt::OtherFocusReason);
    } else {
        m_editor->table()->setFocus(Qt::OtherFocusReason);
    }
}

QWidget *MainWindow::buildLeft() {
    auto *tabs = new QTabWidget(this);
    m_leftTabs = tabs;
    tabs->addTab(m_editor, tr("Events"));
    m_classifier = new ClassifierPanel(m_document, m_analysis, tabs);
    auto *classifierScroll = new QScrollArea(tabs);
    classifierScroll->setWidget(m_classifier);
    classifierScroll->setWidgetResizable(true);
    classifierScroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(classifierScroll, tr("Classifier (logits)"));

    auto *numbersBox = new QGroupBox(tr("Quantities"), this);
    m_numbersBox = numbersBox;
    auto *numbersLayout = new QVBoxLayout(numbersBox);
    numbersLayout->setContentsMargins(2, 2, 2, 2);
    numbersLayout->addWidget(new LayoutBarrier(m_numbers, numbersBox));
    numbersLayout->addWidget(new IdentityMeters(m_analysis, numbersBox));
    m_leftSplitter->addWidget(tabs);
    m_leftSplitter->addWidget(numbersBox);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    return m_leftSplitter;
}

QWidget *MainWindow::buildRight() {
    auto *right = new QWidget(this);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(right);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #222; border: 1px solid #e6c66e; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_rightTabs = new QTabWidget(right);
    m_rightTabs->addTab(buildCharts(), tr("Charts"));
    m_formulas = new FormulasPanel(m_analysis, m_rightTabs);
    m_rightTabs->addTab(m_formulas, tr("Worked Formulas"));
    auto *path = new PathSweepView(m_document, m_analysis, m_rightTabs);
    auto *binary = new BinaryView(m_document, m_analysis, m_rightTabs);
    m_rightTabs->addTab(path, tr("Path from P to Q"));
    m_rightTabs->addTab(binary, tr("Two Events"));
    m_rightTabs->addTab(new CodesView(m_analysis, m_rightTabs), tr("Codes"));
    auto *samples = new SamplesView(m_document, m_analysis, m_rightTabs);
    m_rightTabs->addTab(samples, tr("Samples"));
    auto *fit = new FitView(m_analysis, m_document, m_rightTabs);
    m_rightTabs->addTab(fit, tr("Fit"));
    connect(fit, &FitView::smoothRequested, this, &MainWindow::askToSmooth);
    m_rightTabs->addTab(new SimplexView(m_analysis, m_document, m_rightTabs), tr("Simplex"));
    m_rightTabs->addTab(new RenyiView(m_analysis, m_document, m_rightTabs), tr("Rényi α"));
    m_charts.append(path->chart());
    m_charts.append(binary->chart());
    m_charts.append(samples->meansChart());
    m_charts.append(samples->evidenceChart());
    m_charts.append(samples->histogram());
    layout->addWidget(m_rightTabs, 1);
    return right;
}

MainWindow::~MainWindow() {
    // The document outlives this destructor (it is a child, deleted by ~QObject): its undo
    // stack must not call back into a window that is already half gone.
    m_document->undoGroup()->disconnect(this);
    m_document->sessionUndoStack()->disconnect(this);
}

QWidget *MainWindow::buildCharts() {
    auto *area = new QWidget(this);
    auto *grid = new QGridLayout(area);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    auto *distributions = new DistributionChart(m_analysis, area);
    distributions->setDocument(m_document);  // its bars can be dragged
    m_charts = {distributions, new SurprisalChart(m_analysis, area),
                new DivergenceChart(m_analysis, area), new SummaryChart(m_analysis, area)};
    for (int i = 0; i < 4; ++i) {
        grid->addWidget(m_charts[i], i / 2, i % 2);
        m_charts[i]->refresh();
        m_charts[i]->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_charts[i], &QWidget::customContextMenuRequested, this,
                [this, i](const QPoint &position) { showChartMenu(ChartKind(i), position); });
    }
    return area;
}

void MainWindow::buildMenus() {
    buildFileMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_actions->undo, m_actions->redo});
    edit->addSeparator();
    edit->addAction(m_actions->copyImage);
    edit->addSeparator();
    edit->addActions(
        {m_actions->addEvent, m_actions->copyPToQ, m_actions->copyQToP, m_actions->swap});
    edit->addSeparator();
    edit->addActions({m_actions->smoothP, m_actions->smoothQ, m_actions->enterClassifier});
    edit->addSeparator();
    edit->addActions({m_actions->proportionalMode, m_actions->weightsMode});

    buildPresetsMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *units = view->addMenu(tr("&Units"));
    units->addActions({m_actions->bits, m_actions->nats, m_actions->hartleys});
    view->addSeparator();
    buildViewMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    buildLessonMenus(help);
    help->addAction(m_actions->conventions);
    help->addAction(m_actions->about);

    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->conventions, &QAction::triggered, this, &MainWindow::showConventions);
    connect(m_actions->smoothP, &QAction::triggered, this, [this] { askToSmooth(Side::P); });
    connect(m_actions->smoothQ, &QAction::triggered, this, [this] { askToSmooth(Side::Q); });
    connect(m_numbers, &NumbersPanel::smoothRequested, this, &MainWindow::askToSmooth);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_actions->undo, m_actions->redo});
    bar->addSeparator();
    bar->addActions(
        {m_actions->addEvent, m_actions->copyPToQ, m_actions->copyQToP, m_actions->swap});
    bar->addSeparator();
    bar->addActions({m_actions->bits, m_actions->nats, m_actions->hartleys});
    // The button Qt adds for the tools a narrow window cannot show has no name of its own.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More Tools"));
    }
}

void MainWindow::showUndoStep(int index) {
    const QUndoStack *stack = m_document->undoStack();
    // After an undo the step at `index` is the one undone; after a push or redo, the one before.
    const QUndoCommand *step = stack->command(index - 1);
    if (step) {
        statusBar()->showMessage(step->text());
    }
}

void MainWindow::updateTitle() {
    setWindowModified(!m_document->sessionUndoStack()->isClean());
    setWindowTitle(tr("%1[*] \u2014 Entropy Explorer").arg(m_session->displayName()));
}

void MainWindow::restoreSettings() {
    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1366, 768);
        resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    }
    restoreState(settings.windowState());
    if (!m_mainSplitter->restoreState(settings.splitterState(m_mainSplitter->objectName()))) {
        m_mainSplitter->setSizes({520, 1000});
    }
    m_leftSplitter->restoreState(settings.splitterState(m_leftSplitter->objectName()));
    Themes::apply(Themes::fromKey(settings.theme()));
    for (ChartBase *chart : std::as_const(m_charts)) {
        chart->applyTheme();
    }
    if (settings.fontScale() != 1.0) {
        setFontScale(settings.fontScale());
    }
    DocumentState state = m_document->state();
    state.base = settings.base();
    state = edits::setMode(state, settings.editMode());
    m_document->applyState(state);  // preferences, not edits: no undo step
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // The lesson first: it may need saving, and its end brings the session back.
    if (!m_session->maybeSave()) {  // ends a lesson first, asking before it loses edits
        event->ignore();
        return;
    }
    setPresenting(false);
    m_autosave->discard();  // a clean exit: nothing to recover next time
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    settings.setSplitterState(m_leftSplitter->objectName(), m_leftSplitter->saveState());
    settings.setBase(m_document->state().base);
    settings.setEditMode(m_document->state().mode);
    event->accept();
}

void MainWindow::showConventions() {
    QMessageBox::information(
        this, tr("Conventions"),
        tr("<p><b>P is the truth, Q the model.</b> H(P,Q) = \u2212\u03A3 p log q is the "
           "cross-entropy of Q under P, and D(P\u2016Q) = \u03A3 p log(p/q). Some texts swap "
           "the arguments.</p>"
           "<p><b>0 log 0 = 0:</b> an event with p = 0 adds nothing to H(P), H(P,Q) or "
           "D(P\u2016Q), whatever q is.</p>"
           "<p><b>Infinity:</b> if p &gt; 0 where q = 0, H(P,Q) and D(P\u2016Q) are infinite: Q "
           "calls impossible something P says can happen. The surprisal \u2212log p of an event "
           "with p = 0 is infinite too. Charts draw such bars to the top of the axis, marked "
           "\u221E.</p>"
           "<p><b>Units:</b> bits (log base 2), nats (base e), hartleys (base 10).</p>"));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Entropy Explorer"),
                       tr("<h3>Entropy Explorer %1</h3><p>See entropy, cross-entropy and KL "
                          "divergence between two distributions, and why D(P\u2016Q) \u2260 "
                          "D(Q\u2016P).</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::offerRecovery() {
    const auto leftover = m_autosave->leftover();
    if (!leftover) {
        return;
    }
    const auto state = Autosave::read(*leftover);
    if (state) {
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Session"),
            tr("Entropy Explorer did not close properly last time, and a session had unsaved "
               "changes. Recover it?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_document->replace(state.value(), tr("Recover unsaved session"));
            statusBar()->showMessage(tr("Recovered the unsaved session: save it to keep it."));
        }
    }
    Autosave::discardLeftover(*leftover);
}
