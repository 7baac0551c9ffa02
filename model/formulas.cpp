// SPDX-License-Identifier: MIT
#include "formulas.h"

#include "quantityformat.h"

#include <cmath>
#include <functional>

WorkedFormulas::WorkedFormulas(const entropy::Comparison &totals, std::span<const double> p,
                               std::span<const double> q, Style style)
    : m_c(totals), m_p(p), m_q(q), m_style(style) {}

QString WorkedFormulas::number(double value) const {
    if (std::isinf(value)) {
        return m_style == Style::Latex ? QStringLiteral("\\infty")
                                       : QString(QuantityFormat::kInfinity);
    }
    return QString::number(value, 'g', 4);
}

QString WorkedFormulas::result(double value) const {
    const QString unit = QuantityFormat::unitName(m_c.base);
    if (std::isinf(value)) {
        return number(value);
    }
    const QString shown = QString::number(value, 'f', 4);
    return m_style == Style::Latex ? QStringLiteral("%1\\ \\text{%2}").arg(shown, unit)
                                   : QStringLiteral("%1 %2").arg(shown, unit);
}

QString WorkedFormulas::log() const {
    const QString base = QString::fromUtf8(entropy::baseLabel(m_c.base).data());
    switch (m_style) {
        case Style::Plain:
            return base == "e" ? QStringLiteral("ln") : "log" + base;
        case Style::Latex:
            return base == "e" ? QStringLiteral("\\ln") : "\\log_{" + base + "}";
        case Style::Html:
            break;
    }
    return base == "e" ? QStringLiteral("ln") : "log<sub>" + base + "</sub>";
}

QString WorkedFormulas::logOf(const QString &argument) const {
    return log() + " " + argument;
}

QString WorkedFormulas::logRatio(double a, double b) const {
    if (m_style == Style::Latex) {
        return log() + QStringLiteral("\\frac{%1}{%2}").arg(number(a), number(b));
    }
    return log() + QStringLiteral("(%1/%2)").arg(number(a), number(b));
}

QString WorkedFormulas::symbol(const QString &plain) const {
    QString text = plain;
    switch (m_style) {
        case Style::Plain:
            return text;
        case Style::Latex:
            return text.replace(QStringLiteral("||"), QStringLiteral("\\,\\|\\,"))
                .replace(QStringLiteral("JS"), QStringLiteral("\\mathrm{JS}"));
        case Style::Html:
            break;
    }
    return text.replace(QStringLiteral("||"), QStringLiteral("\u2016"));
}

QString WorkedFormulas::joined(const QString &definition, const QString &substituted,
                               double value) const {
    return definition + " = " + substituted + " = " + result(value);
}

QString WorkedFormulas::sigma() const {
    return m_style == Style::Latex ? QStringLiteral("\\sum ") : QStringLiteral("\u03A3 ");
}

QString WorkedFormulas::sum(std::span<const double> weights, std::span<const double> others,
                            const std::function<QString(double, double)> &term) const {
    // 0 log 0 = 0: an event with weight 0 adds no term. Only the terms shown are sought, from
    // either end: with 65,536 events, listing every term took most of a drag step.
    const auto first = std::size_t(kFirst), last = std::size_t(kLast);
    std::vector<std::size_t> events;
    for (std::size_t i = 0; i < weights.size() && events.size() <= first + last; ++i) {
        if (weights[i] > 0) {
            events.push_back(i);
        }
    }
    if (events.empty()) {
        return QStringLiteral("0");
    }
    const bool elided = events.size() > first + last;
    if (elided) {
        events.resize(first + last);
        for (std::size_t i = weights.size(), k = 0; k < last; --i) {
            if (weights[i - 1] > 0) {
                events[first + last - 1 - k++] = i - 1;
            }
        }
    }
    QList<QString> shown;
    for (std::size_t k = 0; k < events.size(); ++k) {
        if (elided && k == first) {
            shown.append(m_style == Style::Latex ? QStringLiteral("\\cdots")
                                                 : QStringLiteral("\u2026"));
        }
        shown.append(number(weights[events[k]]) + " " +
                     term(weights[events[k]], others[events[k]]));
    }
    return shown.join(QStringLiteral(" + "));
}

QString WorkedFormulas::entropy(Side of) const {
    const bool ofP = of == Side::P;
    const auto values = ofP ? m_p : m_q;
    const auto logOfSelf = [this](double v, double) { return logOf(number(v)); };
    const QString x = ofP ? QStringLiteral("p") : QStringLiteral("q");
    const QString definition =
        symbol(ofP ? "H(P)" : "H(Q)") + " = -" + sigma() + x + " " + logOf(x);
    return joined(definition, "-(" + sum(values, values, logOfSelf) + ")",
                  ofP ? m_c.entropyP : m_c.entropyQ);
}

QString WorkedFormulas::crossEntropy(Side truth) const {
    const bool pq = truth == Side::P;
    const auto first = pq ? m_p : m_q;
    const auto second = pq ? m_q : m_p;
    const auto logOfOther = [this](double, double other) { return logOf(number(other)); };
    const QString definition = symbol(pq ? "H(P,Q)" : "H(Q,P)") + " = -" + sigma() +
                               (pq ? "p " + logOf("q") : "q " + logOf("p"));
    return joined(definition, "-(" + sum(first, second, logOfOther) + ")",
                  pq ? m_c.crossEntropyPQ : m_c.crossEntropyQP);
}

QString WorkedFormulas::kl(Side truth) const {
    const bool pq = truth == Side::P;
    const auto first = pq ? m_p : m_q;
    const auto second = pq ? m_q : m_p;
    const auto ratio = [this](double own, double other) { return logRatio(own, other); };
    const QString definition =
        symbol(pq ? "D(P||Q)" : "D(Q||P)") + " = " + sigma() +
        (m_style == Style::Latex
             ? (pq ? "p\\," + log() + "\\frac{p}{q}" : "q\\," + log() + "\\frac{q}{p}")
             : (pq ? "p " + log() + "(p/q)" : "q " + log() + "(q/p)"));
    return joined(definition, sum(first, second, ratio), pq ? m_c.klPQ : m_c.klQP);
}

QString WorkedFormulas::jensenShannon() const {
    const QString half =
        m_style == Style::Latex ? QStringLiteral("\\tfrac{1}{2}") : QStringLiteral("\u00BD");
    return symbol("JS(P,Q)") + " = " + half + " " + symbol("D(P||M)") + " + " + half + " " +
           symbol("D(Q||M)") + ", M = (P+Q)/2 = " + result(m_c.jensenShannon);
}

QString WorkedFormulas::identity(Side truth) const {
    const bool pq = truth == Side::P;
    const double cross = pq ? m_c.crossEntropyPQ : m_c.crossEntropyQP;
    const double entropy = pq ? m_c.entropyP : m_c.entropyQ;
    const double divergence = pq ? m_c.klPQ : m_c.klQP;
    const QString minus =
        m_style == Style::Plain ? QStringLiteral(" - ") : QStringLiteral(" \u2212 ");
    const QString latexMinus = m_style == Style::Latex ? QStringLiteral(" - ") : minus;
    return symbol(pq ? "D(P||Q)" : "D(Q||P)") + " = " + symbol(pq ? "H(P,Q)" : "H(Q,P)") +
           latexMinus + symbol(pq ? "H(P)" : "H(Q)") + " = " + number(cross) + latexMinus +
           number(entropy) + " = " + result(divergence);
}

QString WorkedFormulas::convention() const {
    const QString text =
        tr("P is the truth, Q the model. 0 log 0 = 0; a term with q = 0 < p is infinite.");
    switch (m_style) {
        case Style::Html:
            return text.toHtmlEscaped();
        case Style::Latex:
            return "\text{" + text + "}";
        case Style::Plain:
            break;
    }
    return text;
}

QString WorkedFormulas::all() const {
    const QStringList lines = {entropy(Side::P),      entropy(Side::Q),  crossEntropy(Side::P),
                               crossEntropy(Side::Q), kl(Side::P),       kl(Side::Q),
                               identity(Side::P),     identity(Side::Q), jensenShannon(),
                               convention()};
    if (m_style == Style::Html) {
        return "<p>" + lines.join(QStringLiteral("</p><p>")) + "</p>";
    }
    return lines.join(m_style == Style::Latex ? QStringLiteral(" \\\\\n") : QStringLiteral("\n")) +
           "\n";
}
