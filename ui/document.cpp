// SPDX-License-Identifier: MIT
#include "document.h"

#include <QUndoCommand>
#include <QUndoStack>

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

QString sideName(Side side) {
    return side == Side::P ? QStringLiteral("P") : QStringLiteral("Q");
}

}  // namespace

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

entropy::Result<entropy::Distribution> Document::distribution(Side side) const {
    const QList<double> values = m_state.values(side);
    return entropy::Distribution::fromWeights(values, sideName(side).toStdString());
}

bool Document::push(std::optional<DocumentState> next, const QString &text, int mergeKey) {
    if (!next || *next == m_state) {
        return false;
    }
    m_undoStack->push(new EditCommand(this, m_state, std::move(*next), text, mergeKey));
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
    if (event < 0 || event >= m_state.size()) {
        return false;
    }
    const QString text = tr("Set %1 of event %2 to %3")
                             .arg(sideName(side), m_state.events[event].label)
                             .arg(value, 0, 'f', 3);
    // One key per slider drag: the drag id, the side and the event.
    const int mergeKey = dragId == 0 ? 0 : (dragId << 12) ^ (event << 1) ^ int(side == Side::Q);
    return push(edits::setValue(m_state, side, event, value), text, mergeKey);
}

bool Document::setLabel(int event, const QString &label) {
    if (event < 0 || event >= m_state.size() || label.trimmed().isEmpty()) {
        return false;
    }
    DocumentState next = m_state;
    next.events[event].label = label.trimmed();
    return push(next,
                tr("Rename event %1 to %2").arg(m_state.events[event].label, label.trimmed()));
}

bool Document::setLocked(Side side, int event, bool locked) {
    if (event < 0 || event >= m_state.size()) {
        return false;
    }
    DocumentState next = m_state;
    (side == Side::P ? next.events[event].lockedP : next.events[event].lockedQ) = locked;
    const QString label = m_state.events[event].label;
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
                tr("Remove event %1").arg(m_state.events[event].label));
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

void Document::replace(const DocumentState &state, const QString &description, int mergeKey) {
    push(state, description, mergeKey == 0 ? 0 : -mergeKey);  // negative: never a slider's key
}

void Document::reset(const DocumentState &state) {
    m_undoStack->clear();
    applyState(state);
    m_undoStack->setClean();
}
