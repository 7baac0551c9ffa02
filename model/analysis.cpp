// SPDX-License-Identifier: MIT
#include "analysis.h"

#include "document.h"
#include "quantityformat.h"

#include <QTimer>

#include <algorithm>
#include <bit>
#include <cstdint>

Analysis::Analysis(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_pathSweep(&Analysis::pathSweepFor, [this] { backgroundArrived(); })
    , m_codes(&Analysis::codesFor, [this] { backgroundArrived(); })
    , m_samples(&Analysis::samplesFor, [this] { backgroundArrived(); })
    , m_renyiCurves(&Analysis::renyiCurvesFor, [this] { backgroundArrived(); })
    , m_renyiValues(&Analysis::renyiValuesFor, [this] { backgroundArrived(); })
    , m_fits(&Analysis::fitsFor, [this] { backgroundArrived(); }) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Analysis::flush);
    connect(document, &Document::changed, this, &Analysis::schedule);
    m_pendingStructure = true;
    recompute();
}

void Analysis::schedule(bool structure) {
    m_pending = true;
    m_pendingStructure = m_pendingStructure || structure;
    if (m_timer->isActive()) {
        return;
    }
    // Right away (after the events already queued) if the last update is a frame old,
    // otherwise at the start of the next frame.
    const qint64 elapsed = m_sinceLastUpdate.isValid() ? m_sinceLastUpdate.elapsed() : kFrameMs;
    m_timer->start(int(std::max<qint64>(0, kFrameMs - elapsed)));
}

bool Analysis::computingInBackground() const {
    return m_pathSweep.behind() || m_codes.behind() || m_samples.behind() ||
           m_renyiCurves.behind() || m_renyiValues.behind() || m_fits.behind();
}

void Analysis::finishBackground() {
    m_pathSweep.finish();
    m_codes.finish();
    m_samples.finish();
    m_renyiCurves.finish();
    m_renyiValues.finish();
    m_fits.finish();
}

void Analysis::backgroundArrived() {
    m_currentPathSweep.reset();
    m_currentCodes.reset();
    m_currentSamples.reset();
    m_renyi.reset();
    m_currentFits.reset();
    emit updated();
}

void Analysis::flush() {
    m_timer->stop();
    if (m_pending) {
        recompute();
    }
}

void Analysis::recompute() {
    m_pending = false;
    m_structureChanged = m_pendingStructure;
    m_pendingStructure = false;
    m_sinceLastUpdate.start();
    m_withEventTerms.reset();
    m_pathPoint.reset();
    m_currentPathSweep.reset();
    m_binarySweep.reset();
    m_currentCodes.reset();
    m_currentSamples.reset();
    m_simplex.reset();
    m_renyi.reset();
    m_currentFits.reset();

    m_state = m_document->state();
    // A side whose values are unchanged (Q's, while P is dragged) is not even listed.
    QList<double> values[2];
    auto p = rebuilt(Side::P, values[0]);
    auto q = rebuilt(Side::Q, values[1]);
    if ((p && !*p) || (q && !*q)) {
        m_error = QString::fromStdString((p && !*p ? *p : *q).error().message());
    } else {
        auto result = entropy::compare(p ? p->value() : *m_p, q ? q->value() : *m_q,
                                       {.base = m_state.base, .perEventTerms = false});
        m_error = result ? QString() : QString::fromStdString(result.error().message());
        if (result) {
            m_comparison = std::move(result).value();
            if (p) {
                m_p = std::make_shared<const entropy::Distribution>(std::move(*p).value());
                m_builtFrom[0] = std::move(values[0]);
            }
            if (q) {
                m_q = std::make_shared<const entropy::Distribution>(std::move(*q).value());
                m_builtFrom[1] = std::move(values[1]);
            }
            computeDerived();
        }
    }
    emit updated();
}

std::optional<entropy::Result<entropy::Distribution>> Analysis::rebuilt(
    Side side, QList<double> &values) const {
    const auto &held = side == Side::P ? m_p : m_q;
    const QList<double> &from = m_builtFrom[sideIndex(side)];
    const QList<EventValues> &events = m_state.events;
    // Compared bit for bit, in place: -0 and 0 are equal weights, but not the same
    // distribution's bits.
    const auto same = [side](const EventValues &event, double built) {
        return std::bit_cast<std::uint64_t>(event.value(side)) ==
               std::bit_cast<std::uint64_t>(built);
    };
    if (held && events.size() == from.size() &&
        std::equal(events.begin(), events.end(), from.begin(), same)) {
        return std::nullopt;
    }
    values = m_state.values(side);
    return distributionOf(side, values);
}

void Analysis::computeDerived() {
    m_identities = entropy::checkIdentities(m_comparison);
    const int event = std::clamp(m_state.binaryEvent, 0, int(m_p->size()) - 1);
    m_binary.event = event;
    m_binary.label = m_state.labels.value(event);
    m_binary.p = (*m_p)[std::size_t(event)];
    m_binary.q = (*m_q)[std::size_t(event)];
    m_binary.comparison = entropy::compare(entropy::binary(m_binary.p), entropy::binary(m_binary.q),
                                           {.base = m_state.base, .perEventTerms = false})
                              .value();
}

const std::vector<std::size_t> &Analysis::zeroEvents(Side zeroSide) const {
    return zeroSide == Side::Q ? m_comparison.infiniteKLPQEvents : m_comparison.infiniteKLQPEvents;
}

QString Analysis::infiniteReason(Side zeroSide) const {
    const auto &events = zeroEvents(zeroSide);
    if (events.empty()) {
        return {};
    }
    const QString list = QuantityFormat::eventList(m_state.labels, events);
    return zeroSide == Side::Q
               ? tr("Infinite: Q gives probability 0 to %1, which P says can happen.").arg(list)
               : tr("Infinite: P gives probability 0 to %1, which Q says can happen.").arg(list);
}

const entropy::Comparison &Analysis::withEventTerms() const {
    return lazily(m_withEventTerms,
                  [this] { return entropy::compare(*m_p, *m_q, {.base = m_state.base}).value(); });
}

const entropy::Comparison &Analysis::pathPoint() const {
    return lazily(m_pathPoint, [this] {
        const auto qt = entropy::pathPoint(*m_p, *m_q, m_state.pathT);
        return entropy::compare(*m_p, qt, {.base = m_state.base, .perEventTerms = false}).value();
    });
}

bool Analysis::sameProbabilities(const SharedDistribution &a, const SharedDistribution &b) {
    return a == b || std::ranges::equal(a->probabilities(), b->probabilities());
}

bool Analysis::PathInput::operator==(const PathInput &other) const {
    return base == other.base && sameProbabilities(p, other.p) && sameProbabilities(q, other.q);
}

entropy::Sweep Analysis::pathSweepFor(const PathInput &input) {
    const int samples =
        int(input.p->size()) > kMaxFineCurveEvents ? kCoarsePathSamples : kPathSamples;
    return entropy::sweepPath(*input.p, *input.q, std::size_t(samples), input.base);
}

const entropy::Sweep &Analysis::pathSweep() const {
    return keptFor(m_currentPathSweep, m_pathSweep, [this] {
        return PathInput{m_p, m_q, m_state.base};
    });
}

const entropy::Sweep &Analysis::binarySweep() const {
    return lazily(m_binarySweep, [this] {
        return entropy::sweepBinary(m_binary.p, kBinarySamples, m_state.base);
    });
}

bool Analysis::CodesInput::operator==(const CodesInput &other) const {
    return sameProbabilities(p, other.p) && sameProbabilities(q, other.q);
}

entropy::CodeComparison Analysis::codesFor(const CodesInput &input) {
    return entropy::compareCodes(*input.p, *input.q);
}

const entropy::CodeComparison &Analysis::codes() const {
    return keptFor(m_currentCodes, m_codes, [this] { return CodesInput{m_p, m_q}; });
}

bool Analysis::SamplesInput::operator==(const SamplesInput &other) const {
    return settings == other.settings && base == other.base && sameProbabilities(p, other.p) &&
           sameProbabilities(q, other.q);
}

std::vector<entropy::SampleRun> Analysis::samplesFor(const SamplesInput &input) {
    const SampleSettings &settings = input.settings;
    // The codes' lengths alone, not codes(): this may run on a pool thread. The Samples view
    // reads the codes' expected lengths from the runs, so it does not ask for codes() too.
    const auto lengthsP = input.lengths->get(*input.p), lengthsQ = input.lengths->get(*input.q);
    std::vector<entropy::SampleRun> runs;
    for (int path = 0; path < settings.paths; ++path) {
        runs.push_back(entropy::sample(
            *input.p, *input.q, *lengthsP, *lengthsQ,
            {.n = std::size_t(settings.n),
             .seed = entropy::pathSeed(std::uint64_t(settings.seed), std::size_t(path)),
             .from =
                 settings.source == Side::P ? entropy::SampleSource::P : entropy::SampleSource::Q,
             .base = input.base}));
    }
    return runs;
}

const std::vector<entropy::SampleRun> &Analysis::samples() const {
    return keptFor(m_currentSamples, m_samples, [this] {
        return SamplesInput{m_p, m_q, m_state.samples, m_state.base, m_huffmanLengths};
    });
}
