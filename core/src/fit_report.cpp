// SPDX-License-Identifier: MIT
#include "json_text.h"

#include <entropy/fit_report.h>

#include <cstdio>
#include <limits>

namespace entropy {
namespace {

using json::number;
using json::object;

constexpr const char *kSmoothAdvice =
    "P is 0 at some event, and every bump gives every event some probability, so D(Q||P) is "
    "infinite for every mu and sigma. Smooth P (give every event a little probability) to fit.";

const char *directionName(FitDirection direction) {
    return direction == FitDirection::Forward ? "forward" : "reverse";
}

const char *objectiveName(FitDirection direction) {
    return direction == FitDirection::Forward ? "D(P||Q_theta)" : "D(Q_theta||P)";
}

const char *boolean(bool value) {
    return value ? "true" : "false";
}

// The fit's own keys, "key":value pairs without the braces, so that a single fit's keys can sit
// at the top level of the output.
std::string fitFields(const Fit &fit) {
    std::string minima = "[";
    for (std::size_t i = 0; i < fit.minima.size(); ++i) {
        const FitMinimum &m = fit.minima[i];
        minima += (i ? "," : "") + object({{"mu", number(m.theta.mu)},
                                           {"sigma", number(m.theta.sigma)},
                                           {"objective", number(m.objective)},
                                           {"global", boolean(i == 0)},
                                           {"sigma_at_limit", boolean(m.sigmaAtLimit)}});
    }
    minima += "]";
    const bool found = !fit.minima.empty();
    const FitMinimum best = found ? fit.minima.front() : FitMinimum{};
    const std::string fields =
        object({{"direction", json::string(directionName(fit.direction))},
                {"minimises", json::string(objectiveName(fit.direction))},
                {"infinite", boolean(fit.infinite)},
                {"mu", found ? number(best.theta.mu) : "null"},
                {"sigma", found ? number(best.theta.sigma) : "null"},
                {"objective", fit.infinite ? number(std::numeric_limits<double>::infinity())
                                           : number(best.objective)},
                {"sigma_at_limit", boolean(best.sigmaAtLimit)},
                {"local_minima", minima},
                {"advice", fit.infinite ? json::string(kSmoothAdvice) : "null"}});
    return fields.substr(1, fields.size() - 2);
}

std::string minimumLine(const FitMinimum &m, bool global, LogBase base) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer, "  %-7s mu = %-9.6g sigma = %-9.6g D = %.6g %s%s\n",
                  global ? "global" : "local", m.theta.mu, m.theta.sigma, m.objective,
                  std::string(unitName(base)).c_str(),
                  m.sigmaAtLimit ? "  (sigma at its limit)" : "");
    return buffer;
}

}  // namespace

std::string formatFitJson(const std::vector<Fit> &fits, std::size_t events, LogBase base) {
    std::string out = object({{"family", json::string("discretised Gaussian")},
                              {"events", number(double(events))},
                              {"unit", json::string(std::string(unitName(base)))},
                              {"sigma_min", number(kMinFitSigma)},
                              {"sigma_max", number(maxFitSigma(events))}});
    out.pop_back();  // the closing brace: the fits follow
    if (fits.size() == 1) {
        return out + "," + fitFields(fits.front()) + "}\n";
    }
    for (const Fit &fit : fits) {
        out += ",\"" + std::string(directionName(fit.direction)) + "\":{" + fitFields(fit) + "}";
    }
    return out + "}\n";
}

std::string formatFitTable(const std::vector<Fit> &fits, std::size_t events, LogBase base) {
    std::string out =
        "One discretised Gaussian bump Q_theta over events 0.." + std::to_string(events - 1) + "\n";
    for (const Fit &fit : fits) {
        out += std::string("\n") + directionName(fit.direction) + " fit, minimising " +
               objectiveName(fit.direction) + ":\n";
        if (fit.infinite) {
            out += std::string("  infinite. ") + kSmoothAdvice + "\n";
        }
        for (std::size_t i = 0; i < fit.minima.size(); ++i) {
            out += minimumLine(fit.minima[i], i == 0, base);
        }
    }
    return out;
}

}  // namespace entropy
