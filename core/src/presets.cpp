// SPDX-License-Identifier: MIT
#include <entropy/families.h>
#include <entropy/fits.h>
#include <entropy/presets.h>

#include <algorithm>

namespace entropy {
namespace {

EventTable table(std::vector<std::string> labels, std::vector<double> p, std::vector<double> q) {
    if (labels.empty()) {
        for (std::size_t i = 0; i < p.size(); ++i) {
            labels.push_back(alphabeticLabel(i));
        }
    }
    return {std::move(labels), std::move(p), std::move(q)};
}

std::vector<std::string> numbered(std::size_t n, std::size_t first = 0) {
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < n; ++i) {
        labels.push_back(std::to_string(first + i));
    }
    return labels;
}

std::vector<Preset> buildPresets() {
    using namespace families;
    return {
        {"fair-vs-biased-coin", "A fair coin and a biased coin",
         "P is a fair coin (1 bit of entropy), Q a coin that lands heads 90% of the time "
         "(0.469 bits). Coding a fair coin with the biased coin's code costs 0.737 extra bits "
         "per toss; the other way round costs 0.531. KL divergence is not symmetric.",
         table({"heads", "tails"}, {0.5, 0.5}, {0.9, 0.1})},
        {"lopsided-match", "A match one side wins 99% of the time",
         "When the favourite wins 99% of the time, the result carries only 0.0808 bits: there "
         "is little to learn. The rare upset is very surprising (6.64 bits) but seldom happens. "
         "Q is a fan who thinks it is a fair match.",
         table({"favourite wins", "upset"}, {0.99, 0.01}, {0.5, 0.5})},
        {"closer-model-quarter", "Which model is closer? Q = (1/4, 3/4)",
         "The truth is (1/2, 1/2). This model gives D(P||Q) = 0.2075 bits. Compare the preset "
         "with Q = (1/8, 7/8), which gives 0.5 log2(4) + 0.5 log2(4/7) = 0.5963 bits: the "
         "closer model has the smaller divergence from the truth.",
         table({"A", "B"}, {0.5, 0.5}, {0.25, 0.75})},
        {"closer-model-eighth", "Which model is closer? Q = (1/8, 7/8)",
         "The truth is (1/2, 1/2). This model gives D(P||Q) = 0.5963 bits, worse than the "
         "0.2075 bits of Q = (1/4, 3/4).",
         table({"A", "B"}, {0.5, 0.5}, {0.125, 0.875})},
        {"fair-die", "A fair die and a loaded die",
         "Each face of a fair die carries log2 6 = 2.585 bits, and so does the whole throw. "
         "Q is a die loaded towards six. The loaded die's entropy is lower: it is easier to "
         "guess.",
         table({"1", "2", "3", "4", "5", "6"}, uniform(6), {0.1, 0.1, 0.1, 0.1, 0.1, 0.5})},
        {"one-hot-label", "A true label and a model's prediction",
         "In classification the truth P is one-hot: the true class (C) has probability 1. The "
         "cross-entropy H(P,Q) then reduces to -log q(true class) = -log2 0.6 = 0.737 bits: the "
         "loss depends only on the probability the model gave the right answer. H(P) = 0, so "
         "H(P,Q) = D(P||Q).",
         table({"A", "B", "C", "D"}, oneHot(4, 2), {0.1, 0.2, 0.6, 0.1})},
        {"sixteen-random-bits", "16 random bits",
         "A uniform choice among 65,536 values carries exactly 16 bits. Q is the same; every "
         "divergence is 0.",
         table(numbered(65536), uniform(65536), uniform(65536))},
        {"uniform-vs-zipf", "Uniform and Zipf over 10 words",
         "P gives 10 words equal chances (log2 10 = 3.32 bits); Q follows Zipf's law (s = 1), as "
         "word frequencies in text do: a few words take most of the mass.",
         table(numbered(10, 1), uniform(10), zipf(1.0, 10))},
        {"binomial", "Binomial(10, 1/2) and Binomial(10, 0.3)",
         "Successes in 10 trials. A fair coin (P) against a coin with success probability 0.3 "
         "(Q): the counts Q expects most are ones P finds unlikely.",
         table(numbered(11), binomial(10, 0.5), binomial(10, 0.3))},
        {"geometric-vs-poisson", "Geometric(0.3) and Poisson(3)",
         "Two ways to model a count from 0 to 11, both truncated: the geometric distribution "
         "(P) is most likely at 0; the Poisson (Q) peaks near its mean of 3.",
         table(numbered(12), geometric(0.3, 12), poisson(3.0, 12))},
        {"softmax-temperature", "Softmax of logits and a one-hot label",
         "Q is softmax of the logits (2, 1, 0.5, -1, 0) at temperature 1; P is the true class, "
         "A. The cross-entropy is the classification loss -log q(A). Higher temperature "
         "flattens Q; lower sharpens it.",
         table({"A", "B", "C", "D", "E"}, oneHot(5, 0), softmax({2, 1, 0.5, -1, 0}, 1.0))},
        {"three-events", "Three events, in nats",
         "Events with probabilities 0.7, 0.2 and 0.1 carry 0.36, 1.61 and 2.30 nats of "
         "surprisal (switch the unit to nats): the rarer the event, the more its news tells. Q "
         "gives each event 1/3.",
         table({}, {0.7, 0.2, 0.1}, uniform(3))},
        {"two-belles", "Two belles choosing a suitor",
         "Belle A (P) finds six suitors equally attractive and cannot choose: 2.585 bits of "
         "entropy. Belle B (Q) only has eyes for the first: 0.701 bits. Entropy measures how "
         "hard the choice is.",
         table({"1", "2", "3", "4", "5", "6"}, uniform(6), {0.9, 0.02, 0.02, 0.02, 0.02, 0.02})},
        {"impossible-event", "A model that calls an event impossible",
         "The truth P gives C probability 0.2, but the model Q says C is impossible (q = 0). "
         "D(P||Q) is infinite: a code built from Q has no codeword for C. The other way round, "
         "D(Q||P) = 0.324 bits is finite.",
         table({}, {0.5, 0.3, 0.2}, {0.6, 0.4, 0.0})},
        {"binary-label", "A binary label and a predicted probability",
         "The true label is \"cat\" (p = 1) and the model says cat with q = 0.8. Binary "
         "cross-entropy -[p log q + (1-p) log(1-q)] = -log2 0.8 = 0.322 bits.",
         table({"cat", "not cat"}, {1.0, 0.0}, {0.8, 0.2})},
        {"two-humps", "Two humps close together",
         "P has two humps, at 14 and 25. Fit one bump Q to it (the Fit tab): minimising "
         "D(P||Q) gives sigma = 6.92, minimising D(Q||P) gives 6.89. When the humps are close "
         "the two fits nearly agree.",
         table(numbered(40), twoHumps(40, 11, 3), discretisedGaussian(40, {19.5, 10}))},
        {"two-humps-far-apart", "Two humps far apart",
         "P has humps at 10 and 29. Minimising D(P||Q) spreads one bump over both (sigma = "
         "13.5): it must cover every event P draws. Minimising D(Q||P) puts it on one hump "
         "(sigma = 2.76), the heavier one at 10; the other hump is another local minimum.",
         table(numbered(40), twoHumps(40, 19, 2.5, 0.55), discretisedGaussian(40, {19.5, 10}))},
    };
}

const std::vector<Preset> &presets() {
    static const std::vector<Preset> all = buildPresets();
    return all;
}

}  // namespace

const std::vector<std::string> &presetNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> result;
        for (const Preset &preset : presets()) {
            result.push_back(preset.name);
        }
        return result;
    }();
    return names;
}

std::optional<Preset> findPreset(std::string_view name) {
    const auto &all = presets();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [name](const Preset &preset) { return preset.name == name; });
    return it == all.end() ? std::nullopt : std::optional(*it);
}

}  // namespace entropy
