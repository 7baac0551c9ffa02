// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <QList>
#include <QString>

#include <optional>

// Numbers in a lesson's words are never typed by hand: a step's text, question, choices and
// task texts say {{kl_pq|3}} and the core's value for the step's state goes there, so the
// words cannot drift from what the window shows.
//   {{KEY}}              the value with 4 decimals and the unit: "0.2075 bits"
//   {{KEY|D}}            with D decimals (0 to 6): {{entropy_p|3}} -> "2.585 bits"
//   {{KEY|D|number}}     the number alone: "1"
//   {{KEY@N|D}}          computed for step N (1-based) of the same lesson
// KEY is a quantity key (lessontask.h), or per event i (0-based): p[i], q[i] (no unit),
// surprisal_p[i], surprisal_q[i]. Infinity reads "∞".
namespace lessontext {

// `text` with every placeholder filled in from `states` (the lesson's step states), where
// `step` (0-based) is the step the text belongs to.
[[nodiscard]] QString render(const QString &text, const QList<DocumentState> &states, int step);
// Why a placeholder in `text` cannot be filled (an unknown key, an event or step out of
// range), or nothing.
[[nodiscard]] std::optional<QString> check(const QString &text, const QList<DocumentState> &states,
                                           int step);

}  // namespace lessontext
