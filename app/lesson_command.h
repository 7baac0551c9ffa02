// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// entropy-explorer lesson NAME|FILE (--check | --out handout.pdf) [--lang en|zh_CN]: checks a
// lesson and lists its steps, or writes its PDF handout (no display needed). Needs a
// QApplication for the handout's charts.
int runLessonCommand(const QStringList &arguments);
