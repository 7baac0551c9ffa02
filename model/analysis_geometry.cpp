// SPDX-License-Identifier: MIT
// The results of the fit, simplex and Rényi views: computed when a view asks for them.
#include "analysis.h"

#include <entropy/renyi.h>

#include <algorithm>
#include <vector>

namespace {

std::vector<double> copyOf(std::span<const double> values) {
    return {values.begin(), values.end()};
}

}  // namespace

const Analysis::Fits &Analysis::fits() const {
    // Checked once per recompute: the views ask several times per update.
    const Fits *current = lazily(m_currentFits, [this] {
        FitsInput input{copyOf(m_p->probabilities()), m_state.base};
        if (!m_fits || m_fits->first != input) {
            m_fits.emplace(std::move(input), computeFits());
        }
        return &m_fits->second;
    });
    static const Fits empty;
    return current ? *current : empty;
}

Analysis::Fits Analysis::computeFits() const {
    Fits fits;
    fits.tooManyEvents = m_state.size() > kMaxFitEvents;
    if (fits.tooManyEvents) {
        return fits;
    }
    fits.forward = entropy::fitGaussian(*m_p, entropy::FitDirection::Forward, m_state.base);
    fits.reverse = entropy::fitGaussian(*m_p, entropy::FitDirection::Reverse, m_state.base);
    const int columns = std::clamp(4 * m_state.size(), kMinLandscapeColumns, kMaxLandscapeColumns);
    fits.landscape =
        entropy::fitLandscape(*m_p, std::size_t(columns), kLandscapeRows, m_state.base);
    const std::size_t n = m_p->size();
    fits.forwardBump = entropy::discretisedGaussian(n, fits.forward.minima.at(0).theta);
    for (const entropy::FitMinimum &minimum : fits.reverse.minima) {
        fits.reverseBumps.push_back(entropy::discretisedGaussian(n, minimum.theta));
    }
    return fits;
}

const Analysis::Simplex &Analysis::simplex() const {
    return lazily(m_simplex, [this] {
        Simplex s;
        s.merged = m_state.size() > 3;
        s.p = entropy::mergeToThree(m_p->probabilities());
        s.q = entropy::mergeToThree(m_q->probabilities());
        s.reference = m_state.contours.reference == Side::P ? s.p : s.q;
        s.field = entropy::simplexField(m_state.contours.measure, s.reference, kSimplexColumns,
                                        m_state.base);
        s.mixture = entropy::mixturePath(s.p, s.q, kSimplexPathSamples);
        s.geometric = entropy::geometricPath(s.p, s.q, kSimplexPathSamples);
        return s;
    });
}

Analysis::RenyiPoint Analysis::renyiPointAt(double alpha) const {
    const entropy::LogBase base = m_state.base;
    return {entropy::renyiDivergence(*m_p, *m_q, alpha, base),
            entropy::renyiDivergence(*m_q, *m_p, alpha, base),
            entropy::renyiEntropy(*m_p, alpha, base)};
}

Analysis::RenyiCurves Analysis::computeRenyiCurves() const {
    RenyiCurves curves;
    curves.atInfinity = renyiPointAt(entropy::kInfiniteOrder);
    const int samples = m_state.size() > kMaxFineCurveEvents ? kCoarseRenyiSamples : kRenyiSamples;
    for (int i = 0; i < samples; ++i) {
        curves.alphas.push_back(kMaxRenyiAlpha * double(i) / double(samples - 1));
    }
    // Each direction in one call: what the orders share is worked out once.
    const entropy::LogBase base = m_state.base;
    const auto pq = entropy::renyiDivergences(*m_p, *m_q, curves.alphas, base);
    const auto qp = entropy::renyiDivergences(*m_q, *m_p, curves.alphas, base);
    for (std::size_t i = 0; i < curves.alphas.size(); ++i) {
        curves.curve.push_back({pq[i], qp[i], entropy::renyiEntropy(*m_p, curves.alphas[i], base)});
    }
    return curves;
}

Analysis::RenyiValues Analysis::renyiAt(double alpha) const {
    const RenyiPoint point = renyiPointAt(alpha);
    return {point.pq, point.qp, point.entropyP, entropy::renyiEntropy(*m_q, alpha, m_state.base)};
}

const Analysis::Renyi &Analysis::renyi() const {
    return lazily(m_renyi, [this] {
        CurvesInput input{copyOf(m_p->probabilities()), copyOf(m_q->probabilities()), m_state.base};
        if (!m_renyiCurves || m_renyiCurves->first != input) {
            m_renyiCurves.emplace(std::move(input), computeRenyiCurves());
        }
        return Renyi{m_state.renyiAlpha, renyiAt(m_state.renyiAlpha), &m_renyiCurves->second};
    });
}
