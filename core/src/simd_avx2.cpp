// SPDX-License-Identifier: MIT
// The kernels with AVX2 and FMA, four events at a time. Compiled with -mavx2 -mfma
// (core/CMakeLists.txt); called only where the processor has both.
#include "simd_kernels.h"

#include <immintrin.h>
#include <sleef.h>

namespace entropy::simd {
namespace {

struct Avx2 {
    using V = __v4df;  // __m256d without may_alias, so a template argument
    static V fmadd(V a, V b, V c) { return _mm256_fmadd_pd(a, b, c); }
    static V abs(V x) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), x); }
    static V log(V x) { return Sleef_logd4_u10avx2(x); }
    static V exp(V x) { return Sleef_expd4_u10avx2(x); }
    static V expm1(V x) { return Sleef_expm1d4_u10avx2(x); }
    static V log1p(V x) { return Sleef_log1pd4_u10avx2(x); }
    static unsigned zeros(V x) {
        return unsigned(_mm256_movemask_pd(_mm256_cmp_pd(x, _mm256_setzero_pd(), _CMP_EQ_OQ)));
    }
};

}  // namespace

const Functions kAvx2Functions = functionsFor<Avx2>;

}  // namespace entropy::simd
