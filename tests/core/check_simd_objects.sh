#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The objects compiled for AVX2 and AVX-512 (core/src/simd_avx*.cpp) may define, for the rest of
# the program, only their table of kernels. Any other definition they export, such as an inline
# function of the standard library or of the core that was not inlined, may be the copy the
# linker keeps for the whole program, and would crash on a processor without that set.
# (AddressSanitizer adds its own marker of each table, __odr_asan.<table>.)
# Usage: check_simd_objects.sh OBJECT... (the core's objects; the others are skipped)
set -euo pipefail
status=0
checked=0
for object in "$@"; do
  case "$(basename "$object")" in simd_avx*) ;; *) continue ;; esac
  checked=$((checked + 1))
  extra=$(nm --defined-only --extern-only "$object" | awk '{print $3}' |
    grep -Ev '^(__odr_asan\.)?_ZN7entropy4simd[0-9]+kAvx(2|512)FunctionsE$|^DW\.ref\.__gxx_personality_v0$|^_*asan' ||
    true)
  if [ -n "$extra" ]; then
    echo "$(basename "$object") exports more than its table of kernels:"
    echo "$extra" | c++filt | sed 's/^/  /'
    status=1
  fi
done
if [ "$checked" -eq 0 ]; then
  echo "no simd_avx* object among the arguments"
  exit 1
fi
[ "$status" -eq 0 ] && echo "the $checked vectorised objects export only their tables of kernels"
exit "$status"
