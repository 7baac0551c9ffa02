// SPDX-License-Identifier: MIT
#include <entropy/compare.h>
#include <entropy/renyi.h>

#include <algorithm>
#include <cmath>

namespace entropy {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kOverflow = 700.0;  // e^700 is near the largest double

// log sum exp(t_i) over the finite t_i, shifted by the largest: for S far from 1.
double logSumExp(const std::vector<double> &t) {
    double most = -kInf;
    for (const double x : t) {
        most = std::max(most, x);
    }
    if (most == -kInf) {
        return -kInf;
    }
    double sum = 0.0;
    for (const double x : t) {
        sum += std::exp(x - most);
    }
    return most + std::log(sum);
}

// log1p(x) / x, accurate as x -> 0.
double log1pOver(double x) {
    return std::abs(x) < 1e-8 ? 1.0 - x / 2.0 : std::log1p(x) / x;
}

// ln(p/q) for p, q > 0, keeping its relative accuracy when p is close to q.
double logRatio(double p, double q, double lnP, double lnQ) {
    const double d = (p - q) / q;
    return std::abs(d) < 0.5 ? std::log1p(d) : lnP - lnQ;
}

// p g(r), where g(r) = (e^(b r) - 1)/b + e^(-r) - 1 = sum_{k>=2} (b^(k-1) + (-1)^k) r^k / k!.
// g >= 0 for every r when a = b + 1 > 0, so summing p g(r) over the events gives (S - 1)/b with
// no cancellation. The e^(-r) - 1 part, times p, is q - p exactly.
double pg(double p, double q, double r, double b) {
    if (std::abs(r) <= 0.5 && std::abs(b * r) <= 0.5) {
        double sum = 0.0, rk = r, bk = 1.0, factorial = 1.0;
        for (int k = 2; k <= 30; ++k) {
            rk *= r;
            bk *= b;
            factorial *= k;
            sum += (bk + (k % 2 == 0 ? 1.0 : -1.0)) * rk / factorial;
        }
        return p * sum;
    }
    return p * std::expm1(b * r) / b + (q - p);
}

// D for 0 < a < infinity, a != 1, in nats.
double divergenceAtOrder(const Distribution &p, const Distribution &q, double a) {
    const double b = a - 1.0;
    const auto lnP = p.logProbabilities(), lnQ = q.logProbabilities();
    double missP = 0.0, missQ = 0.0, most = -kInf;
    std::vector<double> r(p.size(), 0.0);
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) {
            missQ += q[i];  // events P never draws
        } else if (q[i] == 0.0) {
            if (a > 1.0) {
                return kInf;
            }
            missP += p[i];  // adds q^(1-a) = 0
        } else {
            r[i] = logRatio(p[i], q[i], lnP[i], lnQ[i]);
            most = std::max(most, b * r[i]);
        }
    }
    if (most == -kInf) {
        return kInf;  // no event both can draw
    }
    // U = (S - 1)/b = sum p g(r) - (a/b) missP + missQ: terms of one sign, so S - 1 keeps its
    // digits however close S is to 1. Far from 1 (or where e^(b r) would overflow) log S is
    // summed directly instead: nothing cancels there.
    if (most <= kOverflow) {
        double u = -a / b * missP + missQ;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p[i] > 0.0 && q[i] > 0.0) {
                u += pg(p[i], q[i], r[i], b);
            }
        }
        if (std::abs(b * u) <= 0.5) {
            return u * log1pOver(b * u);
        }
    }
    std::vector<double> t;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] > 0.0 && q[i] > 0.0) {
            t.push_back(lnP[i] + b * r[i]);  // ln(p^a q^(1-a))
        }
    }
    return logSumExp(t) / b;
}

double divergenceInNats(const Distribution &p, const Distribution &q, double a) {
    if (a == 1.0) {
        return compare(p, q, {.base = LogBase::Nats, .perEventTerms = false}).value().klPQ;
    }
    if (a == 0.0) {
        double support = 0.0;  // Q(support of P)
        for (std::size_t i = 0; i < p.size(); ++i) {
            support += p[i] > 0.0 ? q[i] : 0.0;
        }
        return support > 0.0 ? -std::log(support) : kInf;
    }
    if (std::isinf(a)) {
        double most = -kInf;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p[i] > 0.0) {
                most = std::max(most, q[i] > 0.0 ? std::log(p[i] / q[i]) : kInf);
            }
        }
        return most;
    }
    return divergenceAtOrder(p, q, a);
}

double entropyInNats(const Distribution &p, double a) {
    const auto lnP = p.logProbabilities();
    if (a == 1.0) {
        return compare(p, p, {.base = LogBase::Nats, .perEventTerms = false}).value().entropyP;
    }
    if (a == 0.0) {
        return std::log(double(std::count_if(p.probabilities().begin(), p.probabilities().end(),
                                             [](double x) { return x > 0.0; })));
    }
    if (std::isinf(a)) {
        return -std::log(*std::max_element(p.probabilities().begin(), p.probabilities().end()));
    }
    // H = -log(S)/b with S - 1 = sum p (p^b - 1): terms of one sign (ln p <= 0). Far from 1,
    // log S = log sum p^a directly.
    const double b = a - 1.0;
    double u = 0.0;  // (S - 1)/b
    std::vector<double> t;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] > 0.0) {
            const double x = b * lnP[i];
            u += (std::abs(x) <= 1.0 ? p[i] * std::expm1(x) : std::exp(a * lnP[i]) - p[i]) / b;
            t.push_back(a * lnP[i]);
        }
    }
    return std::abs(b * u) <= 0.5 ? -u * log1pOver(b * u) : -logSumExp(t) / b;
}

}  // namespace

double renyiDivergence(const Distribution &p, const Distribution &q, double alpha, LogBase base) {
    if (!(alpha >= 0.0)) {
        return std::nan("");
    }
    return divergenceInNats(p, q, alpha) / lnOfBase(base);
}

double renyiEntropy(const Distribution &p, double alpha, LogBase base) {
    if (!(alpha >= 0.0)) {
        return std::nan("");
    }
    return entropyInNats(p, alpha) / lnOfBase(base);
}

}  // namespace entropy
