// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

// The vector instructions the core's long loops use: the widest this processor runs, found at
// run time. The results agree to within rounding whichever is used.
namespace entropy {

enum class InstructionSet { Scalar, Avx2, Avx512 };

// The set in use: the widest the processor runs, at most the cap.
[[nodiscard]] InstructionSet instructionSet() noexcept;
// Uses at most `cap` from now on (tests and benchmarks compare the sets this way); returns the
// previous cap. The cap starts at Avx512; a computation already running keeps its set.
InstructionSet setInstructionSetCap(InstructionSet cap) noexcept;

[[nodiscard]] std::string_view name(InstructionSet set) noexcept;

}  // namespace entropy
