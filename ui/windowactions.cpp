// SPDX-License-Identifier: MIT
#include "windowactions.h"

#include "document.h"

#include <QAction>
#include <QActionGroup>
#include <QUndoGroup>
#include <QWidget>

namespace {

QAction *makeAction(const QString &text, QWidget *window, const QKeySequence &shortcut = {},
                    const QString &tip = {}) {
    auto *action = new QAction(text, window);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip.isEmpty() ? QString(text).remove('&') : tip);
    window->addAction(action);  // shortcuts work in full screen too, with menus hidden
    return action;
}

QAction *checkable(QAction *action, QActionGroup *group) {
    action->setCheckable(true);
    group->addAction(action);
    return action;
}

}  // namespace

WindowActions::WindowActions(Document *document, QWidget *window)
    : QObject(window), m_document(document) {
    newSession = makeAction(tr("&New"), window, QKeySequence::New,
                            tr("Start again from the default P and Q"));
    open = makeAction(tr("&Open…"), window, QKeySequence::Open, tr("Open a saved session"));
    save = makeAction(tr("&Save"), window, QKeySequence::Save, tr("Save the session"));
    saveAs = makeAction(tr("Save &As…"), window, QKeySequence::SaveAs);
    exportChart =
        makeAction(tr("&Export Chart…"), window, QKeySequence(tr("Ctrl+E")),
                   tr("Save a chart or all four as PNG, SVG or PDF, or the events as CSV"));
    exportNumbers =
        makeAction(tr("Export &Numbers (CSV)…"), window, {}, tr("Save every total as a CSV table"));
    importCsv = makeAction(tr("Import &CSV Table…"), window, {},
                           tr("Read events from a CSV file with columns label,p,q or p,q"));
    importTexts = makeAction(tr("Compare Two &Texts…"), window, {},
                             tr("P and Q from the letter or word frequencies of two texts"));
    copyImage = makeAction(tr("&Copy Charts as Image"), window, QKeySequence(tr("Ctrl+Shift+C")),
                           tr("Put the four charts on the clipboard as an image"));
    quit = makeAction(tr("&Quit"), window, QKeySequence::Quit);
    // Own actions rather than QUndoStack's, whose text grows with each step's name and would
    // shift the toolbar on every edit; the step's name goes to the tooltip instead.
    // Through the group: a lesson brings its own history (Document::enterLesson).
    QUndoGroup *stack = document->undoGroup();
    undo = makeAction(tr("&Undo"), window, QKeySequence::Undo);
    redo = makeAction(tr("&Redo"), window, QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoGroup::undo);
    connect(redo, &QAction::triggered, stack, &QUndoGroup::redo);
    connect(stack, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoGroup::undoTextChanged, undo,
            [this](const QString &text) { this->undo->setToolTip(tr("Undo: %1").arg(text)); });
    connect(stack, &QUndoGroup::redoTextChanged, redo,
            [this](const QString &text) { this->redo->setToolTip(tr("Redo: %1").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);

    addEvent = makeAction(tr("&Add Event"), window, QKeySequence(tr("Ctrl+Shift+A")),
                          tr("Add an event to P and Q"));
    copyPToQ = makeAction(tr("Copy P \u2192 Q"), window, QKeySequence(tr("Ctrl+Shift+Q")),
                          tr("Make Q equal to P: every divergence becomes 0"));
    copyQToP = makeAction(tr("Copy Q \u2192 P"), window, QKeySequence(tr("Ctrl+Shift+P")),
                          tr("Make P equal to Q"));
    swap = makeAction(tr("&Swap P and Q"), window, QKeySequence(tr("Ctrl+Shift+S")),
                      tr("Exchange P and Q: D(P\u2016Q) and D(Q\u2016P) trade places"));
    smoothP = makeAction(tr("Smooth &P…"), window, {},
                         tr("Add a small weight to every event of P and renormalise"));
    smoothQ = makeAction(tr("Smooth &Q…"), window, QKeySequence(tr("Ctrl+Shift+M")),
                         tr("Add a small weight to every event of Q and renormalise: a zero in "
                            "Q no longer makes D(P\u2016Q) infinite"));
    enterClassifier =
        makeAction(tr("Enter &Classifier Mode"), window, {}, Document::enterClassifierText());

    auto *modes = new QActionGroup(this);
    proportionalMode = checkable(
        makeAction(
            tr("Edit &Probabilities"), window, {},
            tr("A slider sets a probability; the other unlocked events rescale to sum to 1")),
        modes);
    weightsMode = checkable(makeAction(tr("Edit Raw &Weights"), window, {},
                                       tr("Sliders are weights, normalised for the charts")),
                            modes);

    auto *units = new QActionGroup(this);
    bits =
        checkable(makeAction(tr("&Bits (log base 2)"), window, QKeySequence(tr("Ctrl+1"))), units);
    nats =
        checkable(makeAction(tr("&Nats (log base e)"), window, QKeySequence(tr("Ctrl+2"))), units);
    hartleys = checkable(
        makeAction(tr("&Hartleys (log base 10)"), window, QKeySequence(tr("Ctrl+3"))), units);

    fullScreen = makeAction(tr("&Full Screen"), window, QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    zoomIn = makeAction(tr("&Larger Text and Lines"), window, QKeySequence::ZoomIn,
                        tr("For a projector: every label, chart and line grows"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    zoomOut = makeAction(tr("&Smaller Text and Lines"), window, QKeySequence::ZoomOut);
    zoomReset = makeAction(tr("&Normal Size"), window, QKeySequence(tr("Ctrl+0")));
    conventions =
        makeAction(tr("&Conventions"), window, {}, tr("How zeros and infinities are treated"));
    about = makeAction(tr("&About Entropy Explorer"), window);

    connect(addEvent, &QAction::triggered, document, &Document::addEvent);
    connect(copyPToQ, &QAction::triggered, document, [document] { document->copySide(Side::P); });
    connect(copyQToP, &QAction::triggered, document, [document] { document->copySide(Side::Q); });
    connect(swap, &QAction::triggered, document, &Document::swapSides);
    connect(enterClassifier, &QAction::triggered, document, &Document::enterClassifier);
    connect(proportionalMode, &QAction::triggered, document,
            [document] { document->setMode(EditMode::Proportional); });
    connect(weightsMode, &QAction::triggered, document,
            [document] { document->setMode(EditMode::Weights); });
    for (const auto base :
         {entropy::LogBase::Bits, entropy::LogBase::Nats, entropy::LogBase::Hartleys}) {
        connect(unitAction(base), &QAction::triggered, document,
                [document, base] { document->setBase(base); });
    }
    connect(document, &Document::changed, this, &WindowActions::showDocumentState);
    showDocumentState();
}

QAction *WindowActions::unitAction(entropy::LogBase base) const {
    switch (base) {
        case entropy::LogBase::Bits:
            return bits;
        case entropy::LogBase::Nats:
            return nats;
        case entropy::LogBase::Hartleys:
            return hartleys;
    }
    return bits;
}

void WindowActions::showDocumentState() {
    const DocumentState &state = m_document->state();
    unitAction(state.base)->setChecked(true);
    (state.mode == EditMode::Proportional ? proportionalMode : weightsMode)->setChecked(true);
    addEvent->setEnabled(state.size() < kMaxEditableEvents);
    enterClassifier->setEnabled(!state.classifier.enabled);
}
