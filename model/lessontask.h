// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/compare.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The quantities a lesson names and the conditions of its tasks. Quantities have the keys of
// `entropy-explorer compute --format json` ("entropy_p", "kl_pq", ...), in the order of the
// numbers panel; "p[i]" and "q[i]" are the probability of event i (0 is the first), and "p" and
// "q" a whole distribution (only with "unchanged").
namespace lessonquantity {

// Every quantity key, in QuantityLines::Quantity order.
[[nodiscard]] const QStringList &keys();
// The index of `key` in keys(), or -1.
[[nodiscard]] int index(const QString &key);
// The quantity at `index` of keys() in `comparison` (its unit is the comparison's base).
[[nodiscard]] double value(const entropy::Comparison &comparison, int index);

}  // namespace lessonquantity

// One condition of a task: "kl_pq < 0.05", "kl_qp == inf", "p[2] unchanged", "p unchanged".
// Values are in the unit of the step's state. "==" and "!=" allow a relative 1e-9.
struct TaskCondition {
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, Unchanged };

    QString subject;  // a quantity key, "p[i]", "q[i]", "p" or "q"
    Op op = Op::Less;
    double value = 0.0;  // unused by Unchanged

    bool operator==(const TaskCondition &) const = default;
};

namespace lessontask {

// The condition `text` says, or why it says none (the reason, without a place).
[[nodiscard]] std::variant<TaskCondition, QString> parse(const QString &text, int events);
// The condition as a lesson file writes it.
[[nodiscard]] QString format(const TaskCondition &condition);

// Whether `now` meets `condition`, where `start` is the step's state (for "unchanged") and
// `comparison` compares now's P and Q in the start's unit.
[[nodiscard]] bool met(const TaskCondition &condition, const DocumentState &start,
                       const DocumentState &now, const entropy::Comparison &comparison);
// Whether `now` meets every condition (false while P or Q is not a distribution).
[[nodiscard]] bool allMet(const QList<TaskCondition> &goal, const DocumentState &start,
                          const DocumentState &now);
// P and Q of `state` compared in `base` (with per-event terms if asked), or nothing when either
// has no mass.
[[nodiscard]] std::optional<entropy::Comparison> compare(const DocumentState &state,
                                                         entropy::LogBase base,
                                                         bool perEventTerms = false);

}  // namespace lessontask
