// SPDX-License-Identifier: MIT
#pragma once

#include "distributionmemo.h"
#include "documentstate.h"
#include "keptresult.h"

#include <entropy/codes.h>
#include <entropy/compare.h>
#include <entropy/fits.h>
#include <entropy/identities.h>
#include <entropy/renyi.h>
#include <entropy/sampling.h>
#include <entropy/sweeps.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class Document;
class QTimer;

// Everything the views show, computed by the core library from the document. Document changes
// are coalesced: at most one recompute per frame however fast a slider moves, and every view
// redraws from the one result announced by updated(). Views never compute a quantity; what
// only some views need (the path, the sweeps, codes, samples) is computed when first asked for
// after a change, so a drag pays only for what is on screen.
class Analysis : public QObject {
    Q_OBJECT

public:
    // The shortest time between two recomputes: one frame at 60 Hz.
    static constexpr int kFrameMs = 16;
    // Curves over many events are drawn from fewer points: past kMaxFineCurveEvents events,
    // each point of the path or of Rényi's curves costs a pass over every event.
    static constexpr int kMaxFineCurveEvents = 4096;
    // Points on the path (kCoarsePathSamples past kMaxFineCurveEvents events, t in steps of
    // 0.04) and on the binary curves.
    static constexpr int kPathSamples = 101, kCoarsePathSamples = 26;
    static constexpr int kBinarySamples = 201;

    explicit Analysis(Document *document, QObject *parent = nullptr);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    // Why there is no comparison (a distribution with no mass), or empty.
    [[nodiscard]] const QString &error() const { return m_error; }
    // The comparison's totals; its per-event terms (events) are left empty. Those come with
    // withEventTerms(), computed the first time a view asks after a change: at 65,536 events they
    // cost as much again as the rest of an edit, and only the per-event charts, their
    // descriptions and the worked formulas show them.
    [[nodiscard]] const entropy::Comparison &comparison() const { return m_comparison; }
    [[nodiscard]] const entropy::Comparison &withEventTerms() const;
    [[nodiscard]] const entropy::EventTerms &eventTerms() const { return withEventTerms().events; }
    // P and Q as compared (normalised); valid when isValid().
    [[nodiscard]] const entropy::Distribution &p() const { return *m_p; }
    [[nodiscard]] const entropy::Distribution &q() const { return *m_q; }
    [[nodiscard]] const QStringList &labels() const { return m_state.labels; }
    // The document state this result was computed from.
    [[nodiscard]] const DocumentState &state() const { return m_state; }
    // True for the update right after events were added, removed or relabelled.
    [[nodiscard]] bool structureChanged() const { return m_structureChanged; }

    // Gibbs, the identity H(P,Q) = H(P) + D(P||Q) and Pinsker's bound, checked on the result.
    [[nodiscard]] const entropy::Identities &identities() const { return m_identities; }

    // The events to which `zeroSide` gives probability 0 while the other side does not: the
    // ones that make D(other||zeroSide) infinite. And the sentence that says so, or empty.
    [[nodiscard]] const std::vector<std::size_t> &zeroEvents(Side zeroSide) const;
    [[nodiscard]] QString infiniteReason(Side zeroSide) const;

    // The path from P to Q: the whole sweep, and P against Q_t at the document's t.
    [[nodiscard]] const entropy::Sweep &pathSweep() const;
    [[nodiscard]] const entropy::Comparison &pathPoint() const;

    // The chosen event against the rest: p = p_i, q = q_i; the binary comparison of
    // (p, 1-p) with (q, 1-q); and the sweep of (p, 1-p) against every (x, 1-x).
    struct Binary {
        int event = 0;
        QString label;
        double p = 0.0, q = 0.0;
        entropy::Comparison comparison;
    };
    [[nodiscard]] const Binary &binary() const { return m_binary; }
    [[nodiscard]] const entropy::Sweep &binarySweep() const;

    // The Huffman codes of P and Q charged on P (codes view), and the draws the samples settings
    // ask for, one run per path (samples view). Computed when first asked for after a change.
    [[nodiscard]] const entropy::CodeComparison &codes() const;
    [[nodiscard]] const std::vector<entropy::SampleRun> &samples() const;

    // One bump fitted to P in both directions, and both objectives over (mu, sigma). Depends on
    // P and the unit only, so dragging Q costs nothing here. Not computed past kMaxFitEvents.
    static constexpr int kMaxFitEvents = 1024;
    // Columns of the (mu, sigma) grid: four per event, so narrow bumps between events resolve,
    // within [kMinLandscapeColumns, kMaxLandscapeColumns].
    static constexpr int kMinLandscapeColumns = 80, kMaxLandscapeColumns = 200;
    static constexpr int kLandscapeRows = 48;
    struct Fits {
        bool tooManyEvents = false;
        entropy::Fit forward, reverse;
        entropy::FitLandscape landscape;
        // The fitted bumps' probabilities: the forward fit's, and one per reverse minimum.
        std::vector<double> forwardBump;
        std::vector<std::vector<double>> reverseBumps;
    };
    [[nodiscard]] const Fits &fits() const;

    // P and Q in the simplex (merged into first, second and the rest past three events), the
    // document's contour measure over the triangle, and the two paths from P to Q.
    static constexpr int kSimplexColumns = 181;
    static constexpr int kSimplexPathSamples = 61;
    struct Simplex {
        bool merged = false;
        entropy::Point3 p{}, q{}, reference{};
        entropy::SimplexField field;
        std::vector<entropy::Point3> mixture, geometric;
    };
    [[nodiscard]] const Simplex &simplex() const;

    // Rényi's divergences and entropies at the document's order, and as curves over alpha in
    // [0, kMaxRenyiAlpha] plus the order infinity. The curves have kRenyiSamples orders (1 among
    // them), or kCoarseRenyiSamples (still 0, 1/2, 1 and 2) past kMaxFineCurveEvents events,
    // and are kept while only the order changes.
    static constexpr int kRenyiSamples = 101, kCoarseRenyiSamples = 21;
    // A point of the curves: what the curve view draws (H_a(Q) is not drawn, so not computed).
    struct RenyiPoint {
        double pq = 0, qp = 0, entropyP = 0;
    };
    struct RenyiCurves {
        RenyiPoint atInfinity;
        std::vector<double> alphas;
        std::vector<RenyiPoint> curve;
    };
    struct Renyi {
        double alpha = 1;  // the document's order
        // At the document's order; while that is computed in the background, at the last one.
        entropy::RenyiValues atAlpha{};
        const RenyiCurves *curves = nullptr;
    };
    [[nodiscard]] const Renyi &renyi() const;

    // Recomputes now if a change is waiting (tests, export, and before painting a snapshot).
    void flush();

    // Past kMinBackgroundEvents events the path sweep, the codes, the draws, the fits and
    // Rényi's curves and values are computed on a pool thread, so that a drag never waits for
    // them: meanwhile pathSweep(), codes(), samples(), fits() and renyi() answer with the last
    // ones (of as many events), and updated() follows when the new ones are in.
    // finishBackground() waits for them (an export, a test).
    static constexpr int kMinBackgroundEvents = 512;
    [[nodiscard]] bool computingInBackground() const;
    void finishBackground();

signals:
    void updated();

private:
    void schedule(bool structure);
    void recompute();
    void computeDerived();
    // `side`'s distribution built from the state's values, which it lists in `values`, or
    // nothing when the one held (m_p or m_q) was built from exactly these: a drag of P leaves Q
    // alone, and a build is a pass over the events.
    [[nodiscard]] std::optional<entropy::Result<entropy::Distribution>> rebuilt(
        Side side, QList<double> &values) const;
    // The value in `slot`, computed the first time it is asked for after a change; an empty
    // value while there is no valid result.
    template <typename T, typename Compute>
    const T &lazily(std::optional<T> &slot, Compute compute) const {
        if (!slot && isValid()) {
            slot = compute();
        }
        static const T empty{};
        return slot ? *slot : empty;
    }

    // The kept result for the input `makeInput` gives, asked for once per change: the views ask
    // several times per update. An empty value while there is no valid result.
    template <typename Input, typename Result, typename MakeInput>
    const Result &keptFor(std::optional<const Result *> &slot, KeptResult<Input, Result> &kept,
                          MakeInput makeInput) const {
        const Result *current =
            lazily(slot, [&] { return &kept.get(makeInput(), inBackground()); });
        static const Result empty{};
        return current ? *current : empty;
    }
    // P and Q are shared with the inputs of the results computed on a pool thread, not copied
    // into them: a distribution of 65,536 events is 1 MB, and each view shown made its input on
    // every step of a drag.
    using SharedDistribution = std::shared_ptr<const entropy::Distribution>;
    // Whether two distributions hold the same probabilities: the kept results' inputs compare so.
    static bool sameProbabilities(const SharedDistribution &a, const SharedDistribution &b);

    Document *m_document;
    QTimer *m_timer;
    QElapsedTimer m_sinceLastUpdate;
    DocumentState m_state;
    entropy::Comparison m_comparison;
    SharedDistribution m_p, m_q;
    QList<double> m_builtFrom[2];  // the values m_p and m_q were built from
    QString m_error;
    entropy::Identities m_identities;
    Binary m_binary;
    // Computed when a view asks: only some views need them.
    mutable std::optional<entropy::Comparison> m_withEventTerms;
    mutable std::optional<entropy::Comparison> m_pathPoint;
    mutable std::optional<entropy::Sweep> m_binarySweep;
    struct PathInput {
        SharedDistribution p, q;
        entropy::LogBase base = entropy::LogBase::Bits;
        bool operator==(const PathInput &other) const;
        bool sameShape(const PathInput &other) const { return p->size() == other.p->size(); }
    };
    static entropy::Sweep pathSweepFor(const PathInput &input);
    mutable KeptResult<PathInput, entropy::Sweep> m_pathSweep;
    mutable std::optional<const entropy::Sweep *> m_currentPathSweep;
    // The codes and the draws, kept for their inputs; the pointers checked since the last change.
    struct CodesInput {
        SharedDistribution p, q;
        bool operator==(const CodesInput &other) const;
        bool sameShape(const CodesInput &other) const { return p->size() == other.p->size(); }
    };
    static entropy::CodeComparison codesFor(const CodesInput &input);
    mutable KeptResult<CodesInput, entropy::CodeComparison> m_codes;
    mutable std::optional<const entropy::CodeComparison *> m_currentCodes;
    using LengthsMemo = DistributionMemo<std::vector<double>>;
    struct SamplesInput {
        SharedDistribution p, q;
        SampleSettings settings;
        entropy::LogBase base = entropy::LogBase::Bits;
        std::shared_ptr<LengthsMemo> lengths;  // the Huffman codes' lengths; not compared
        bool operator==(const SamplesInput &other) const;
        bool sameShape(const SamplesInput &other) const { return p->size() == other.p->size(); }
    };
    static std::vector<entropy::SampleRun> samplesFor(const SamplesInput &input);
    mutable KeptResult<SamplesInput, std::vector<entropy::SampleRun>> m_samples;
    std::shared_ptr<LengthsMemo> m_huffmanLengths =
        std::make_shared<LengthsMemo>(&entropy::huffmanLengths);
    mutable std::optional<const std::vector<entropy::SampleRun> *> m_currentSamples;
    mutable std::optional<Simplex> m_simplex;
    mutable std::optional<Renyi> m_renyi;
    [[nodiscard]] bool inBackground() const { return m_state.size() > kMinBackgroundEvents; }
    void backgroundArrived();
    // Kept across changes that leave P, Q and the unit alone.
    struct CurvesInput {
        SharedDistribution p, q;
        entropy::LogBase base = entropy::LogBase::Bits;
        int samples = kRenyiSamples;
        bool operator==(const CurvesInput &other) const;
        bool sameShape(const CurvesInput &other) const { return p->size() == other.p->size(); }
    };
    static RenyiCurves renyiCurvesFor(const CurvesInput &input);
    mutable KeptResult<CurvesInput, RenyiCurves> m_renyiCurves;
    // Kept across changes that leave P, Q, the unit and the order alone.
    struct OrderInput {
        SharedDistribution p, q;
        entropy::LogBase base = entropy::LogBase::Bits;
        double alpha = 1;
        bool operator==(const OrderInput &other) const;
        bool sameShape(const OrderInput &other) const { return p->size() == other.p->size(); }
    };
    static entropy::RenyiValues renyiValuesFor(const OrderInput &input);
    mutable KeptResult<OrderInput, entropy::RenyiValues> m_renyiValues;
    // Kept across changes that leave P and the unit alone.
    struct FitsInput {
        SharedDistribution p;
        entropy::LogBase base = entropy::LogBase::Bits;
        bool operator==(const FitsInput &other) const;
        bool sameShape(const FitsInput &other) const { return p->size() == other.p->size(); }
    };
    static Fits fitsFor(const FitsInput &input);
    mutable KeptResult<FitsInput, Fits> m_fits;
    mutable std::optional<const Fits *> m_currentFits;  // m_fits, checked since the last change
    bool m_pending = false;
    bool m_pendingStructure = false;
    bool m_structureChanged = true;
};
