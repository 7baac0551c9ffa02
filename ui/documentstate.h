// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/log_base.h>

#include <QList>
#include <QString>

#include <optional>

// What a session is: the events with their P and Q values, the unit and the editing mode.
// Plain values, so that an undo step is a pair of them and every edit a pure function.

enum class Side { P, Q };

// Proportional: a slider sets a probability and the other unlocked events of that
// distribution are rescaled so it still sums to 1. Weights: sliders are raw weights,
// normalised only for the charts.
enum class EditMode { Proportional, Weights };

struct EventRow {
    QString label;
    double p = 0.0;
    double q = 0.0;
    bool lockedP = false;
    bool lockedQ = false;

    [[nodiscard]] double value(Side side) const { return side == Side::P ? p : q; }
    [[nodiscard]] double &value(Side side) { return side == Side::P ? p : q; }
    [[nodiscard]] bool locked(Side side) const { return side == Side::P ? lockedP : lockedQ; }
    bool operator==(const EventRow &) const = default;
};

struct DocumentState {
    QList<EventRow> events;
    entropy::LogBase base = entropy::LogBase::Bits;
    EditMode mode = EditMode::Proportional;

    bool operator==(const DocumentState &) const = default;

    [[nodiscard]] int size() const { return int(events.size()); }
    [[nodiscard]] QList<double> values(Side side) const;
    // The same events with other values (labels and locks kept).
    [[nodiscard]] bool sameEvents(const DocumentState &other) const;

    // The default: P = (0.6, 0.3, 0.1), Q = (0.2, 0.3, 0.5), where D(P||Q) != D(Q||P) shows.
    [[nodiscard]] static DocumentState initial();
};

// The fewest and most events the editor adds or removes down or up to.
inline constexpr int kMinEvents = 2;
inline constexpr int kMaxEditableEvents = 64;

// "A", "B", ..., "Z", "AA", "AB", ...: the default label of the 0-based event `index`.
[[nodiscard]] QString defaultLabel(int index);

// The edits: each returns the new state, or nothing when the edit cannot happen (a slider
// whose event is locked or whose every other event is locked, a weight change that would
// leave a distribution with no mass, an index out of range).
namespace edits {

[[nodiscard]] std::optional<DocumentState> setValue(const DocumentState &state, Side side,
                                                    int event, double value);
[[nodiscard]] std::optional<DocumentState> addEvent(const DocumentState &state);
[[nodiscard]] std::optional<DocumentState> removeEvent(const DocumentState &state, int event);
[[nodiscard]] DocumentState copySide(const DocumentState &state, Side from);
[[nodiscard]] DocumentState swapSides(const DocumentState &state);
[[nodiscard]] DocumentState setMode(const DocumentState &state, EditMode mode);

}  // namespace edits
