// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/input_error.h>
#include <entropy/log_base.h>

#include <cstddef>
#include <vector>

// Conventions (stated here, in the window and in the README):
// - P is the truth and Q the model. H(P,Q) = -sum p_i log q_i is the cross-entropy of Q
//   measured under P; D(P||Q) = sum p_i log(p_i / q_i). Some texts swap the arguments.
// - 0 log 0 = 0: an event with p_i = 0 adds nothing to H(P), H(P,Q) or D(P||Q), whatever q_i is.
// - p_i > 0 with q_i = 0 makes H(P,Q) and D(P||Q) exactly +infinity (never NaN); the result
//   lists the events that did it. The surprisal -log p_i of an event with p_i = 0 is +infinity.
// - Every quantity is in the unit of `base`: bits (2), nats (e) or hartleys (10).

namespace entropy {

struct CompareOptions {
    LogBase base = LogBase::Bits;
    // The per-event vectors below; leave them out when only the totals are wanted.
    bool perEventTerms = true;
};

// Per-event values, one entry per event, in the unit of the comparison.
struct EventTerms {
    std::vector<double> p, q;                    // the normalised probabilities
    std::vector<double> surprisalP, surprisalQ;  // -log p_i, -log q_i (inf at zero)
    std::vector<double> entropyP, entropyQ;      // -p_i log p_i, -q_i log q_i
    std::vector<double> crossEntropyPQ;          // -p_i log q_i (the terms of H(P,Q))
    std::vector<double> crossEntropyQP;          // -q_i log p_i (the terms of H(Q,P))
    std::vector<double> klPQ;                    // p_i log(p_i/q_i); may be negative
    std::vector<double> klQP;                    // q_i log(q_i/p_i); may be negative
};

struct Comparison {
    LogBase base = LogBase::Bits;
    std::size_t n = 0;

    double entropyP = 0, entropyQ = 0;
    double crossEntropyPQ = 0, crossEntropyQP = 0;
    double klPQ = 0, klQP = 0;
    double jensenShannon = 0;  // the divergence itself, not its square root; <= 1 bit
    // H / log N, in [0, 1]; 0 when N = 1, where no uncertainty is possible.
    double normalizedEntropyP = 0, normalizedEntropyQ = 0;
    // e^{H in nats}: the effective number of equally likely events. Independent of the base.
    double perplexityP = 1, perplexityQ = 1;
    double totalVariation = 0;  // (1/2) sum |p_i - q_i|, unitless

    // 0-based events where p_i > 0 = q_i (they make H(P,Q) and D(P||Q) infinite), and where
    // q_i > 0 = p_i (they make H(Q,P) and D(Q||P) infinite).
    std::vector<std::size_t> infiniteKLPQEvents;
    std::vector<std::size_t> infiniteKLQPEvents;

    EventTerms events;  // empty unless CompareOptions::perEventTerms
};

// Everything above for P and Q, in one pass. P and Q must have the same number of events.
[[nodiscard]] Result<Comparison> compare(const Distribution &p, const Distribution &q,
                                         CompareOptions options = {});

// x log(x/y) + y - x >= 0 in nats, for x, y >= 0 (x = 0 gives y): the non-negative form of
// one KL term; summed over the events it is D, since both distributions sum to one. Accurate to a
// few ulps even when x ~ y, where x log(x/y) alone loses its digits. `logX` and `logY` are ln x and
// ln y.
[[nodiscard]] double klDeviance(double x, double y, double logX, double logY) noexcept;

}  // namespace entropy
