// SPDX-License-Identifier: MIT
// Classifier mode's edits (declared with the others in documentstate.h): P and Q derived from a
// true class, label smoothing, a temperature and logits.
#include "documentstate.h"

#include <entropy/families.h>

#include <algorithm>
#include <cmath>

namespace edits {

DocumentState deriveFromClassifier(DocumentState state) {
    const ClassifierState &c = state.classifier;
    if (!c.enabled || c.logits.size() != state.events.size() || state.events.isEmpty()) {
        return state;
    }
    const std::vector<double> logits(c.logits.begin(), c.logits.end());
    const auto q = entropy::families::softmax(logits, c.temperature);
    const auto p =
        entropy::families::smoothedOneHot(logits.size(), std::size_t(c.trueClass), c.smoothing);
    state.mode = EditMode::Proportional;
    for (qsizetype i = 0; i < state.events.size(); ++i) {
        state.events[i].p = p[std::size_t(i)];
        state.events[i].q = q[std::size_t(i)];
    }
    return state;
}

DocumentState enterClassifier(const DocumentState &state) {
    DocumentState next = state;
    ClassifierState &c = next.classifier;
    const QList<double> p = state.values(Side::P), q = state.values(Side::Q);
    c = ClassifierState{};
    c.enabled = true;
    c.trueClass = int(std::max_element(p.begin(), p.end()) - p.begin());
    // Softmax ignores a common shift, so the logits are ln q relative to the largest q: the
    // most likely event gets 0 and only events below e^-kLogitLimit of it are clamped.
    const double largest = *std::max_element(q.begin(), q.end());
    for (const double v : q) {
        const double logit = v > 0 && largest > 0 ? std::log(v / largest) : -c.kLogitLimit;
        c.logits.append(std::clamp(logit, -c.kLogitLimit, c.kLogitLimit));
    }
    return deriveFromClassifier(next);
}

DocumentState leaveClassifier(const DocumentState &state) {
    DocumentState next = state;
    next.classifier.enabled = false;
    return next;
}

namespace {

// Applies `change` to the classifier's controls and derives P and Q, in classifier mode only.
template <typename Change>
std::optional<DocumentState> changeClassifier(const DocumentState &state, Change change) {
    if (!state.classifier.enabled) {
        return std::nullopt;
    }
    DocumentState next = state;
    if (!change(next.classifier)) {
        return std::nullopt;
    }
    return deriveFromClassifier(next);
}

}  // namespace

std::optional<DocumentState> setTrueClass(const DocumentState &state, int event) {
    return changeClassifier(state, [&](ClassifierState &c) {
        c.trueClass = event;
        return event >= 0 && event < c.logits.size();
    });
}

std::optional<DocumentState> setSmoothing(const DocumentState &state, double epsilon) {
    return changeClassifier(state, [&](ClassifierState &c) {
        c.smoothing = std::clamp(epsilon, 0.0, ClassifierState::kMaxSmoothing);
        return std::isfinite(epsilon);
    });
}

std::optional<DocumentState> setTemperature(const DocumentState &state, double temperature) {
    return changeClassifier(state, [&](ClassifierState &c) {
        c.temperature = std::clamp(temperature, ClassifierState::kMinTemperature,
                                   ClassifierState::kMaxTemperature);
        return std::isfinite(temperature);
    });
}

std::optional<DocumentState> setLogit(const DocumentState &state, int event, double logit) {
    return changeClassifier(state, [&](ClassifierState &c) {
        if (event < 0 || event >= c.logits.size() || !std::isfinite(logit)) {
            return false;
        }
        c.logits[event] =
            std::clamp(logit, -ClassifierState::kLogitLimit, ClassifierState::kLogitLimit);
        return true;
    });
}

}  // namespace edits
