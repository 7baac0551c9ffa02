// SPDX-License-Identifier: MIT
// The kernels with AVX-512, eight events at a time. Compiled with -mavx512f -mfma
// (core/CMakeLists.txt); called only where the processor and the system support AVX-512F.
#include "simd_kernels.h"

#include <immintrin.h>
#include <sleef.h>

namespace entropy::simd {
namespace {

struct Avx512 {
    using V = __v8df;  // __m512d without may_alias, so a template argument
    static V fmadd(V a, V b, V c) { return _mm512_fmadd_pd(a, b, c); }
    static V abs(V x) { return _mm512_abs_pd(x); }
    static V log(V x) { return Sleef_logd8_u10avx512f(x); }
    static V exp(V x) { return Sleef_expd8_u10avx512f(x); }
    static V expm1(V x) { return Sleef_expm1d8_u10avx512f(x); }
    static V log1p(V x) { return Sleef_log1pd8_u10avx512f(x); }
    static unsigned zeros(V x) { return _mm512_cmp_pd_mask(x, _mm512_setzero_pd(), _CMP_EQ_OQ); }
};

}  // namespace

const Functions kAvx512Functions = functionsFor<Avx512>;

}  // namespace entropy::simd
