// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>

#include <cstddef>
#include <vector>

// Fitting one bump to P: the discretised Gaussian family over the events x = 0 .. n-1,
//   q_x(mu, sigma) = exp(-(x - mu)^2 / (2 sigma^2)) / Z(mu, sigma),
// fitted in both directions of KL divergence (P is the truth, Q_theta the model):
// - forward, argmin D(P||Q_theta): mode-covering. Q_theta belongs to an exponential family with
//   statistics x and x^2, so the minimum matches P's mean and variance on the grid.
// - reverse, argmin D(Q_theta||P): mode-seeking, and may have several local minima.
// q_x > 0 for every x and theta, so D(Q_theta||P) is +infinity for every theta when P has a zero.
// Sigma is kept in [kMinFitSigma, maxFitSigma(n)]: narrower is one event, wider is flat.
namespace entropy {

struct GaussianParameters {
    double mu = 0.0;
    double sigma = 1.0;
};

enum class FitDirection {
    Forward,  // D(P || Q_theta)
    Reverse,  // D(Q_theta || P)
};

inline constexpr double kMinFitSigma = 0.25;
[[nodiscard]] double maxFitSigma(std::size_t n) noexcept;

// ln q_x for x = 0 .. n-1, with no underflow however narrow the bump.
[[nodiscard]] std::vector<double> gaussianLogProbabilities(std::size_t n, GaussianParameters theta);
// q_x itself; sums to 1.
[[nodiscard]] std::vector<double> discretisedGaussian(std::size_t n, GaussianParameters theta);

// The divergence a fit minimises, in the unit of `base`.
[[nodiscard]] double fitObjective(const Distribution &p, GaussianParameters theta,
                                  FitDirection direction, LogBase base);

struct FitMinimum {
    GaussianParameters theta;
    double objective = 0.0;     // in the unit of the fit
    bool sigmaAtLimit = false;  // the minimum wants a sigma beyond [kMinFitSigma, maxFitSigma]
};

struct Fit {
    FitDirection direction = FitDirection::Forward;
    // Local minima, best first: minima.front() is the global minimum. Forward has exactly one.
    // Empty when `infinite`.
    std::vector<FitMinimum> minima;
    bool infinite = false;  // reverse, with P zero at some event: every Q_theta gives +infinity
};

[[nodiscard]] Fit fitGaussian(const Distribution &p, FitDirection direction, LogBase base);

// Both objectives over a (mu, sigma) grid: `columns` values of mu evenly from -0.5 to n - 0.5,
// `rows` values of sigma spaced evenly in log from kMinFitSigma to maxFitSigma(n).
struct FitLandscape {
    std::size_t columns = 0, rows = 0;
    double muMin = 0, muMax = 0, sigmaMin = 0, sigmaMax = 0;
    std::vector<double> forward, reverse;  // row-major: index = row * columns + column

    [[nodiscard]] double mu(std::size_t column) const noexcept;
    [[nodiscard]] double sigma(std::size_t row) const noexcept;
};

[[nodiscard]] FitLandscape fitLandscape(const Distribution &p, std::size_t columns,
                                        std::size_t rows, LogBase base);

}  // namespace entropy
