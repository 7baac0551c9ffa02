// SPDX-License-Identifier: MIT
#include "documentstate.h"

#include <entropy/sampling.h>
#include <entropy/table_import.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

QList<double> DocumentState::values(Side side) const {
    QList<double> result(events.size());
    std::transform(events.begin(), events.end(), result.begin(),
                   [side](const EventValues &row) { return row.value(side); });
    return result;
}

entropy::Result<entropy::Distribution> distributionOf(Side side, const QList<double> &values) {
    return entropy::Distribution::fromWeights(values, sideName(side).toStdString());
}

bool DocumentState::sameEvents(const DocumentState &other) const {
    return labels == other.labels;  // at once when the two share their labels, as edits leave them
}

EventRow DocumentState::row(int index) const {
    const EventValues &v = events[index];
    return {labels[index], v.p, v.q, v.lockedP, v.lockedQ};
}

QList<EventRow> DocumentState::rows() const {
    QList<EventRow> result;
    result.reserve(events.size());
    for (int i = 0; i < size(); ++i) {
        result.append(row(i));
    }
    return result;
}

void DocumentState::setEvents(const QList<EventRow> &rows) {
    labels.clear();
    events.clear();
    for (const EventRow &row : rows) {
        appendEvent(row);
    }
}

void DocumentState::appendEvent(const EventRow &row) {
    labels.append(row.label);
    events.append(row.values());
}

void DocumentState::removeEvent(int index) {
    labels.removeAt(index);
    events.removeAt(index);
}

DocumentState DocumentState::initial() {
    DocumentState state;
    state.setEvents({{"A", 0.6, 0.2}, {"B", 0.3, 0.3}, {"C", 0.1, 0.5}});
    return state;
}

QString sideName(Side side) {
    return side == Side::P ? QStringLiteral("P") : QStringLiteral("Q");
}

QString defaultLabel(int index) {
    return QString::fromStdString(entropy::alphabeticLabel(std::size_t(index)));
}

namespace edits {
namespace {

double sideTotal(const DocumentState &state, Side side) {
    double total = 0.0;
    for (const EventValues &row : state.events) {
        total += row.value(side);
    }
    return total;
}

// Scales every event of one side so that the side sums to 1 (uniform if it has no mass).
void normalise(DocumentState &state, Side side) {
    const double total = sideTotal(state, side);
    for (EventValues &row : state.events) {
        row.value(side) = total > 0 ? row.value(side) / total : 1.0 / double(state.size());
    }
}

std::optional<DocumentState> setProportional(DocumentState state, Side side, int event,
                                             double value) {
    // The side's members chosen once, not per event: 65,536 events make two passes per step of
    // a drag. The passes read from the shared state and write one copy of it.
    double EventValues::*const member = side == Side::P ? &EventValues::p : &EventValues::q;
    bool EventValues::*const lock = side == Side::P ? &EventValues::lockedP : &EventValues::lockedQ;
    double lockedMass = 0.0, freeMass = 0.0;
    int freeCount = 0;
    const QList<EventValues> &shared = std::as_const(state.events);
    for (int j = 0; j < state.size(); ++j) {
        const EventValues &row = shared[j];
        if (j != event) {
            (row.*lock ? lockedMass : freeMass) += row.*member;
            freeCount += row.*lock ? 0 : 1;
        }
    }
    if (freeCount == 0) {
        return std::nullopt;  // everything else is locked: nothing can make room
    }
    value = std::min(value, std::max(0.0, 1.0 - lockedMass));
    const double remaining = std::max(0.0, 1.0 - lockedMass - value);
    const double scale = freeMass > 0 ? remaining / freeMass : 0.0;
    const double share = freeMass > 0 ? 0.0 : remaining / freeCount;
    for (EventValues &row : state.events) {
        if (!(row.*lock)) {
            row.*member = freeMass > 0 ? row.*member * scale : share;
        }
    }
    state.events[event].*member = value;
    return state;
}

}  // namespace

std::optional<DocumentState> setValue(const DocumentState &state, Side side, int event,
                                      double value) {
    if (event < 0 || event >= state.size() || state.events[event].locked(side)) {
        return std::nullopt;
    }
    value = std::clamp(value, 0.0, 1.0);
    if (state.mode == EditMode::Proportional) {
        return setProportional(state, side, event, value);
    }
    DocumentState next = state;
    next.events[event].value(side) = value;
    if (sideTotal(next, side) <= 0.0) {
        return std::nullopt;  // a distribution needs some mass
    }
    return next;
}

std::optional<DocumentState> setProbability(const DocumentState &state, Side side, int event,
                                            double probability) {
    if (state.mode == EditMode::Proportional || event < 0 || event >= state.size()) {
        return setValue(state, side, event, probability);
    }
    // w / (w + others) = probability  =>  w = probability * others / (1 - probability).
    const double others = sideTotal(state, side) - state.events[event].value(side);
    probability = std::clamp(probability, 0.0, 1.0);
    const double weight = probability >= 1.0 ? 1.0 : probability * others / (1.0 - probability);
    return setValue(state, side, event, weight);
}

std::optional<DocumentState> addEvent(const DocumentState &state) {
    if (state.size() >= kMaxEditableEvents) {
        return std::nullopt;
    }
    DocumentState next = state;
    const int n = state.size();
    QString label = defaultLabel(n);
    for (int i = n + 1; next.labels.contains(label); ++i) {
        label = defaultLabel(i);
    }
    if (state.mode == EditMode::Proportional) {
        // The new event takes an equal share; the others keep their proportions.
        const double share = 1.0 / (n + 1);
        for (EventValues &row : next.events) {
            row.p *= 1.0 - share;
            row.q *= 1.0 - share;
        }
        next.appendEvent({label, share, share});
    } else {
        next.appendEvent({label, sideTotal(state, Side::P) / n, sideTotal(state, Side::Q) / n});
    }
    return next;
}

std::optional<DocumentState> removeEvent(const DocumentState &state, int event) {
    if (event < 0 || event >= state.size() || state.size() <= kMinEvents) {
        return std::nullopt;
    }
    DocumentState next = state;
    next.removeEvent(event);
    for (const Side side : {Side::P, Side::Q}) {
        if (state.mode == EditMode::Proportional || sideTotal(next, side) <= 0.0) {
            normalise(next, side);
        }
    }
    return next;
}

DocumentState copySide(const DocumentState &state, Side from) {
    DocumentState next = state;
    for (EventValues &row : next.events) {
        row.value(otherSide(from)) = row.value(from);
    }
    return next;
}

DocumentState swapSides(const DocumentState &state) {
    DocumentState next = state;
    for (EventValues &row : next.events) {
        std::swap(row.p, row.q);
        std::swap(row.lockedP, row.lockedQ);
    }
    return next;
}

DocumentState setMode(const DocumentState &state, EditMode mode) {
    DocumentState next = state;
    next.mode = mode;
    if (mode == EditMode::Proportional) {
        normalise(next, Side::P);
        normalise(next, Side::Q);
    }
    return next;
}

std::optional<DocumentState> smooth(const DocumentState &state, Side side, double epsilon) {
    if (!(epsilon > 0.0) || !std::isfinite(epsilon)) {
        return std::nullopt;
    }
    DocumentState next = state;
    for (EventValues &row : next.events) {
        row.value(side) += epsilon;
    }
    if (state.mode == EditMode::Proportional) {
        normalise(next, side);
    }
    return next;
}

DocumentState setPathT(const DocumentState &state, double t) {
    DocumentState next = state;
    next.pathT = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : state.pathT;
    return next;
}

std::optional<DocumentState> setBinaryEvent(const DocumentState &state, int event) {
    if (event < 0 || event >= state.size()) {
        return std::nullopt;
    }
    DocumentState next = state;
    next.binaryEvent = event;
    return next;
}

DocumentState setSampleSettings(const DocumentState &state, SampleSettings settings) {
    settings.n = std::clamp(settings.n, 1, int(entropy::kMaxDraws));
    settings.seed = std::clamp<qint64>(settings.seed, 0, SampleSettings::kMaxSeed);
    settings.paths = std::clamp(settings.paths, 1, SampleSettings::kMaxPaths);
    DocumentState next = state;
    next.samples = settings;
    return next;
}

DocumentState settle(DocumentState state) {
    Q_ASSERT(state.labels.size() == state.events.size());  // the edits keep them together
    state.binaryEvent = std::clamp(state.binaryEvent, 0, std::max(0, state.size() - 1));
    if (state.classifier.enabled) {
        ClassifierState &c = state.classifier;
        const bool consistent = c.logits.size() == state.events.size() && c.trueClass >= 0 &&
                                c.trueClass < state.size() &&
                                deriveFromClassifier(state).events == state.events;
        c.enabled = consistent;
    }
    return state;
}

}  // namespace edits
