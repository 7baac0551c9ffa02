// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>
#include <entropy/simplex.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a session is: the events with their P and Q values, the unit, the editing mode, and
// every setting a view shows (the classifier, the path's t, the event the two-event view
// singles out). Plain values, so that an undo step is a pair of them, every edit a pure
// function, and a session or a lesson step restores the whole window.

enum class Side { P, Q };

// "P" or "Q"; the other side; 0 for P and 1 for Q (an index into per-side arrays).
[[nodiscard]] QString sideName(Side side);
[[nodiscard]] constexpr Side otherSide(Side side) {
    return side == Side::P ? Side::Q : Side::P;
}
[[nodiscard]] constexpr int sideIndex(Side side) {
    return side == Side::P ? 0 : 1;
}

// Proportional: a slider sets a probability and the other unlocked events of that
// distribution are rescaled so it still sums to 1. Weights: sliders are raw weights,
// normalised only for the charts.
enum class EditMode { Proportional, Weights };

// One event's values: its probability (or weight) under P and under Q, and whether each is
// locked. Its label is kept apart (DocumentState::labels), so that an edit of the values copies
// numbers alone: at 65,536 events, copying every label took most of a slider's step.
struct EventValues {
    double p = 0.0;
    double q = 0.0;
    bool lockedP = false;
    bool lockedQ = false;

    [[nodiscard]] double value(Side side) const { return side == Side::P ? p : q; }
    [[nodiscard]] double &value(Side side) { return side == Side::P ? p : q; }
    [[nodiscard]] bool locked(Side side) const { return side == Side::P ? lockedP : lockedQ; }
    bool operator==(const EventValues &) const = default;
};

// One whole event, its label with its values: as sessions, imports and presets give events.
struct EventRow {
    QString label;
    double p = 0.0;
    double q = 0.0;
    bool lockedP = false;
    bool lockedQ = false;

    [[nodiscard]] EventValues values() const { return {p, q, lockedP, lockedQ}; }
    bool operator==(const EventRow &) const = default;
};

// The machine-learning reading of P and Q. While `enabled`, P and Q are derived, never edited
// directly: P is the one-hot label of `trueClass` smoothed by `smoothing` (epsilon), and
// Q = softmax(logits / temperature). Edits of P or Q themselves leave classifier mode.
struct ClassifierState {
    // Logits are kept within +-kLogitLimit: q = 0 (or q below e^-10 of the largest) enters as
    // -kLogitLimit, since a softmax never gives exactly 0; the sliders span the same range.
    static constexpr double kLogitLimit = 10.0;
    static constexpr double kMinTemperature = 0.1, kMaxTemperature = 5.0;
    static constexpr double kMaxSmoothing = 0.5;

    bool enabled = false;
    int trueClass = 0;
    double smoothing = 0.0;
    double temperature = 1.0;
    QList<double> logits;  // one per event while enabled

    bool operator==(const ClassifierState &) const = default;
};

// The samples view: draws from P or Q, how many, with which seed, and how many paths (each
// path seeded from the seed, so the same settings always show the same draws).
struct SampleSettings {
    static constexpr int kMaxPaths = 20;
    static constexpr qint64 kMaxSeed = (qint64(1) << 53) - 1;  // exact in JSON
    Side source = Side::P;
    int n = 10000;  // 1 to entropy::kMaxDraws
    qint64 seed = 1;
    int paths = 1;

    bool operator==(const SampleSettings &) const = default;
};

// The simplex view's contour map: `measure` between a reference, P or Q, and every point.
struct SimplexContours {
    Side reference = Side::P;
    entropy::PointMeasure measure = entropy::PointMeasure::KLFromReference;

    bool operator==(const SimplexContours &) const = default;
};

// The Rényi view's slider runs over [0, kMaxRenyiAlpha], plus infinity.
inline constexpr double kMaxRenyiAlpha = 5.0;

struct DocumentState {
    // One label and one set of values per event, in the same order: labels[i] names events[i].
    // Events are added and removed with the functions below, which keep the two together.
    QStringList labels;
    QList<EventValues> events;
    entropy::LogBase base = entropy::LogBase::Bits;
    EditMode mode = EditMode::Proportional;
    ClassifierState classifier;
    double pathT = 0.5;   // the point Q_t = (1-t)P + tQ the path view marks
    int binaryEvent = 0;  // the event the two-event view sets against the rest
    SampleSettings samples;
    SimplexContours contours;
    double renyiAlpha = 2.0;  // the order the Rényi view shows: 0 .. kMaxRenyiAlpha, or infinity

    bool operator==(const DocumentState &) const = default;

    [[nodiscard]] int size() const { return int(events.size()); }
    [[nodiscard]] QList<double> values(Side side) const;
    // The same events with other values (the labels kept).
    [[nodiscard]] bool sameEvents(const DocumentState &other) const;

    // Event `index` whole, and every event so.
    [[nodiscard]] EventRow row(int index) const;
    [[nodiscard]] QList<EventRow> rows() const;
    // Replaces every event; appends one; removes event `index`.
    void setEvents(const QList<EventRow> &rows);
    void appendEvent(const EventRow &row);
    void removeEvent(int index);

    // The default: P = (0.6, 0.3, 0.1), Q = (0.2, 0.3, 0.5), where D(P||Q) != D(Q||P) shows.
    [[nodiscard]] static DocumentState initial();
};

// `side`'s values (one of DocumentState::values) as a distribution, normalised, or why they are
// not one; errors name the side.
[[nodiscard]] entropy::Result<entropy::Distribution> distributionOf(Side side,
                                                                    const QList<double> &values);

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
// Sets what a chart shows, the normalised probability of the event, to `probability`: in
// proportional mode that is setValue; with raw weights, the weight that gives that share of
// the side's total (within the weights' range 0..1). A bar drag uses this.
[[nodiscard]] std::optional<DocumentState> setProbability(const DocumentState &state, Side side,
                                                          int event, double probability);
[[nodiscard]] std::optional<DocumentState> addEvent(const DocumentState &state);
[[nodiscard]] std::optional<DocumentState> removeEvent(const DocumentState &state, int event);
[[nodiscard]] DocumentState copySide(const DocumentState &state, Side from);
[[nodiscard]] DocumentState swapSides(const DocumentState &state);
[[nodiscard]] DocumentState setMode(const DocumentState &state, EditMode mode);
// Adds `epsilon` to every weight of one side and renormalises: the usual remedy for a zero
// that makes a divergence infinite. Nothing when epsilon <= 0.
[[nodiscard]] std::optional<DocumentState> smooth(const DocumentState &state, Side side,
                                                  double epsilon);
[[nodiscard]] DocumentState setPathT(const DocumentState &state, double t);
[[nodiscard]] std::optional<DocumentState> setBinaryEvent(const DocumentState &state, int event);

// The samples view's settings, each clamped to its range.
[[nodiscard]] DocumentState setSampleSettings(const DocumentState &state, SampleSettings settings);

// The settings of the simplex and Rényi views. Alpha is clamped to [0, kMaxRenyiAlpha] unless
// it is +infinity; NaN leaves it as it was.
[[nodiscard]] DocumentState setSimplexContours(const DocumentState &state,
                                               SimplexContours contours);
[[nodiscard]] DocumentState setRenyiAlpha(const DocumentState &state, double alpha);

// Replaces one side with `probabilities` (one per event, non-negative, some mass; normalised
// here), ignoring locks: a fit or a point of the simplex is a whole distribution. Nothing when
// the sizes differ or there is no mass.
[[nodiscard]] std::optional<DocumentState> setDistribution(const DocumentState &state, Side side,
                                                           const QList<double> &probabilities);
// Moves one side to a point of the simplex of first, second and the rest: events 1 and 2 take
// their shares, and the rest keep their proportions within the third (uniform if they had none).
[[nodiscard]] std::optional<DocumentState> setMergedThree(const DocumentState &state, Side side,
                                                          const entropy::Point3 &point);

// Classifier mode. Entering it makes P one-hot on the most likely event of P and sets the
// logits to ln Q, shifted so the largest is 0 (temperature 1, no smoothing); leaving keeps P
// and Q as they are.
[[nodiscard]] DocumentState enterClassifier(const DocumentState &state);
[[nodiscard]] DocumentState leaveClassifier(const DocumentState &state);
// Each sets one classifier control (clamped to its range) and derives P and Q again. Nothing
// when classifier mode is off or the event is out of range.
[[nodiscard]] std::optional<DocumentState> setTrueClass(const DocumentState &state, int event);
[[nodiscard]] std::optional<DocumentState> setSmoothing(const DocumentState &state, double epsilon);
[[nodiscard]] std::optional<DocumentState> setTemperature(const DocumentState &state,
                                                          double temperature);
[[nodiscard]] std::optional<DocumentState> setLogit(const DocumentState &state, int event,
                                                    double logit);
// P and Q from the classifier's controls (the state as it is when classifier mode is off).
[[nodiscard]] DocumentState deriveFromClassifier(DocumentState state);

// Keeps the view settings valid after any edit: the chosen events within range, and classifier
// mode only while P and Q are still what its controls derive (so an edit of P or Q, a preset or
// an added event leaves it). Every edit goes through this.
[[nodiscard]] DocumentState settle(DocumentState state);

}  // namespace edits
