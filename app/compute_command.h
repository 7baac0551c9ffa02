// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `entropy-explorer compute --p LIST --q LIST [--base 2|e|10] [--format table|json]`:
// prints every quantity for P and Q. Returns the process exit status.
int runComputeCommand(const QStringList &arguments);
