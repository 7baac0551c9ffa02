// SPDX-License-Identifier: MIT
#include <entropy/codes.h>
#include <entropy/compare.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace entropy {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A node of the Huffman tree: a leaf is an event; an inner node has two children.
struct Node {
    int zero = -1, one = -1;
    std::size_t event = 0;  // for a leaf
};

// A tree waiting to be merged.
struct Waiting {
    double weight;
    std::size_t firstEvent;  // the lowest event index below: the tie-breaker
    int node;
};

// The lighter tree, then the one with the lower first event, is merged first.
constexpr auto kLighter = [](const Waiting &a, const Waiting &b) {
    return std::tie(a.weight, a.firstEvent) < std::tie(b.weight, b.firstEvent);
};

// Walks the tree without recursion (it can be deep), writing each leaf's codeword.
void assignCodewords(const std::vector<Node> &nodes, int root, Code &code) {
    std::vector<std::pair<int, std::string>> stack{{root, std::string()}};
    while (!stack.empty()) {
        auto [index, prefix] = std::move(stack.back());
        stack.pop_back();
        const Node &node = nodes[std::size_t(index)];
        if (node.zero < 0) {
            code.lengths[node.event] = double(prefix.size());
            code.codewords[node.event] = std::move(prefix);
            continue;
        }
        stack.emplace_back(node.one, prefix + '1');
        stack.emplace_back(node.zero, std::move(prefix) + '0');
    }
}

}  // namespace

Code huffmanCode(const Distribution &d) {
    Code code{std::vector<std::string>(d.size()), std::vector<double>(d.size(), kInfinity)};
    std::vector<Node> nodes;
    nodes.reserve(2 * d.size());
    std::vector<Waiting> leaves;
    leaves.reserve(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d[i] > 0.0) {
            nodes.push_back({-1, -1, i});
            leaves.push_back({d[i], i, int(nodes.size() - 1)});
        }
    }
    if (nodes.size() == 1) {
        code.codewords[nodes[0].event] = "0";
        code.lengths[nodes[0].event] = 1.0;
        return code;
    }
    // Two queues instead of a heap: the leaves sorted once, and the merged trees, which come out
    // already in order. Each step takes the lightest front of the two. (A heap's unpredictable
    // comparisons took 27 ms for 65,536 events.)
    std::ranges::sort(leaves, kLighter);
    std::vector<Waiting> merged;
    merged.reserve(leaves.size());
    std::size_t leaf = 0, next = 0;
    const auto takeLightest = [&] {
        const bool fromLeaves =
            next == merged.size() || (leaf < leaves.size() && kLighter(leaves[leaf], merged[next]));
        return fromLeaves ? leaves[leaf++] : merged[next++];
    };
    for (std::size_t k = 1; k < leaves.size(); ++k) {
        const Waiting a = takeLightest(), b = takeLightest();
        nodes.push_back({a.node, b.node});
        merged.push_back(
            {a.weight + b.weight, std::min(a.firstEvent, b.firstEvent), int(nodes.size() - 1)});
    }
    assignCodewords(nodes, merged.back().node, code);
    return code;
}

std::vector<double> surprisalBits(const Distribution &d) {
    std::vector<double> bits(d.size());
    const auto logs = d.logProbabilities();
    for (std::size_t i = 0; i < d.size(); ++i) {
        bits[i] = 0.0 - logs[i] / std::log(2.0);  // 0 - 0 is +0: p = 1 costs 0, not -0
    }
    return bits;
}

std::vector<double> shannonLengths(const Distribution &d) {
    std::vector<double> lengths = surprisalBits(d);
    for (std::size_t i = 0; i < d.size(); ++i) {
        // An exact power of two must not round up a whole bit through the rounding of ln q.
        const double nearest = std::round(lengths[i]);
        lengths[i] =
            d[i] > 0.0 ? (std::abs(lengths[i] - nearest) < 1e-12 ? nearest : std::ceil(lengths[i]))
                       : kInfinity;
    }
    return lengths;
}

double expectedLength(const Distribution &p, const std::vector<double> &lengths) {
    double total = 0.0;
    for (std::size_t i = 0; i < p.size() && i < lengths.size(); ++i) {
        if (p[i] > 0.0) {
            total += p[i] * lengths[i];  // +infinity stays infinite
        }
    }
    return total;
}

double kraftSum(const std::vector<double> &lengths) {
    double total = 0.0;
    for (const double length : lengths) {
        if (std::isfinite(length)) {
            total += std::exp2(-length);
        }
    }
    return total;
}

CodeComparison compareCodes(const Distribution &p, const Distribution &q) {
    CodeComparison result{huffmanCode(p), huffmanCode(q), surprisalBits(p), surprisalBits(q),
                          shannonLengths(q)};
    result.expectedLengthPCode = expectedLength(p, result.codeP.lengths);
    result.expectedLengthQCodeUnderP = expectedLength(p, result.codeQ.lengths);
    result.expectedShannonLengthPUnderP = expectedLength(p, shannonLengths(p));
    result.expectedShannonLengthQUnderP = expectedLength(p, result.shannonLengthsQ);
    result.kraftP = kraftSum(result.codeP.lengths);
    result.kraftQ = kraftSum(result.codeQ.lengths);
    const Comparison c = compare(p, q, {.base = LogBase::Bits, .perEventTerms = false}).value();
    result.entropyPBits = c.entropyP;
    result.crossEntropyPQBits = c.crossEntropyPQ;
    result.klPQBits = c.klPQ;
    result.extraLengthQCode = std::isinf(result.expectedLengthQCodeUnderP)
                                  ? kInfinity
                                  : result.expectedLengthQCodeUnderP - result.expectedLengthPCode;
    return result;
}

}  // namespace entropy
