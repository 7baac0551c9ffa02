#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The window through Linux's accessibility bus, as the Orca screen reader sees it: starts a
# private D-Bus session, an X server (Xvfb) and the AT-SPI bus, opens the window with Qt's
# accessibility bridge on, and walks the tree with pyatspi (atspi_check.py). Fails with the
# reason when any of that cannot start: it never passes without having looked.
# Usage: atspi_test.sh ENTROPY_EXPLORER_EXECUTABLE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ $# -eq 1 ] && [ -x "$1" ] || fail "usage: atspi_test.sh EXECUTABLE"
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (scripts/install-deps installs it)"
done
/usr/bin/python3 -c "import pyatspi" 2>/dev/null ||
  fail "python3-pyatspi is missing (scripts/install-deps installs it)"
exec dbus-run-session -- "$here/atspi_session.sh" "$1" "$here/atspi_check.py"
