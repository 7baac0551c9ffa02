// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>

#include <cstddef>
#include <string>
#include <vector>

// Binary prefix codes built from a distribution, and what they cost under another: the reason
// cross-entropy is measured in bits. Lengths are in bits; an event that gets no codeword has
// length +infinity, and encoding it is impossible.
namespace entropy {

struct Code {
    std::vector<std::string> codewords;  // "0" and "1" characters; empty for no codeword
    std::vector<double> lengths;         // codeword lengths; +infinity for no codeword
};

// The Huffman code of `d`: an optimal binary prefix code. Events with probability 0 get no
// codeword. With one event of positive probability that event gets the one-bit code "0" (a
// code needs at least one bit to say anything was sent).
// Ties are broken the same way on every machine: the two nodes merged are those of least
// probability, and among equal probabilities the one holding the lowest event index first;
// the first of the two merged takes bit 0, the second bit 1.
[[nodiscard]] Code huffmanCode(const Distribution &d);
// Its codeword lengths alone (Code::lengths), without spelling out the codewords.
[[nodiscard]] std::vector<double> huffmanLengths(const Distribution &d);

// The information content of each event in bits, -log2 p_i: +infinity where p_i = 0.
[[nodiscard]] std::vector<double> surprisalBits(const Distribution &d);

// Shannon code lengths ceil(-log2 q_i), +infinity where q_i = 0. They satisfy Kraft's
// inequality, so a prefix code with these lengths exists.
[[nodiscard]] std::vector<double> shannonLengths(const Distribution &d);

// The expected length sum p_i l_i of a code with `lengths` under `p`: the bits per symbol it
// costs when symbols are drawn from p. Infinite when some p_i > 0 has no codeword; an event
// with p_i = 0 costs nothing, whatever its length.
[[nodiscard]] double expectedLength(const Distribution &p, const std::vector<double> &lengths);

// Kraft's sum, sum 2^-l_i over the events that have a codeword: at most 1 for a prefix code,
// exactly 1 for a Huffman code of two or more events.
[[nodiscard]] double kraftSum(const std::vector<double> &lengths);

// Everything the codes view and the `code` command show for P (the truth) and Q (the model):
// the code built for each, charged on P. All in bits, since the codes are binary.
struct CodeComparison {
    Code codeP, codeQ;                                   // Huffman codes of P and of Q
    std::vector<double> surprisalBitsP, surprisalBitsQ;  // -log2 p, -log2 q
    std::vector<double> shannonLengthsQ;                 // ceil(-log2 q)
    double expectedLengthPCode = 0.0;                    // L(P; code of P): in [H(P), H(P) + 1)
    double expectedLengthQCodeUnderP = 0;       // L(P; code of Q): the cost of the wrong code
    double expectedShannonLengthPUnderP = 0.0;  // in [H(P), H(P) + 1)
    double expectedShannonLengthQUnderP = 0.0;  // in [H(P,Q), H(P,Q) + 1)
    double kraftP = 0.0, kraftQ = 0.0;
    double entropyPBits = 0.0, crossEntropyPQBits = 0.0, klPQBits = 0.0;
    // L(P; code of Q) - L(P; code of P): what the wrong code costs, +infinity if Q's code
    // cannot encode something P sends.
    double extraLengthQCode = 0.0;
};

// P and Q must have the same size.
[[nodiscard]] CodeComparison compareCodes(const Distribution &p, const Distribution &q);

}  // namespace entropy
