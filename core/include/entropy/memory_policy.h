// SPDX-License-Identifier: MIT
#pragma once

// What the process does with the memory it frees. A program that rebuilds arrays of up to 10^6
// events (8 MB each) on every edit should keep it for the next edit: given back to the system,
// every page of the next array is faulted in and zeroed again by the kernel, which took three
// quarters of building a 10^6-event distribution.
namespace entropy {

// From now on blocks of up to 32 MB come from the heap, and up to 128 MB freed at its top is kept
// for reuse rather than returned. With glibc's malloc (mallopt); elsewhere it does nothing. For a
// program's start, before it allocates much.
void keepFreedMemoryForReuse() noexcept;

}  // namespace entropy
