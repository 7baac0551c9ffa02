// SPDX-License-Identifier: MIT
#include "presettexts.h"

#include <entropy/presets.h>

#include <QCoreApplication>

namespace {

// The English titles and explanations of core's presets, marked for translation. The core
// library has no Qt; a test checks that every preset's text is listed here exactly.
[[maybe_unused]] const char *const kTexts[] = {
    // Event labels the presets use (numbers and letters need no translation).
    QT_TRANSLATE_NOOP("Presets", "heads"),
    QT_TRANSLATE_NOOP("Presets", "tails"),
    QT_TRANSLATE_NOOP("Presets", "favourite wins"),
    QT_TRANSLATE_NOOP("Presets", "upset"),
    QT_TRANSLATE_NOOP("Presets", "A fair coin and a biased coin"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "P is a fair coin (1 bit of entropy), Q a coin that lands heads 90% of the time "
        "(0.469 bits). Coding a fair coin with the biased coin's code costs 0.737 extra "
        "bits per toss; the other way round costs 0.531. KL divergence is not "
        "symmetric."),
    QT_TRANSLATE_NOOP("Presets", "A match one side wins 99% of the time"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "When the favourite wins 99% of the time, the result carries only 0.0808 bits: "
        "there is little to learn. The rare upset is very surprising (6.64 bits) but "
        "seldom happens. Q is a fan who thinks it is a fair match."),
    QT_TRANSLATE_NOOP("Presets", "Which model is closer? Q = (1/4, 3/4)"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "The truth is (1/2, 1/2). This model gives D(P||Q) = 0.2075 bits. Compare the "
        "preset with Q = (1/8, 7/8), which gives 0.5 log2(4) + 0.5 log2(4/7) = 0.5963 "
        "bits: the closer model has the smaller divergence from the truth."),
    QT_TRANSLATE_NOOP("Presets", "Which model is closer? Q = (1/8, 7/8)"),
    QT_TRANSLATE_NOOP("Presets",
                      "The truth is (1/2, 1/2). This model gives D(P||Q) = 0.5963 bits, worse than "
                      "the 0.2075 bits of Q = (1/4, 3/4)."),
    QT_TRANSLATE_NOOP("Presets", "A fair die and a loaded die"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Each face of a fair die carries log2 6 = 2.585 bits, and so does the whole "
        "throw. Q is a die loaded towards six. The loaded die's entropy is lower: it is "
        "easier to guess."),
    QT_TRANSLATE_NOOP("Presets", "A true label and a model's prediction"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "In classification the truth P is one-hot: the true class (C) has probability "
        "1. The cross-entropy H(P,Q) then reduces to -log q(true class) = -log2 0.6 = "
        "0.737 bits: the loss depends only on the probability the model gave the right "
        "answer. H(P) = 0, so H(P,Q) = D(P||Q)."),
    QT_TRANSLATE_NOOP("Presets", "16 random bits"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "A uniform choice among 65,536 values carries exactly 16 bits. Q is the same; "
        "every divergence is 0."),
    QT_TRANSLATE_NOOP("Presets", "Uniform and Zipf over 10 words"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "P gives 10 words equal chances (log2 10 = 3.32 bits); Q follows Zipf's law (s "
        "= 1), as word frequencies in text do: a few words take most of the mass."),
    QT_TRANSLATE_NOOP("Presets", "Binomial(10, 1/2) and Binomial(10, 0.3)"),
    QT_TRANSLATE_NOOP("Presets",
                      "Successes in 10 trials. A fair coin (P) against a coin with success "
                      "probability 0.3 (Q): the counts Q expects most are ones P finds unlikely."),
    QT_TRANSLATE_NOOP("Presets", "Geometric(0.3) and Poisson(3)"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Two ways to model a count from 0 to 11, both truncated: the geometric "
        "distribution (P) is most likely at 0; the Poisson (Q) peaks near its mean of "
        "3."),
    QT_TRANSLATE_NOOP("Presets", "Softmax of logits and a one-hot label"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Q is softmax of the logits (2, 1, 0.5, -1, 0) at temperature 1; P is the true "
        "class, A. The cross-entropy is the classification loss -log q(A). Higher "
        "temperature flattens Q; lower sharpens it."),
    QT_TRANSLATE_NOOP("Presets", "cat"),
    QT_TRANSLATE_NOOP("Presets", "not cat"),
    QT_TRANSLATE_NOOP("Presets", "Three events, in nats"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Events with probabilities 0.7, 0.2 and 0.1 carry 0.36, 1.61 and 2.30 nats of "
        "surprisal (switch the unit to nats): the rarer the event, the more its news tells. Q "
        "gives each event 1/3."),
    QT_TRANSLATE_NOOP("Presets", "Two belles choosing a suitor"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Belle A (P) finds six suitors equally attractive and cannot choose: 2.585 bits of "
        "entropy. Belle B (Q) only has eyes for the first: 0.701 bits. Entropy measures how "
        "hard the choice is."),
    QT_TRANSLATE_NOOP("Presets", "A model that calls an event impossible"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "The truth P gives C probability 0.2, but the model Q says C is impossible (q = 0). "
        "D(P||Q) is infinite: a code built from Q has no codeword for C. The other way round, "
        "D(Q||P) = 0.324 bits is finite."),
    QT_TRANSLATE_NOOP("Presets", "A binary label and a predicted probability"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "The true label is \"cat\" (p = 1) and the model says cat with q = 0.8. Binary "
        "cross-entropy -[p log q + (1-p) log(1-q)] = -log2 0.8 = 0.322 bits."),
    QT_TRANSLATE_NOOP("Presets", "Two humps close together"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "P has two humps, at 14 and 25. Fit one bump Q to it (the Fit tab): minimising "
        "D(P||Q) gives sigma = 6.92, minimising D(Q||P) gives 6.89. When the humps are close "
        "the two fits nearly agree."),
    QT_TRANSLATE_NOOP("Presets", "Two humps far apart"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "P has humps at 10 and 29. Minimising D(P||Q) spreads one bump over both (sigma = "
        "13.5): it must cover every event P draws. Minimising D(Q||P) puts it on one hump "
        "(sigma = 2.76), the heavier one at 10; the other hump is another local minimum."),
};

}  // namespace

QStringList PresetTexts::sourceTexts() {
    QStringList texts;
    for (const char *text : kTexts) {
        texts.append(QString::fromUtf8(text));
    }
    return texts;
}

QString PresetTexts::title(const entropy::Preset &preset) {
    return QCoreApplication::translate("Presets", preset.title.c_str());
}

QString PresetTexts::explanation(const entropy::Preset &preset) {
    return QCoreApplication::translate("Presets", preset.explanation.c_str());
}

entropy::EventTable PresetTexts::translatedEvents(const entropy::Preset &preset) {
    entropy::EventTable events = preset.events;
    for (std::string &label : events.labels) {
        // Numbers need no translation (and 65,536 of them would take a while).
        if (label.find_first_not_of("0123456789") != std::string::npos) {
            label = QCoreApplication::translate("Presets", label.c_str()).toStdString();
        }
    }
    return events;
}
