// SPDX-License-Identifier: MIT
#include <entropy/families.h>
#include <entropy/fits.h>

#include <algorithm>
#include <cmath>

namespace entropy::families {
namespace {

std::vector<double> normalised(std::vector<double> weights) {
    double total = 0.0;
    for (const double w : weights) {
        total += w;
    }
    for (double &w : weights) {
        w = total > 0 ? w / total : 1.0 / double(weights.size());
    }
    return weights;
}

}  // namespace

std::vector<double> uniform(std::size_t n) {
    return std::vector<double>(std::max<std::size_t>(n, 1),
                               1.0 / double(std::max<std::size_t>(n, 1)));
}

std::vector<double> oneHot(std::size_t n, std::size_t k) {
    return smoothedOneHot(n, k, 0.0);
}

std::vector<double> smoothedOneHot(std::size_t n, std::size_t k, double epsilon) {
    n = std::max<std::size_t>(n, 1);
    epsilon = std::clamp(epsilon, 0.0, 1.0);
    std::vector<double> p(n, epsilon / double(n));
    p[std::min(k, n - 1)] += 1.0 - epsilon;
    return p;
}

std::vector<double> binomial(std::size_t trials, double p) {
    p = std::clamp(p, 0.0, 1.0);
    std::vector<double> weights(trials + 1);
    for (std::size_t k = 0; k <= trials; ++k) {
        // In logs: C(n,k) p^k (1-p)^(n-k) without overflow for large n.
        const double logChoose = std::lgamma(double(trials) + 1) - std::lgamma(double(k) + 1) -
                                 std::lgamma(double(trials - k) + 1);
        const double logTerm = (k > 0 ? double(k) * std::log(p) : 0.0) +
                               (k < trials ? double(trials - k) * std::log1p(-p) : 0.0);
        weights[k] = std::exp(logChoose + logTerm);
    }
    return normalised(std::move(weights));
}

std::vector<double> geometric(double p, std::size_t n) {
    p = std::clamp(p, 1e-12, 1.0);
    std::vector<double> weights(std::max<std::size_t>(n, 1));
    for (std::size_t k = 0; k < weights.size(); ++k) {
        weights[k] = std::exp(double(k) * std::log1p(-p)) * p;
    }
    return normalised(std::move(weights));
}

std::vector<double> poisson(double lambda, std::size_t n) {
    lambda = std::max(lambda, 1e-12);
    std::vector<double> weights(std::max<std::size_t>(n, 1));
    for (std::size_t k = 0; k < weights.size(); ++k) {
        weights[k] = std::exp(double(k) * std::log(lambda) - lambda - std::lgamma(double(k) + 1));
    }
    return normalised(std::move(weights));
}

std::vector<double> zipf(double s, std::size_t n) {
    std::vector<double> weights(std::max<std::size_t>(n, 1));
    for (std::size_t k = 0; k < weights.size(); ++k) {
        weights[k] = std::pow(double(k + 1), -std::max(s, 0.0));
    }
    return normalised(std::move(weights));
}

std::vector<double> softmax(const std::vector<double> &logits, double temperature) {
    if (logits.empty()) {
        return {};
    }
    temperature = std::max(temperature, 1e-6);
    const double largest = *std::max_element(logits.begin(), logits.end());
    std::vector<double> weights(logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i) {
        weights[i] = std::exp((logits[i] - largest) / temperature);  // <= 1: no overflow
    }
    return normalised(std::move(weights));
}

std::vector<double> twoHumps(std::size_t n, double separation, double sigma, double left,
                             double floor) {
    n = std::max<std::size_t>(n, 1);
    left = std::clamp(left, 0.0, 1.0);
    const double middle = (double(n) - 1.0) / 2.0;
    const auto a = discretisedGaussian(n, {middle - separation / 2.0, sigma});
    const auto b = discretisedGaussian(n, {middle + separation / 2.0, sigma});
    std::vector<double> weights(n);
    for (std::size_t x = 0; x < n; ++x) {
        weights[x] = left * a[x] + (1.0 - left) * b[x] + std::max(floor, 0.0);
    }
    return normalised(std::move(weights));
}

}  // namespace entropy::families
