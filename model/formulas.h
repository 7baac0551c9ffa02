// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/compare.h>

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <span>

// Each quantity's definition, then its sum with today's numbers substituted, then the result:
//   D(P||Q) = Σ p log(p/q) = 0.5 log2(0.5/0.25) + 0.5 log2(0.5/0.75) = 0.2075 bits
// as plain text, LaTeX or HTML. With many events the middle terms are elided.
class WorkedFormulas {
    Q_DECLARE_TR_FUNCTIONS(WorkedFormulas)

public:
    enum class Style { Plain, Latex, Html };
    // Terms shown before and after the "..." when there are more than kFirst + kLast events.
    static constexpr int kFirst = 3;
    static constexpr int kLast = 2;

    // The comparison's totals, and P and Q normalised (its per-event terms are not needed).
    WorkedFormulas(const entropy::Comparison &totals, std::span<const double> p,
                   std::span<const double> q, Style style);

    // `truth` is the distribution in the first place: P gives H(P,Q) and D(P||Q).
    [[nodiscard]] QString entropy(Side of) const;
    [[nodiscard]] QString crossEntropy(Side truth) const;
    [[nodiscard]] QString kl(Side truth) const;
    [[nodiscard]] QString jensenShannon() const;
    // D(P||Q) = H(P,Q) - H(P) with today's numbers.
    [[nodiscard]] QString identity(Side truth) const;
    [[nodiscard]] QString convention() const;
    // Everything above, one formula per line (paragraph in HTML).
    [[nodiscard]] QString all() const;

private:
    QString number(double value) const;
    QString result(double value) const;
    QString log() const;                           // "log2", "\log_2", "log<sub>2</sub>"
    QString logOf(const QString &argument) const;  // log2 0.5
    QString logRatio(double a, double b) const;    // log2(0.5/0.25)
    QString sigma() const;
    // "w term(w, o)" for every event with weight w > 0, o the other side's value there, joined
    // by " + "; past kFirst + kLast terms, the middle ones are elided.
    QString sum(std::span<const double> weights, std::span<const double> others,
                const std::function<QString(double, double)> &term) const;
    QString symbol(const QString &plain) const;  // D(P||Q) in the style
    QString joined(const QString &definition, const QString &substituted, double value) const;

    const entropy::Comparison &m_c;
    std::span<const double> m_p, m_q;
    Style m_style;
};
