// SPDX-License-Identifier: MIT
#include <entropy/memory_policy.h>

#include <cstdlib>  // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace entropy {

void keepFreedMemoryForReuse() noexcept {
#if defined(__GLIBC__)
    // glibc's own limits follow the largest block freed: after an 8 MB array, memory past 16 MB
    // free at the heap's top goes back to the kernel. A distribution's two 8 MB arrays, freed
    // together, did so on every rebuild, and the next one faulted all 16 MB in again.
    constexpr int kMegabyte = 1 << 20;
    mallopt(M_MMAP_THRESHOLD, 32 * kMegabyte);
    mallopt(M_TRIM_THRESHOLD, 128 * kMegabyte);
#endif
}

}  // namespace entropy
