// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"
#include "lesson.h"

#include <QString>

#include <optional>

// A lesson as a PDF handout for students: a page or more per step with its title, its text, its
// charts as vectors and its numbers; a question gets space to answer instead of the charts that
// would give it away, and the answers are collected on a last page. Used by the window and by
// `entropy-explorer lesson NAME --out handout.pdf`.
namespace handout {

// Writes the whole handout to `path` or nothing at all. Returns the error.
[[nodiscard]] std::optional<QString> write(const Lesson &lesson, const QString &path);

// The chart a step's tab puts on its page.
[[nodiscard]] ChartKind chartForTab(const QString &tab);

}  // namespace handout
