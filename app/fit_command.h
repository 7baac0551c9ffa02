// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `entropy-explorer fit SOURCE [--direction forward|reverse|both] [--format table|json]`: fits
// one discretised Gaussian bump to P by D(P||Q) and by D(Q||P). Returns the exit status.
int runFitCommand(const QStringList &arguments);
