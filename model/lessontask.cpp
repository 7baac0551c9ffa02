// SPDX-License-Identifier: MIT
#include "lessontask.h"

#include "quantitylines.h"

#include <entropy/distribution.h>

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <utility>

namespace lessonquantity {

const QStringList &keys() {
    static const QStringList all{"entropy_p",
                                 "entropy_q",
                                 "cross_entropy_pq",
                                 "cross_entropy_qp",
                                 "kl_pq",
                                 "kl_qp",
                                 "js",
                                 "normalized_entropy_p",
                                 "normalized_entropy_q",
                                 "perplexity_p",
                                 "perplexity_q",
                                 "total_variation"};
    return all;
}

int index(const QString &key) {
    return int(keys().indexOf(key));
}

double value(const entropy::Comparison &c, int index) {
    return QuantityLines::value(c, QuantityLines::Quantity(index));
}

}  // namespace lessonquantity

namespace lessontask {
namespace {

using Op = TaskCondition::Op;

constexpr std::pair<Op, const char *> kOperators[] = {
    {Op::LessEqual, "<="},       {Op::GreaterEqual, ">="}, {Op::Equal, "=="},
    {Op::NotEqual, "!="},        {Op::Less, "<"},          {Op::Greater, ">"},
    {Op::Unchanged, "unchanged"}};

struct EventSubject {
    Side side = Side::P;
    int event = -1;  // -1: the whole side
};

// "p", "q", "p[3]" or "q[0]"; nothing for a quantity key or anything else.
std::optional<EventSubject> eventSubject(const QString &subject) {
    static const QRegularExpression pattern(QStringLiteral("^([pq])(?:\\[(\\d+)\\])?$"));
    const auto match = pattern.match(subject);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const Side side = match.captured(1) == QLatin1String("q") ? Side::Q : Side::P;
    return EventSubject{side, match.captured(2).isEmpty() ? -1 : match.captured(2).toInt()};
}

// The normalised probabilities of one side.
QList<double> probabilities(const DocumentState &state, Side side) {
    QList<double> values = state.values(side);
    double total = 0.0;
    for (const double v : values) {
        total += v;
    }
    for (double &v : values) {
        v = total > 0.0 ? v / total : 0.0;
    }
    return values;
}

bool close(double a, double b) {
    if (std::isinf(a) || std::isinf(b)) {
        return a == b;
    }
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

bool compareValues(double value, Op op, double target) {
    switch (op) {
        case Op::Less:
            return value < target && !close(value, target);
        case Op::LessEqual:
            return value <= target || close(value, target);
        case Op::Greater:
            return value > target && !close(value, target);
        case Op::GreaterEqual:
            return value >= target || close(value, target);
        case Op::Equal:
            return close(value, target);
        case Op::NotEqual:
            return !close(value, target);
        case Op::Unchanged:
            return false;
    }
    return false;
}

bool unchanged(const EventSubject &subject, const DocumentState &start, const DocumentState &now) {
    const QList<double> before = probabilities(start, subject.side);
    const QList<double> after = probabilities(now, subject.side);
    if (before.size() != after.size()) {
        return false;
    }
    for (int i = 0; i < before.size(); ++i) {
        if ((subject.event < 0 || subject.event == i) && std::abs(before[i] - after[i]) > 1e-9) {
            return false;
        }
    }
    return true;
}

std::optional<double> parseValue(const QString &text) {
    if (text == QLatin1String("inf")) {
        return std::numeric_limits<double>::infinity();
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

}  // namespace

std::variant<TaskCondition, QString> parse(const QString &text, int events) {
    const QStringList words = text.simplified().split(' ');
    if (words.size() < 2 || words.size() > 3) {
        return QStringLiteral(
                   "\"%1\" is not a condition such as \"kl_pq < 0.05\" or "
                   "\"p unchanged\"")
            .arg(text);
    }
    TaskCondition condition{words[0]};
    const auto subject = eventSubject(condition.subject);
    if (!subject && lessonquantity::index(condition.subject) < 0) {
        return QStringLiteral("\"%1\" is not a quantity (use one of %2, p[i], q[i], p or q)")
            .arg(condition.subject, lessonquantity::keys().join(QStringLiteral(", ")));
    }
    if (subject && subject->event >= events) {
        return QStringLiteral("\"%1\": there are only %2 events (the first is [0])")
            .arg(condition.subject)
            .arg(events);
    }
    const auto op = std::find_if(std::begin(kOperators), std::end(kOperators),
                                 [&](const auto &entry) { return words[1] == entry.second; });
    if (op == std::end(kOperators)) {
        return QStringLiteral(
                   "\"%1\" is not a comparison (use <, <=, >, >=, ==, != or "
                   "unchanged)")
            .arg(words[1]);
    }
    condition.op = op->first;
    if (condition.op == Op::Unchanged) {
        if (words.size() != 2 || !subject) {
            return QStringLiteral("\"unchanged\" takes p, q, p[i] or q[i] and no value");
        }
        return condition;
    }
    if (subject && subject->event < 0) {
        return QStringLiteral("a whole distribution (\"%1\") can only be \"unchanged\"")
            .arg(condition.subject);
    }
    const auto value = words.size() == 3 ? parseValue(words[2]) : std::nullopt;
    if (!value) {
        return QStringLiteral("\"%1\" needs a number or inf after \"%2\"")
            .arg(text.simplified(), words[1]);
    }
    condition.value = *value;
    return condition;
}

QString format(const TaskCondition &condition) {
    const auto op = std::find_if(std::begin(kOperators), std::end(kOperators),
                                 [&](const auto &entry) { return entry.first == condition.op; });
    QString text = condition.subject + ' ' + QLatin1String(op->second);
    if (condition.op != Op::Unchanged) {
        text += ' ' + (std::isinf(condition.value)
                           ? QStringLiteral("inf")
                           : QString::number(condition.value, 'g', QLocale::FloatingPointShortest));
    }
    return text;
}

bool met(const TaskCondition &condition, const DocumentState &start, const DocumentState &now,
         const entropy::Comparison &comparison) {
    const auto subject = eventSubject(condition.subject);
    if (condition.op == Op::Unchanged) {
        return subject && unchanged(*subject, start, now);
    }
    double value = 0.0;
    if (subject) {
        const QList<double> values = probabilities(now, subject->side);
        if (subject->event < 0 || subject->event >= values.size()) {
            return false;
        }
        value = values[subject->event];
    } else {
        value = lessonquantity::value(comparison, lessonquantity::index(condition.subject));
    }
    return compareValues(value, condition.op, condition.value);
}

std::optional<entropy::Comparison> compare(const DocumentState &state, entropy::LogBase base,
                                           bool perEventTerms) {
    const QList<double> p = state.values(Side::P), q = state.values(Side::Q);
    const auto distributionP = entropy::Distribution::fromWeights(p, "P");
    const auto distributionQ = entropy::Distribution::fromWeights(q, "Q");
    if (!distributionP || !distributionQ) {
        return std::nullopt;
    }
    auto comparison = entropy::compare(distributionP.value(), distributionQ.value(),
                                       {.base = base, .perEventTerms = perEventTerms});
    return comparison ? std::optional(std::move(comparison).value()) : std::nullopt;
}

bool allMet(const QList<TaskCondition> &goal, const DocumentState &start,
            const DocumentState &now) {
    const auto comparison = compare(now, start.base);
    return comparison && std::all_of(goal.begin(), goal.end(), [&](const TaskCondition &c) {
               return met(c, start, now, *comparison);
           });
}

}  // namespace lessontask
