// SPDX-License-Identifier: MIT
#include "fit_family.h"

#include <entropy/fits.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entropy {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

double maxFitSigma(std::size_t n) noexcept {
    return std::max(2.0, double(n));
}

std::vector<double> gaussianLogProbabilities(std::size_t n, GaussianParameters theta) {
    return fit_family::bumpTerms(n, theta).logQ;
}

std::vector<double> discretisedGaussian(std::size_t n, GaussianParameters theta) {
    return fit_family::bumpTerms(n, theta).q;
}

double fitObjective(const Distribution &p, GaussianParameters theta, FitDirection direction,
                    LogBase base) {
    if (direction == FitDirection::Reverse && fit_family::hasZero(p)) {
        return kInf;
    }
    const fit_family::BumpSums sums = fit_family::bumpSums(p, theta);
    const double nats =
        direction == FitDirection::Forward
            ? fit_family::forwardNats(fit_family::forwardTerms(p), theta, sums.logPartition)
            : std::max(sums.reverseNats, 0.0);
    return nats / lnOfBase(base);
}

Fit fitGaussian(const Distribution &p, FitDirection direction, LogBase base) {
    Fit fit{direction, {}, false};
    if (direction == FitDirection::Reverse && fit_family::hasZero(p)) {
        fit.infinite = true;
        return fit;
    }
    if (p.size() == 1) {
        fit.minima = {FitMinimum{{0.0, 1.0}, 0.0, false}};  // every bump is (1): one fit, exact
    } else {
        fit.minima = direction == FitDirection::Forward
                         ? std::vector<FitMinimum>{fit_family::matchMoments(p)}
                         : fit_family::reverseMinima(p);
    }
    for (FitMinimum &minimum : fit.minima) {
        minimum.objective = fitObjective(p, minimum.theta, direction, base);
    }
    return fit;
}

double FitLandscape::mu(std::size_t column) const noexcept {
    return columns < 2 ? muMin : muMin + (muMax - muMin) * double(column) / double(columns - 1);
}

double FitLandscape::sigma(std::size_t row) const noexcept {
    return rows < 2 ? sigmaMin
                    : sigmaMin * std::pow(sigmaMax / sigmaMin, double(row) / double(rows - 1));
}

FitLandscape fitLandscape(const Distribution &p, std::size_t columns, std::size_t rows,
                          LogBase base) {
    const std::size_t n = p.size();
    FitLandscape landscape{columns,      rows,           -0.5, double(n) - 0.5,
                           kMinFitSigma, maxFitSigma(n), {},   {}};
    landscape.forward.reserve(columns * rows);
    landscape.reverse.reserve(columns * rows);
    const bool reverseInfinite = fit_family::hasZero(p);
    const fit_family::ForwardTerms terms = fit_family::forwardTerms(p);
    const double unit = lnOfBase(base);
    for (std::size_t row = 0; row < rows; ++row) {
        for (std::size_t column = 0; column < columns; ++column) {
            const GaussianParameters theta{landscape.mu(column), landscape.sigma(row)};
            const fit_family::BumpSums sums = fit_family::bumpSums(p, theta);
            landscape.forward.push_back(fit_family::forwardNats(terms, theta, sums.logPartition) /
                                        unit);
            landscape.reverse.push_back(reverseInfinite ? kInf
                                                        : std::max(sums.reverseNats, 0.0) / unit);
        }
    }
    return landscape;
}

}  // namespace entropy
