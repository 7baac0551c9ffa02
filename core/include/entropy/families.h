// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

// Weights of common distributions, for presets and the window's family dialog. Each returns
// probabilities that sum to 1 over `n` events (infinite families truncated to n events and
// renormalised). Parameters out of range are clamped to the nearest valid value.
namespace entropy::families {

[[nodiscard]] std::vector<double> uniform(std::size_t n);
// All mass on event k (0-based).
[[nodiscard]] std::vector<double> oneHot(std::size_t n, std::size_t k);
// One-hot at k with label smoothing: 1 - epsilon + epsilon/n at k, epsilon/n elsewhere.
[[nodiscard]] std::vector<double> smoothedOneHot(std::size_t n, std::size_t k, double epsilon);
// Successes in `trials` trials with success probability p: trials + 1 events.
[[nodiscard]] std::vector<double> binomial(std::size_t trials, double p);
// Failures before the first success, P(k) = (1-p)^k p, k = 0..n-1.
[[nodiscard]] std::vector<double> geometric(double p, std::size_t n);
// P(k) = lambda^k e^-lambda / k!, k = 0..n-1.
[[nodiscard]] std::vector<double> poisson(double lambda, std::size_t n);
// P(k) proportional to 1 / k^s, k = 1..n.
[[nodiscard]] std::vector<double> zipf(double s, std::size_t n);
// Two discretised Gaussian humps of width `sigma` (see fits.h), their centres `separation`
// events apart about the middle of the n events, weighted `left` and 1 - left, plus `floor`
// on every event so that no p is 0 (both KL directions stay finite). Normalised.
[[nodiscard]] std::vector<double> twoHumps(std::size_t n, double separation, double sigma,
                                           double left = 0.5, double floor = 0.002);
// softmax(z / T): exp(z_i / T) / sum_j exp(z_j / T), computed without overflow.
[[nodiscard]] std::vector<double> softmax(const std::vector<double> &logits, double temperature);

}  // namespace entropy::families
