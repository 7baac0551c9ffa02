// SPDX-License-Identifier: MIT
#include "json_text.h"

#include <entropy/report.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace entropy {
namespace {

using json::number;

std::string jsonIndices(const std::vector<std::size_t> &indices) {
    std::string text = "[";
    for (std::size_t i = 0; i < indices.size(); ++i) {
        text += (i ? "," : "") + std::to_string(indices[i]);
    }
    return text + "]";
}

void appendField(std::string &out, std::string_view key, const std::string &value,
                 bool last = false) {
    out += "\"";
    out += key;
    out += "\":";
    out += value;
    out += last ? "" : ",";
}

std::string tableNumber(double value) {
    if (std::isinf(value)) {
        return value > 0 ? "inf" : "-inf";
    }
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string row(std::string_view name, double value, std::string_view unit) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "  %-30.*s %-22s %.*s\n", static_cast<int>(name.size()),
                  name.data(), tableNumber(value).c_str(), static_cast<int>(unit.size()),
                  unit.data());
    return buffer;
}

std::string csvNumber(double value) {
    if (std::isinf(value)) {
        return value > 0 ? "inf" : "-inf";
    }
    return formatNumber(value);
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",;\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

}  // namespace

std::string formatEventCsv(const Comparison &c, const std::vector<std::string> &labels) {
    std::string out =
        "label,p,q,surprisal_p,surprisal_q,kl_pq_term,kl_qp_term,cross_entropy_pq_term,"
        "cross_entropy_qp_term\r\n";
    const EventTerms &e = c.events;
    for (std::size_t i = 0; i < e.p.size(); ++i) {
        out += csvField(i < labels.size() ? labels[i] : std::to_string(i + 1));
        for (const double value : {e.p[i], e.q[i], e.surprisalP[i], e.surprisalQ[i], e.klPQ[i],
                                   e.klQP[i], e.crossEntropyPQ[i], e.crossEntropyQP[i]}) {
            out += "," + csvNumber(value);
        }
        out += "\r\n";
    }
    return out;
}

std::string formatSummaryCsv(const Comparison &c) {
    const std::string unit(unitName(c.base));
    std::string out = "quantity,value,unit\r\n";
    const auto row = [&out](std::string_view name, double value, std::string_view rowUnit) {
        out += std::string(name) + "," + csvNumber(value) + "," + std::string(rowUnit) + "\r\n";
    };
    row("entropy_p", c.entropyP, unit);
    row("entropy_q", c.entropyQ, unit);
    row("cross_entropy_pq", c.crossEntropyPQ, unit);
    row("cross_entropy_qp", c.crossEntropyQP, unit);
    row("kl_pq", c.klPQ, unit);
    row("kl_qp", c.klQP, unit);
    row("js", c.jensenShannon, unit);
    row("normalized_entropy_p", c.normalizedEntropyP, "");
    row("normalized_entropy_q", c.normalizedEntropyQ, "");
    row("perplexity_p", c.perplexityP, "");
    row("perplexity_q", c.perplexityQ, "");
    row("total_variation", c.totalVariation, "");
    return out;
}

std::string formatNumber(double value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

std::string formatJson(const Comparison &c, const std::optional<RenyiValues> &renyi) {
    std::string out = "{";
    appendField(out, "base", "\"" + std::string(baseLabel(c.base)) + "\"");
    appendField(out, "unit", "\"" + std::string(unitName(c.base)) + "\"");
    appendField(out, "n", std::to_string(c.n));
    appendField(out, "entropy_p", number(c.entropyP));
    appendField(out, "entropy_q", number(c.entropyQ));
    appendField(out, "cross_entropy_pq", number(c.crossEntropyPQ));
    appendField(out, "cross_entropy_qp", number(c.crossEntropyQP));
    appendField(out, "kl_pq", number(c.klPQ));
    appendField(out, "kl_qp", number(c.klQP));
    appendField(out, "js", number(c.jensenShannon));
    appendField(out, "normalized_entropy_p", number(c.normalizedEntropyP));
    appendField(out, "normalized_entropy_q", number(c.normalizedEntropyQ));
    appendField(out, "perplexity_p", number(c.perplexityP));
    appendField(out, "perplexity_q", number(c.perplexityQ));
    appendField(out, "total_variation", number(c.totalVariation));
    appendField(out, "kl_pq_infinite_indices", jsonIndices(c.infiniteKLPQEvents));
    appendField(out, "kl_qp_infinite_indices", jsonIndices(c.infiniteKLQPEvents));
    if (renyi) {
        appendField(out, "renyi_alpha", number(renyi->alpha));
        appendField(out, "renyi_pq", number(renyi->divergencePQ));
        appendField(out, "renyi_qp", number(renyi->divergenceQP));
        appendField(out, "renyi_entropy_p", number(renyi->entropyP));
        appendField(out, "renyi_entropy_q", number(renyi->entropyQ));
    }
    out += "\"events\":[";
    const EventTerms &e = c.events;
    for (std::size_t i = 0; i < e.p.size(); ++i) {
        out += i ? ",{" : "{";
        appendField(out, "p", number(e.p[i]));
        appendField(out, "q", number(e.q[i]));
        appendField(out, "surprisal_p", number(e.surprisalP[i]));
        appendField(out, "surprisal_q", number(e.surprisalQ[i]));
        appendField(out, "kl_pq_term", number(e.klPQ[i]));
        appendField(out, "kl_qp_term", number(e.klQP[i]));
        appendField(out, "cross_entropy_pq_term", number(e.crossEntropyPQ[i]));
        appendField(out, "cross_entropy_qp_term", number(e.crossEntropyQP[i]), true);
        out += "}";
    }
    out += "]}\n";
    return out;
}

std::string formatTable(const Comparison &c, const std::optional<RenyiValues> &renyi) {
    const std::string_view unit = unitName(c.base);
    std::string out = std::to_string(c.n) + " events, in " + std::string(unit) + " (log base " +
                      std::string(baseLabel(c.base)) + "). P is the truth, Q the model.\n\n";
    out += row("entropy H(P)", c.entropyP, unit);
    out += row("entropy H(Q)", c.entropyQ, unit);
    out += row("cross-entropy H(P,Q)", c.crossEntropyPQ, unit);
    out += row("cross-entropy H(Q,P)", c.crossEntropyQP, unit);
    out += row("KL divergence D(P||Q)", c.klPQ, unit);
    out += row("KL divergence D(Q||P)", c.klQP, unit);
    out += row("Jensen-Shannon divergence", c.jensenShannon, unit);
    out += row("normalised entropy H(P)/log N", c.normalizedEntropyP, "");
    out += row("normalised entropy H(Q)/log N", c.normalizedEntropyQ, "");
    out += row("perplexity of P", c.perplexityP, "");
    out += row("perplexity of Q", c.perplexityQ, "");
    out += row("total variation", c.totalVariation, "");
    if (renyi) {
        out += row("Renyi order alpha", renyi->alpha, "");
        out += row("Renyi divergence D_a(P||Q)", renyi->divergencePQ, unit);
        out += row("Renyi divergence D_a(Q||P)", renyi->divergenceQP, unit);
        out += row("Renyi entropy H_a(P)", renyi->entropyP, unit);
        out += row("Renyi entropy H_a(Q)", renyi->entropyQ, unit);
    }
    if (c.events.p.empty()) {
        return out;
    }
    char line[256];
    std::snprintf(line, sizeof line, "\n  %7s %-14s %-14s %-14s %-14s %-14s %-14s\n", "event", "p",
                  "q", "-log p", "-log q", "p log(p/q)", "q log(q/p)");
    out += line;
    const EventTerms &e = c.events;
    for (std::size_t i = 0; i < e.p.size(); ++i) {
        std::snprintf(line, sizeof line, "  %7zu %-14s %-14s %-14s %-14s %-14s %-14s\n", i + 1,
                      tableNumber(e.p[i]).c_str(), tableNumber(e.q[i]).c_str(),
                      tableNumber(e.surprisalP[i]).c_str(), tableNumber(e.surprisalQ[i]).c_str(),
                      tableNumber(e.klPQ[i]).c_str(), tableNumber(e.klQP[i]).c_str());
        out += line;
    }
    return out;
}

}  // namespace entropy
