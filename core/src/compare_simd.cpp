// SPDX-License-Identifier: MIT
// Compiled with AVX2 and FMA enabled (core/CMakeLists.txt); called only when available().
#include "compare_simd.h"

#include <cmath>
#include <immintrin.h>
#include <numbers>
#include <sleef.h>

namespace entropy::simd {
namespace {

constexpr std::size_t kBlock = 64;  // events per block, as in the scalar pass

struct Lanes {
    __m256d zero = _mm256_setzero_pd();
    __m256d infinity = _mm256_set1_pd(INFINITY);
    __m256d signBit = _mm256_set1_pd(-0.0);
    __m256d tenth = _mm256_set1_pd(0.1);
    __m256d half = _mm256_set1_pd(0.5);
    __m256d two = _mm256_set1_pd(2.0);
    __m256d three = _mm256_set1_pd(3.0);
    __m256d ln2 = _mm256_set1_pd(std::numbers::ln2);
};

__m256d absolute(const Lanes &k, __m256d x) {
    return _mm256_andnot_pd(k.signBit, x);
}

// 1/3 + v2/5 + v2^2/7 + ... + v2^7/17: Loader's series, as nearDeviance in compare.cpp.
__m256d series(__m256d v2) {
    __m256d s = _mm256_set1_pd(1.0 / 17);
    for (const double odd : {1.0 / 15, 1.0 / 13, 1.0 / 11, 1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3}) {
        s = _mm256_fmadd_pd(s, v2, _mm256_set1_pd(odd));
    }
    return s;
}

// x log(x/y) + y - x >= 0 given v = (x - y)/(x + y): both forms computed and blended, with
// the zeros' conventions (x = 0 gives y; y = 0 < x gives +inf).
__m256d deviance(const Lanes &k, __m256d x, __m256d y, __m256d logX, __m256d logY, __m256d v) {
    const __m256d difference = _mm256_sub_pd(x, y);
    const __m256d v2 = _mm256_mul_pd(v, v);
    const __m256d near =
        _mm256_fmadd_pd(_mm256_mul_pd(_mm256_mul_pd(k.two, x), _mm256_mul_pd(v, v2)), series(v2),
                        _mm256_mul_pd(difference, v));
    const __m256d far = _mm256_fmadd_pd(x, _mm256_sub_pd(logX, logY), _mm256_sub_pd(y, x));
    const __m256d isNear = _mm256_cmp_pd(absolute(k, difference),
                                         _mm256_mul_pd(k.tenth, _mm256_add_pd(x, y)), _CMP_LT_OQ);
    __m256d result = _mm256_blendv_pd(far, near, isNear);
    result = _mm256_blendv_pd(result, k.infinity, _mm256_cmp_pd(y, k.zero, _CMP_EQ_OQ));
    return _mm256_blendv_pd(result, y, _mm256_cmp_pd(x, k.zero, _CMP_EQ_OQ));
}

// -x log y, 0 where x = 0 (so 0 log 0 = 0), +inf where y = 0 < x.
__m256d cross(const Lanes &k, __m256d x, __m256d logY) {
    const __m256d term = _mm256_sub_pd(k.zero, _mm256_mul_pd(x, logY));
    return _mm256_blendv_pd(term, k.zero, _mm256_cmp_pd(x, k.zero, _CMP_EQ_OQ));
}

// 2 x the Jensen-Shannon term: dev(p, m) + dev(q, m), m = (p+q)/2, or (p+q) ln 2 at a zero.
__m256d jensenShannon(const Lanes &k, __m256d p, __m256d q, __m256d logP, __m256d logQ) {
    const __m256d m = _mm256_mul_pd(k.half, _mm256_add_pd(p, q));
    const __m256d logM = Sleef_logd4_u10avx2(m);
    const __m256d pq = _mm256_sub_pd(p, q);
    // (p - m)/(p + m) = (p - q)/(3p + q), and likewise for q: no rounding of m enters v.
    const __m256d vP = _mm256_div_pd(pq, _mm256_fmadd_pd(k.three, p, q));
    const __m256d vQ = _mm256_div_pd(_mm256_sub_pd(k.zero, pq), _mm256_fmadd_pd(k.three, q, p));
    const __m256d both =
        _mm256_add_pd(deviance(k, p, m, logP, logM, vP), deviance(k, q, m, logQ, logM, vQ));
    const __m256d anyZero =
        _mm256_or_pd(_mm256_cmp_pd(p, k.zero, _CMP_EQ_OQ), _mm256_cmp_pd(q, k.zero, _CMP_EQ_OQ));
    return _mm256_blendv_pd(both, _mm256_mul_pd(_mm256_add_pd(p, q), k.ln2), anyZero);
}

double horizontal(__m256d x) {
    const __m128d pair = _mm_add_pd(_mm256_castpd256_pd128(x), _mm256_extractf128_pd(x, 1));
    return _mm_cvtsd_f64(_mm_add_sd(pair, _mm_unpackhi_pd(pair, pair)));
}

void recordZeros(const Lanes &k, __m256d p, __m256d q, std::size_t first,
                 std::vector<std::size_t> &infinitePQ, std::vector<std::size_t> &infiniteQP) {
    const __m256d pZero = _mm256_cmp_pd(p, k.zero, _CMP_EQ_OQ);
    const __m256d qZero = _mm256_cmp_pd(q, k.zero, _CMP_EQ_OQ);
    const int onlyQ = _mm256_movemask_pd(_mm256_andnot_pd(pZero, qZero));
    const int onlyP = _mm256_movemask_pd(_mm256_andnot_pd(qZero, pZero));
    for (int lane = 0; lane < 4; ++lane) {
        if (onlyQ & (1 << lane)) {
            infinitePQ.push_back(first + std::size_t(lane));
        } else if (onlyP & (1 << lane)) {
            infiniteQP.push_back(first + std::size_t(lane));
        }
    }
}

}  // namespace

bool available() noexcept {
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

void compareTotals(const double *p, const double *q, const double *logP, const double *logQ,
                   std::size_t n4, BlockSink sink, void *context,
                   std::vector<std::size_t> &infinitePQ, std::vector<std::size_t> &infiniteQP) {
    const Lanes k;
    for (std::size_t block = 0; block < n4; block += kBlock) {
        __m256d sums[8];
        for (__m256d &sum : sums) {
            sum = k.zero;
        }
        const std::size_t end = std::min(n4, block + kBlock);
        for (std::size_t i = block; i < end; i += 4) {
            const __m256d vp = _mm256_loadu_pd(p + i), vq = _mm256_loadu_pd(q + i);
            const __m256d lp = _mm256_loadu_pd(logP + i), lq = _mm256_loadu_pd(logQ + i);
            const __m256d v = _mm256_div_pd(_mm256_sub_pd(vp, vq), _mm256_add_pd(vp, vq));
            const __m256d terms[8] = {
                cross(k, vp, lp),
                cross(k, vq, lq),
                cross(k, vp, lq),
                cross(k, vq, lp),
                deviance(k, vp, vq, lp, lq, v),
                deviance(k, vq, vp, lq, lp, _mm256_sub_pd(k.zero, v)),
                jensenShannon(k, vp, vq, lp, lq),
                absolute(k, _mm256_sub_pd(vp, vq)),
            };
            for (int s = 0; s < 8; ++s) {
                sums[s] = _mm256_add_pd(sums[s], terms[s]);
            }
            if (_mm256_movemask_pd(_mm256_or_pd(_mm256_cmp_pd(vp, k.zero, _CMP_EQ_OQ),
                                                _mm256_cmp_pd(vq, k.zero, _CMP_EQ_OQ)))) {
                recordZeros(k, vp, vq, i, infinitePQ, infiniteQP);
            }
        }
        Sums blockSums;
        for (int s = 0; s < 8; ++s) {
            blockSums.values[s] = horizontal(sums[s]);
        }
        sink(context, blockSums);
    }
}

void logs(const double *in, double *out, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += 4) {
        _mm256_storeu_pd(out + i, Sleef_logd4_u10avx2(_mm256_loadu_pd(in + i)));
    }
}

void exps(const double *in, double *out, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += 4) {
        _mm256_storeu_pd(out + i, Sleef_expd4_u10avx2(_mm256_loadu_pd(in + i)));
    }
}

void expm1s(const double *in, double *out, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += 4) {
        _mm256_storeu_pd(out + i, Sleef_expm1d4_u10avx2(_mm256_loadu_pd(in + i)));
    }
}

void log1ps(const double *in, double *out, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; i += 4) {
        _mm256_storeu_pd(out + i, Sleef_log1pd4_u10avx2(_mm256_loadu_pd(in + i)));
    }
}

}  // namespace entropy::simd
