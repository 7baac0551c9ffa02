#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every source, build and script file of the project names its licence in an SPDX line near
# its top, as KDE and Qt code do. Lists the files that do not.
set -euo pipefail
cd "$1"
missing=0
while IFS= read -r -d '' file; do
  if ! head -n 3 "$file" | grep -q 'SPDX-License-Identifier: MIT'; then
    echo "no SPDX line: $file"
    missing=1
  fi
done < <(find app core model ui tests bench cmake scripts .ci CMakeLists.txt \
  \( -name build -prune \) -o -type f \
  \( -name '*.cpp' -o -name '*.h' -o -name CMakeLists.txt -o -name '*.cmake' -o -name '*.sh' \
     -o -path 'scripts/*' -o -path '.ci/*' \) ! -name '*.md' -print0 2>/dev/null)
[ "$missing" -eq 0 ] && echo "every source file has an SPDX line"
exit "$missing"
