// SPDX-License-Identifier: MIT
#include "json_text.h"

#include <entropy/code_report.h>
#include <entropy/report.h>

#include <cmath>
#include <cstdio>

namespace entropy {
namespace {

using json::number;
using json::object;

std::string labelOf(const std::vector<std::string> &labels, std::size_t i) {
    return i < labels.size() ? labels[i] : std::to_string(i + 1);
}

std::string cell(double value) {
    if (std::isinf(value)) {
        return "inf";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string line(const char *name, double value, const char *unit) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "  %-50s %-14s %s\n", name, cell(value).c_str(), unit);
    return buffer;
}

const char *sourceName(SampleSource from) {
    return from == SampleSource::P ? "p" : "q";
}

}  // namespace

std::string formatCodeJson(const Distribution &p, const Distribution &q,
                           const CodeComparison &codes, const std::vector<std::string> &labels) {
    std::string events = "[";
    for (std::size_t i = 0; i < p.size(); ++i) {
        events += (i ? "," : "") + object({{"label", json::string(labelOf(labels, i))},
                                           {"p", number(p[i])},
                                           {"q", number(q[i])},
                                           {"codeword_p", json::string(codes.codeP.codewords[i])},
                                           {"codeword_q", json::string(codes.codeQ.codewords[i])},
                                           {"length_p", number(codes.codeP.lengths[i])},
                                           {"length_q", number(codes.codeQ.lengths[i])},
                                           {"shannon_length_q", number(codes.shannonLengthsQ[i])}});
    }
    return object(
               {{"events", events + "]"},
                {"expected_length_p_code", number(codes.expectedLengthPCode)},
                {"expected_length_q_code_under_p", number(codes.expectedLengthQCodeUnderP)},
                {"expected_shannon_length_q_under_p", number(codes.expectedShannonLengthQUnderP)},
                {"kraft_p", number(codes.kraftP)},
                {"kraft_q", number(codes.kraftQ)},
                {"entropy_p_bits", number(codes.entropyPBits)},
                {"cross_entropy_pq_bits", number(codes.crossEntropyPQBits)}}) +
           "\n";
}

std::string formatCodeTable(const Distribution &p, const Distribution &q,
                            const CodeComparison &codes, const std::vector<std::string> &labels) {
    std::string out = "Codes built from P and from Q, charged on P (bits per symbol)\n";
    out += line("H(P), the least possible", codes.entropyPBits, "bits");
    out += line("L(P; Huffman code of P)", codes.expectedLengthPCode, "bits");
    out += line("L(P; Shannon code of P), in [H(P), H(P)+1)", codes.expectedShannonLengthPUnderP,
                "bits");
    out += line("H(P,Q)", codes.crossEntropyPQBits, "bits");
    out += line("L(P; Shannon code of Q), in [H(P,Q), H(P,Q)+1)",
                codes.expectedShannonLengthQUnderP, "bits");
    out += line("L(P; Huffman code of Q), the wrong code", codes.expectedLengthQCodeUnderP, "bits");
    out += line("Kraft sum of P's code", codes.kraftP, "");
    out += line("Kraft sum of Q's code", codes.kraftQ, "");
    char header[160];
    std::snprintf(header, sizeof header, "\n  %-12s %-10s %-10s %-16s %-16s\n", "event", "p", "q",
                  "code of P", "code of Q");
    out += header;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const auto codeword = [](const std::string &word) { return word.empty() ? "-" : word; };
        char row[256];
        std::snprintf(row, sizeof row, "  %-12s %-10s %-10s %-16s %-16s\n",
                      labelOf(labels, i).c_str(), cell(p[i]).c_str(), cell(q[i]).c_str(),
                      codeword(codes.codeP.codewords[i]).c_str(),
                      codeword(codes.codeQ.codewords[i]).c_str());
        out += row;
    }
    return out;
}

std::string formatSampleJson(const SampleRun &run) {
    std::string counts = "[";
    for (std::size_t i = 0; i < run.counts.size(); ++i) {
        counts += (i ? "," : "") + std::to_string(run.counts[i]);
    }
    return object({{"n", std::to_string(run.n)},
                   {"seed", std::to_string(run.seed)},
                   {"from", json::string(sourceName(run.from))},
                   {"base", json::string(std::string(baseLabel(run.base)))},
                   {"mean_surprisal_p", number(run.meanSurprisalP)},
                   {"mean_surprisal_q", number(run.meanSurprisalQ)},
                   {"log_likelihood_ratio", number(run.logLikelihoodRatio)},
                   {"counts", counts + "]"},
                   {"empirical_kl", number(run.empiricalKL)},
                   {"bits_p_code", number(run.bitsPCode)},
                   {"bits_q_code", number(run.bitsQCode)},
                   {"expected_bits_p_code", number(run.expectedBitsPCode)},
                   {"expected_bits_q_code", number(run.expectedBitsQCode)}}) +
           "\n";
}

std::string formatSampleTable(const SampleRun &run, const std::vector<std::string> &labels) {
    const std::string unit(unitName(run.base));
    std::string out = "n = " + std::to_string(run.n) + " draws from " +
                      (run.from == SampleSource::P ? "P" : "Q") + ", seed " +
                      std::to_string(run.seed) + "\n";
    out += line("mean of -log p(x)", run.meanSurprisalP, unit.c_str());
    out += line("mean of -log q(x)", run.meanSurprisalQ, unit.c_str());
    out += line("sum of log p(x)/q(x)", run.logLikelihoodRatio, unit.c_str());
    out += line("D(empirical || source)", run.empiricalKL, unit.c_str());
    out += line("bits per symbol, P's Huffman code", run.bitsPCode, "bits");
    out += line("bits per symbol, Q's Huffman code", run.bitsQCode, "bits");
    out += line("expected, P's code, under the source", run.expectedBitsPCode, "bits");
    out += line("expected, Q's code, under the source", run.expectedBitsQCode, "bits");
    out += "\n  counts:";
    for (std::size_t i = 0; i < run.counts.size() && i < 64; ++i) {
        out += " " + labelOf(labels, i) + "=" + std::to_string(run.counts[i]);
    }
    return out + (run.counts.size() > 64 ? " ...\n" : "\n");
}

}  // namespace entropy
