// SPDX-License-Identifier: MIT
#include "document.h"

#include <QHashFunctions>
#include <QUndoCommand>
#include <QUndoGroup>
#include <QUndoStack>

#include <cmath>
#include <utility>

namespace {

// One edit as the states before and after it. Commands with the same non-zero merge key (one
// slider drag) fold into one undo step.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Document *document, DocumentState before, DocumentState after, const QString &text,
                int mergeKey)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey) {
        setText(text);
    }

    void undo() override { m_document->applyState(m_before); }
    void redo() override { m_document->applyState(m_after); }
    [[nodiscard]] int id() const override { return m_mergeKey == 0 ? -1 : 1; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *edit = static_cast<const EditCommand *>(other);
        if (edit->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = edit->m_after;
        setText(edit->text());
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Document *m_document;
    DocumentState m_before, m_after;
    int m_mergeKey;
};

}  // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_sessionStack(new QUndoStack(m_undoGroup))
    , m_lessonStack(new QUndoStack(m_undoGroup)) {
    m_undoGroup->setActiveStack(m_sessionStack);
}

QUndoStack *Document::undoStack() const {
    return m_undoGroup->activeStack();
}

const DocumentState &Document::sessionState() const {
    return m_sessionKept ? *m_sessionKept : m_state;
}

void Document::enterLesson() {
    if (!m_sessionKept) {
        m_sessionKept = m_state;
        m_lessonStack->clear();
        m_undoGroup->setActiveStack(m_lessonStack);
        emit lessonChanged(true);
    }
}

void Document::showLessonState(const DocumentState &state) {
    m_lessonStack->clear();
    applyState(edits::settle(state));
}

void Document::leaveLesson() {
    if (m_sessionKept) {
        const DocumentState session = *std::exchange(m_sessionKept, std::nullopt);
        m_undoGroup->setActiveStack(m_sessionStack);
        m_lessonStack->clear();
        applyState(session);
        emit lessonChanged(false);
    }
}

entropy::Result<entropy::Distribution> Document::distribution(Side side) const {
    return distributionOf(side, m_state.values(side));
}

int Document::newDragId() {
    static int counter = 0;
    counter = counter % 1000000 + 1;
    return counter;
}

int Document::mergeKey(int dragId, Control control, int event, int side) {
    if (dragId == 0) {
        return 0;
    }
    // Positive and non-zero: Document::replace uses the negative keys.
    return int(qHashMulti(0, dragId, int(control), event, side) & 0x3fffffff) | 1;
}

bool Document::push(std::optional<DocumentState> next, const QString &text, int mergeKey) {
    if (!next) {
        return false;
    }
    DocumentState settled = edits::settle(std::move(*next));
    if (settled == m_state) {
        return false;
    }
    undoStack()->push(new EditCommand(this, m_state, std::move(settled), text, mergeKey));
    return true;
}

void Document::applyState(const DocumentState &state) {
    const bool structure = !state.sameEvents(m_state);
    const bool baseChange = state.base != m_state.base;
    m_state = state;
    if (baseChange) {
        emit baseChanged(state.base);
    }
    emit changed(structure);
}

bool Document::setValue(Side side, int event, double value, int dragId) {
    return pushValue(&edits::setValue, side, event, value, dragId);
}

bool Document::setProbability(Side side, int event, double probability, int dragId) {
    return pushValue(&edits::setProbability, side, event, probability, dragId);
}

bool Document::pushValue(ValueEdit edit, Side side, int event, double value, int dragId) {
    if (event < 0 || event >= m_state.size()) {
        return false;
    }
    const QString text = tr("Set %1 of event %2 to %3")
                             .arg(sideName(side), m_state.labels.at(event))
                             .arg(value, 0, 'f', 3);
    return push(edit(m_state, side, event, value), text,
                mergeKey(dragId, Control::Value, event, sideIndex(side)));
}

bool Document::setLabel(int event, const QString &label) {
    if (event < 0 || event >= m_state.size() || label.trimmed().isEmpty()) {
        return false;
    }
    DocumentState next = m_state;
    next.labels[event] = label.trimmed();
    return push(next, tr("Rename event %1 to %2").arg(m_state.labels.at(event), label.trimmed()));
}

bool Document::setLocked(Side side, int event, bool locked) {
    if (event < 0 || event >= m_state.size()) {
        return false;
    }
    DocumentState next = m_state;
    (side == Side::P ? next.events[event].lockedP : next.events[event].lockedQ) = locked;
    const QString label = m_state.labels.at(event);
    return push(next, locked ? tr("Lock %1 of event %2").arg(sideName(side), label)
                             : tr("Unlock %1 of event %2").arg(sideName(side), label));
}

bool Document::addEvent() {
    return push(edits::addEvent(m_state), tr("Add an event"));
}

bool Document::removeEvent(int event) {
    if (event < 0 || event >= m_state.size()) {
        return false;
    }
    return push(edits::removeEvent(m_state, event),
                tr("Remove event %1").arg(m_state.labels.at(event)));
}

void Document::copySide(Side from) {
    push(edits::copySide(m_state, from), from == Side::P ? tr("Copy P to Q") : tr("Copy Q to P"));
}

void Document::swapSides() {
    push(edits::swapSides(m_state), tr("Swap P and Q"));
}

void Document::setBase(entropy::LogBase base) {
    DocumentState next = m_state;
    next.base = base;
    push(next, tr("Show values in %1").arg(QString::fromUtf8(entropy::unitName(base).data())));
}

void Document::setMode(EditMode mode) {
    push(edits::setMode(m_state, mode), mode == EditMode::Proportional
                                            ? tr("Edit probabilities (others rescale)")
                                            : tr("Edit raw weights"));
}

bool Document::smooth(Side side, double epsilon) {
    return push(edits::smooth(m_state, side, epsilon),
                tr("Smooth %1 (add %2 to every weight)").arg(sideName(side)).arg(epsilon));
}

bool Document::setPathT(double t, int dragId) {
    return push(edits::setPathT(m_state, t), tr("Move to t = %1 on the path").arg(t, 0, 'f', 2),
                mergeKey(dragId, Control::PathT));
}

bool Document::setBinaryEvent(int event) {
    const auto next = edits::setBinaryEvent(m_state, event);
    return next && push(next, tr("Two events: %1 against the rest").arg(m_state.labels.at(event)));
}

bool Document::setSampleSettings(const SampleSettings &settings) {
    return push(edits::setSampleSettings(m_state, settings), tr("Samples: n = %1 from %2, seed %3")
                                                                 .arg(settings.n)
                                                                 .arg(sideName(settings.source))
                                                                 .arg(settings.seed));
}

bool Document::setSimplexContours(SimplexContours contours) {
    return push(edits::setSimplexContours(m_state, contours), tr("Change the simplex's contours"));
}

bool Document::setRenyiAlpha(double alpha, int dragId) {
    return push(edits::setRenyiAlpha(m_state, alpha),
                tr("Set Rényi's order to %1")
                    .arg(std::isinf(alpha) ? QStringLiteral("∞") : QString::number(alpha)),
                mergeKey(dragId, Control::Alpha));
}

bool Document::setDistribution(Side side, const QList<double> &probabilities,
                               const QString &description, int dragId) {
    return push(edits::setDistribution(m_state, side, probabilities), description,
                mergeKey(dragId, Control::Distribution, 0, sideIndex(side)));
}

bool Document::setGaussian(Side side, entropy::GaussianParameters theta, const QString &description,
                           int dragId) {
    const auto bump = entropy::discretisedGaussian(std::size_t(m_state.size()), theta);
    return setDistribution(side, QList<double>(bump.begin(), bump.end()), description, dragId);
}

bool Document::setMergedThree(Side side, const entropy::Point3 &point, int dragId) {
    return push(edits::setMergedThree(m_state, side, point),
                tr("Move %1 in the simplex").arg(sideName(side)),
                mergeKey(dragId, Control::Distribution, 0, sideIndex(side)));
}

QString Document::enterClassifierText() {
    return tr("Make P one-hot on the most likely event of P, and set logits to log Q");
}

bool Document::enterClassifier() {
    return !m_state.classifier.enabled &&
           push(edits::enterClassifier(m_state), enterClassifierText());
}

bool Document::leaveClassifier() {
    return m_state.classifier.enabled &&
           push(edits::leaveClassifier(m_state), tr("Leave classifier mode"));
}

bool Document::setTrueClass(int event) {
    const auto next = edits::setTrueClass(m_state, event);
    return next && push(next, tr("Classifier: true class %1").arg(m_state.labels.at(event)));
}

bool Document::setSmoothing(double epsilon, int dragId) {
    return push(edits::setSmoothing(m_state, epsilon),
                tr("Classifier: label smoothing %1").arg(epsilon, 0, 'f', 2),
                mergeKey(dragId, Control::Smoothing));
}

bool Document::setTemperature(double temperature, int dragId) {
    return push(edits::setTemperature(m_state, temperature),
                tr("Classifier: temperature %1").arg(temperature, 0, 'f', 2),
                mergeKey(dragId, Control::Temperature));
}

bool Document::setLogit(int event, double logit, int dragId) {
    const auto next = edits::setLogit(m_state, event, logit);
    return next && push(next,
                        tr("Classifier: logit of %1 to %2")
                            .arg(m_state.labels.at(event))
                            .arg(logit, 0, 'f', 2),
                        mergeKey(dragId, Control::Logit, event));
}

void Document::replace(const DocumentState &state, const QString &description, int mergeKey) {
    push(state, description, mergeKey == 0 ? 0 : -mergeKey);  // negative: never a slider's key
}

void Document::reset(const DocumentState &state) {
    leaveLesson();
    m_sessionStack->clear();
    applyState(edits::settle(state));
    m_sessionStack->setClean();
}
