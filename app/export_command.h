// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `entropy-explorer export (--p LIST --q LIST | --session FILE | ...) [--base 2|e|10]
//  [--chart distributions|surprisal|divergence|summary|all] [--width W --height H] --out FILE`:
// draws charts to PNG, SVG or PDF, or writes the per-event table as CSV. Needs a
// QApplication; returns the process exit status.
int runExportCommand(const QStringList &arguments);
