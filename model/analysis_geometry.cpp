// SPDX-License-Identifier: MIT
// The results of the fit, simplex and Rényi views: computed when a view asks for them.
#include "analysis.h"

#include <entropy/renyi.h>

#include <algorithm>
#include <vector>

bool Analysis::FitsInput::operator==(const FitsInput &other) const {
    return base == other.base && sameProbabilities(p, other.p);
}

const Analysis::Fits &Analysis::fits() const {
    static const Fits tooMany = [] {
        Fits fits;
        fits.tooManyEvents = true;
        return fits;
    }();
    if (isValid() && m_state.size() > kMaxFitEvents) {
        return tooMany;  // nothing to compute, and P is not copied into an input for it
    }
    return keptFor(m_currentFits, m_fits, [this] { return FitsInput{m_p, m_state.base}; });
}

Analysis::Fits Analysis::fitsFor(const FitsInput &input) {
    const entropy::Distribution &p = *input.p;
    Fits fits;
    fits.forward = entropy::fitGaussian(p, entropy::FitDirection::Forward, input.base);
    fits.reverse = entropy::fitGaussian(p, entropy::FitDirection::Reverse, input.base);
    const int columns = std::clamp(4 * int(p.size()), kMinLandscapeColumns, kMaxLandscapeColumns);
    fits.landscape = entropy::fitLandscape(p, std::size_t(columns), kLandscapeRows, input.base);
    fits.forwardBump = entropy::discretisedGaussian(p.size(), fits.forward.minima.at(0).theta);
    for (const entropy::FitMinimum &minimum : fits.reverse.minima) {
        fits.reverseBumps.push_back(entropy::discretisedGaussian(p.size(), minimum.theta));
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

bool Analysis::CurvesInput::operator==(const CurvesInput &other) const {
    return base == other.base && samples == other.samples && sameProbabilities(p, other.p) &&
           sameProbabilities(q, other.q);
}

Analysis::RenyiCurves Analysis::renyiCurvesFor(const CurvesInput &input) {
    const entropy::LogBase base = input.base;
    RenyiCurves curves;
    for (int i = 0; i < input.samples; ++i) {
        curves.alphas.push_back(kMaxRenyiAlpha * double(i) / double(input.samples - 1));
    }
    // Each direction in one call: what the orders share is worked out once.
    const std::vector<double> orders = [&] {
        std::vector<double> all = curves.alphas;
        all.push_back(entropy::kInfiniteOrder);
        return all;
    }();
    const auto pq = entropy::renyiDivergences(*input.p, *input.q, orders, base);
    const auto qp = entropy::renyiDivergences(*input.q, *input.p, orders, base);
    const auto entropies = entropy::renyiEntropies(*input.p, orders, base);
    for (std::size_t i = 0; i < orders.size(); ++i) {
        curves.curve.push_back({pq[i], qp[i], entropies[i]});
    }
    curves.atInfinity = curves.curve.back();  // the last order computed is infinity
    curves.curve.pop_back();
    return curves;
}

bool Analysis::OrderInput::operator==(const OrderInput &other) const {
    return base == other.base && alpha == other.alpha && sameProbabilities(p, other.p) &&
           sameProbabilities(q, other.q);
}

entropy::RenyiValues Analysis::renyiValuesFor(const OrderInput &input) {
    return entropy::renyiValues(*input.p, *input.q, input.alpha, input.base);
}

const Analysis::Renyi &Analysis::renyi() const {
    return lazily(m_renyi, [this] {
        const int samples =
            m_state.size() > kMaxFineCurveEvents ? kCoarseRenyiSamples : kRenyiSamples;
        const RenyiCurves &curves =
            m_renyiCurves.get(CurvesInput{m_p, m_q, m_state.base, samples}, inBackground());
        const entropy::RenyiValues &values = m_renyiValues.get(
            OrderInput{m_p, m_q, m_state.base, m_state.renyiAlpha}, inBackground());
        return Renyi{m_state.renyiAlpha, values, &curves};
    });
}
