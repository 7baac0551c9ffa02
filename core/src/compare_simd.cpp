// SPDX-License-Identifier: MIT
// Chooses the instruction set at run time; compiled for the baseline x86-64, as the kernels'
// callers are. The kernels themselves are in simd_avx2.cpp and simd_avx512.cpp.
#include "compare_simd.h"

#include <entropy/compensated_sum.h>
#include <entropy/instruction_set.h>

#include <atomic>

namespace entropy {
namespace {

std::atomic<InstructionSet> cap{InstructionSet::Avx512};

InstructionSet widestSupported() noexcept {
    // GCC's checks include the operating system's support for the wider registers (XCR0).
    static const InstructionSet widest = [] {
        if (__builtin_cpu_supports("avx512f")) {
            return InstructionSet::Avx512;
        }
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
            return InstructionSet::Avx2;
        }
        return InstructionSet::Scalar;
    }();
    return widest;
}

}  // namespace

InstructionSet instructionSet() noexcept {
    return std::min(widestSupported(), cap.load(std::memory_order_relaxed));
}

InstructionSet setInstructionSetCap(InstructionSet newCap) noexcept {
    return cap.exchange(newCap, std::memory_order_relaxed);
}

std::string_view name(InstructionSet set) noexcept {
    switch (set) {
        case InstructionSet::Avx512:
            return "AVX-512";
        case InstructionSet::Avx2:
            return "AVX2";
        case InstructionSet::Scalar:
            break;
    }
    return "scalar";
}

namespace simd {
namespace {

const Functions *chosen() noexcept {
    switch (instructionSet()) {
        case InstructionSet::Avx512:
            return &kAvx512Functions;
        case InstructionSet::Avx2:
            return &kAvx2Functions;
        case InstructionSet::Scalar:
            break;
    }
    return nullptr;
}

// Runs `call(set, prefix)` on the chosen set's longest whole-lane prefix of n events, if any;
// returns the prefix's length (0 without a vector set).
template <class Call>
std::size_t onPrefix(std::size_t n, Call call) {
    const Functions *set = chosen();
    const std::size_t prefix = set ? n - n % set->lanes : 0;
    if (prefix > 0) {
        call(*set, prefix);
    }
    return prefix;
}

std::size_t mapPrefix(Map Functions::*map, const double *in, double *out, std::size_t n) noexcept {
    return onPrefix(n,
                    [&](const Functions &set, std::size_t prefix) { (set.*map)(in, out, prefix); });
}

}  // namespace

void appendOneSidedZeros(unsigned pZero, unsigned qZero, std::size_t first, std::size_t lanes,
                         std::vector<std::size_t> &infinitePQ,
                         std::vector<std::size_t> &infiniteQP) {
    for (std::size_t lane = 0; lane < lanes; ++lane) {
        const unsigned bit = 1u << lane;
        if ((qZero & bit) && !(pZero & bit)) {
            infinitePQ.push_back(first + lane);
        } else if ((pZero & bit) && !(qZero & bit)) {
            infiniteQP.push_back(first + lane);
        }
    }
}

std::size_t compare(const Pass &pass) {
    return onPrefix(pass.n,
                    [&](const Functions &set, std::size_t prefix) { set.compare(pass, prefix); });
}

std::size_t addWeights(const double *weights, std::size_t n, CompensatedSum &total,
                       bool &valid) noexcept {
    valid = true;
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        double partials[2 * kMaxLanes];
        valid = set.addWeights(weights, prefix, partials);
        for (std::size_t i = 0; valid && i < 2 * set.lanes; ++i) {
            total.add(partials[i]);
        }
    });
}

std::size_t normalise(const double *weights, std::size_t n, double total, double *probabilities,
                      double *logs) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        set.normalise(weights, prefix, total, probabilities, logs);
    });
}

std::size_t logs(const double *in, double *out, std::size_t n) noexcept {
    return mapPrefix(&Functions::logs, in, out, n);
}

std::size_t exps(const double *in, double *out, std::size_t n) noexcept {
    return mapPrefix(&Functions::exps, in, out, n);
}

std::size_t logRatios(const double *p, const double *q, const double *logP, const double *logQ,
                      double *r, std::size_t n) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        set.logRatios(p, q, logP, logQ, r, prefix);
    });
}

std::size_t renyiNear(const RenyiTerms &terms, std::size_t n, double (&sums)[2]) noexcept {
    return onPrefix(
        n, [&](const Functions &set, std::size_t prefix) { set.renyiNear(terms, prefix, sums); });
}

std::size_t renyiCurveSums(const RenyiCurve &curve, std::size_t n, double *sums) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        set.renyiCurveSums(curve, prefix, sums);
    });
}

std::size_t renyiEntropyCurveSums(const RenyiCurve &curve, std::size_t n, double *sums) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        set.renyiEntropyCurveSums(curve, prefix, sums);
    });
}

std::size_t renyiEntropySum(const RenyiTerms &terms, std::size_t n, double &sum) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        sum = set.renyiEntropySum(terms, prefix);
    });
}

std::size_t renyiFar(const RenyiTerms &terms, std::size_t n, double shift, double &sum) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        sum = set.renyiFar(terms, prefix, shift);
    });
}

std::size_t gaussianSums(const GaussianWindow &window, std::size_t n,
                         double (&sums)[kGaussianSums]) noexcept {
    return onPrefix(n, [&](const Functions &set, std::size_t prefix) {
        set.gaussianSums(window, prefix, sums);
    });
}

}  // namespace simd
}  // namespace entropy
