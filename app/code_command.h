// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `entropy-explorer code SOURCE [--format table|json]`: the Huffman codes of P and Q and what
// each costs on P. Returns the process exit status.
int runCodeCommand(const QStringList &arguments);

// `entropy-explorer sample SOURCE --n N --seed S [--from p|q] [--format table|json]`: draws n
// events and reports the running statistics. Returns the process exit status.
int runSampleCommand(const QStringList &arguments);
