// SPDX-License-Identifier: MIT
#include "perevent_charts.h"

#include "../analysis.h"
#include "../appearance.h"

namespace {

QList<qreal> toList(const std::vector<double> &values) {
    return QList<qreal>(values.begin(), values.end());
}

QString unit(const Analysis &analysis) {
    return Appearance::unitName(analysis.comparison().base);
}

QString label(const Analysis &analysis, int index) {
    return analysis.labels().value(index);
}

}  // namespace

GroupedBarChart::Values DistributionChart::values() const {
    const auto &events = analysis().comparison().events;
    return {toList(events.p),
            toList(events.q),
            tr("P (the truth)"),
            tr("Q (the model)"),
            tr("Distributions P and Q"),
            tr("probability")};
}

QString DistributionChart::tooltip(int side, int index) const {
    const auto &events = analysis().comparison().events;
    const double value = side == 0 ? events.p[std::size_t(index)] : events.q[std::size_t(index)];
    return tr("%1(%2) = %3")
        .arg(side == 0 ? "P" : "Q", label(analysis(), index), Appearance::value(value));
}

GroupedBarChart::Values SurprisalChart::values() const {
    const auto &events = analysis().comparison().events;
    return {toList(events.surprisalP),
            toList(events.surprisalQ),
            tr("-log p (under P)"),
            tr("-log q (under Q)"),
            tr("Information content per event"),
            tr("surprisal (%1)").arg(unit(analysis()))};
}

QString SurprisalChart::tooltip(int side, int index) const {
    const auto &events = analysis().comparison().events;
    const auto i = std::size_t(index);
    const double value = side == 0 ? events.surprisalP[i] : events.surprisalQ[i];
    QString text = tr("-log %1(%2) = %3")
                       .arg(side == 0 ? "P" : "Q", label(analysis(), index),
                            Appearance::valueWithUnit(value, analysis().comparison().base));
    if (std::isinf(value)) {
        text += "\n" + tr("Probability 0: an event that cannot happen would be infinitely "
                          "surprising.");
    }
    return text;
}

GroupedBarChart::Values DivergenceChart::values() const {
    const auto &c = analysis().comparison();
    const QString u = unit(analysis());
    return {toList(c.events.klPQ),
            toList(c.events.klQP),
            tr("D(P\u2016Q) = %1").arg(Appearance::value(c.klPQ)),
            tr("D(Q\u2016P) = %1").arg(Appearance::value(c.klQP)),
            tr("KL divergence terms per event"),
            tr("p log(p/q) and q log(q/p) (%1)").arg(u),
            true};
}

QString DivergenceChart::tooltip(int side, int index) const {
    const auto &c = analysis().comparison();
    const auto i = std::size_t(index);
    const double value = side == 0 ? c.events.klPQ[i] : c.events.klQP[i];
    QString text = side == 0 ? tr("p log(p/q) at %1 = %2") : tr("q log(q/p) at %1 = %2");
    text = text.arg(label(analysis(), index), Appearance::valueWithUnit(value, c.base));
    if (std::isinf(value)) {
        text +=
            "\n" + (side == 0 ? tr("p > 0 where q = 0: Q calls impossible what P says happens.")
                              : tr("q > 0 where p = 0: P calls impossible what Q says happens."));
    } else if (value < 0) {
        text += "\n" + tr("Negative: this event is less likely under the first distribution. The "
                          "sum over all events is never negative.");
    }
    return text;
}
