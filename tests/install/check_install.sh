#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the build into a temporary prefix, checks that the desktop files land where a Linux
# desktop looks for them, and validates them with the freedesktop tools.
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" > /dev/null
id=io.github.entropyexplorer.EntropyExplorer
for file in bin/entropy-explorer share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
            share/icons/hicolor/scalable/apps/$id.svg share/entropy-explorer/translations/entropy-explorer_zh_CN.qm \
            share/doc/entropy-explorer/copyright; do
  [ -e "$prefix/$file" ] || { echo "missing after install: $file"; exit 1; }
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" > /dev/null
"$prefix/bin/entropy-explorer" --version | grep -q "entropy-explorer $2"
echo "installed and valid"
