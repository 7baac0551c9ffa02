// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/log_base.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace entropy {

// SplitMix64 (Steele, Lea and Flood, 2014), written out so that a seed gives the same numbers
// with every compiler and standard library (std::discrete_distribution does not).
class SplitMix64 {
public:
    explicit constexpr SplitMix64(std::uint64_t seed) noexcept : m_state(seed) {}
    constexpr std::uint64_t next() noexcept {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 53 random bits.
    constexpr double uniform() noexcept { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in {0, ..., n-1} (n >= 1): the high 64 bits of next() * n, Lemire's
    // multiply-shift (its bias, below n / 2^64, is far under what any test could see).
    constexpr std::size_t below(std::size_t n) noexcept { return std::size_t(mulHigh(next(), n)); }

    // The high 64 bits of the 128-bit product: one wide multiply where the compiler has one.
    static constexpr std::uint64_t mulHigh(std::uint64_t a, std::uint64_t b) noexcept {
#ifdef __SIZEOF_INT128__
        __extension__ using Wide = unsigned __int128;
        return std::uint64_t(Wide(a) * b >> 64);
#else
        return mulHighPortable(a, b);
#endif
    }
    // The same in plain 64-bit arithmetic.
    static constexpr std::uint64_t mulHighPortable(std::uint64_t a, std::uint64_t b) noexcept {
        const std::uint64_t aLow = a & 0xFFFFFFFFULL, aHigh = a >> 32;
        const std::uint64_t bLow = b & 0xFFFFFFFFULL, bHigh = b >> 32;
        const std::uint64_t low = aLow * bLow, cross1 = aHigh * bLow, cross2 = aLow * bHigh;
        const std::uint64_t middle = (low >> 32) + (cross1 & 0xFFFFFFFFULL) + cross2;
        return aHigh * bHigh + (cross1 >> 32) + (middle >> 32);
    }

private:
    std::uint64_t m_state;
};

// Draws events from a distribution in constant time each, by Walker's alias method (Vose's
// construction): a column chosen uniformly, then its own event or its alias by a biased coin.
// Events of probability 0 are never drawn.
class AliasSampler {
public:
    explicit AliasSampler(const Distribution &d);
    [[nodiscard]] std::size_t draw(SplitMix64 &random) const noexcept;
    // out.size() draws, the same as drawn one at a time, with the columns of many asked of memory
    // at once: for tables larger than the cache.
    void draw(SplitMix64 &random, std::span<std::size_t> out) const noexcept;

private:
    [[nodiscard]] std::size_t choose(std::size_t column, double coin) const noexcept;
    // One read per draw: both halves of a column sit together.
    struct Column {
        double keep;        // probability of keeping the column's own event
        std::size_t alias;  // the other event of the column
    };
    std::vector<Column> m_columns;
};

enum class SampleSource { P, Q };

struct SampleOptions {
    std::size_t n = 1000;
    std::uint64_t seed = 1;
    SampleSource from = SampleSource::P;
    LogBase base = LogBase::Bits;
    // Points kept for plotting against n, spaced evenly in log n (plus the last draw).
    std::size_t tracePoints = 200;
};

inline constexpr std::size_t kMaxDraws = 1'000'000;

// What n draws from P (or Q) showed. Means are over the draws, in `base`; code bits are always
// bits. The running values at the trace points let a view plot convergence.
struct SampleRun {
    std::size_t n = 0;
    std::uint64_t seed = 0;
    SampleSource from = SampleSource::P;
    LogBase base = LogBase::Bits;
    double meanSurprisalP = 0.0;      // mean of -log p(x): tends to H(P) (from P)
    double meanSurprisalQ = 0.0;      // mean of -log q(x): tends to H(P,Q) (from P)
    double logLikelihoodRatio = 0.0;  // sum of log p(x)/q(x): slope D(P||Q), or -D(Q||P)
    std::vector<std::size_t> counts;  // draws per event
    double empiricalKL = 0.0;         // D(empirical || source), in `base`
    double bitsPCode = 0.0;           // bits per symbol with P's Huffman code
    double bitsQCode = 0.0;           // bits per symbol with Q's Huffman code
    // What they tend to: each code's expected length under the source distribution.
    double expectedBitsPCode = 0.0, expectedBitsQCode = 0.0;
    // The first draw (1-based) whose q (or p) is 0, making a mean infinite; 0 if none.
    std::size_t firstInfiniteQ = 0, firstInfiniteP = 0;
    struct Trace {
        std::vector<double> n, meanSurprisalP, meanSurprisalQ, logLikelihoodRatio;
    } trace;
};

// Draws options.n events (at most kMaxDraws) from P or Q, seeded, and keeps the statistics.
// P and Q must have the same size; `lengthsP` and `lengthsQ` are their Huffman codes' codeword
// lengths (huffmanLengths).
[[nodiscard]] SampleRun sample(const Distribution &p, const Distribution &q,
                               const std::vector<double> &lengthsP,
                               const std::vector<double> &lengthsQ, const SampleOptions &options);

// The seed of path k (0-based) of several drawn with `seed`: path 0 uses the seed itself.
[[nodiscard]] std::uint64_t pathSeed(std::uint64_t seed, std::size_t path) noexcept;

}  // namespace entropy
