// SPDX-License-Identifier: MIT
#include "quantitylines.h"

#include "analysis.h"
#include "quantityformat.h"

#include <entropy/compare.h>

#include <cmath>
#include <limits>

QString QuantityLines::name(Quantity quantity) {
    switch (quantity) {
        case EntropyP:
            return tr("Entropy H(P)");
        case EntropyQ:
            return tr("Entropy H(Q)");
        case CrossEntropyPQ:
            return tr("Cross-entropy H(P,Q)");
        case CrossEntropyQP:
            return tr("Cross-entropy H(Q,P)");
        case KlPQ:
            return tr("KL divergence D(P\u2016Q)");
        case KlQP:
            return tr("KL divergence D(Q\u2016P)");
        case JensenShannon:
            return tr("Jensen-Shannon JS(P,Q)");
        case NormalizedEntropyP:
            return tr("Normalised entropy H(P)/log N");
        case NormalizedEntropyQ:
            return tr("Normalised entropy H(Q)/log N");
        case PerplexityP:
            return tr("Perplexity of P");
        case PerplexityQ:
            return tr("Perplexity of Q");
        case TotalVariation:
            return tr("Total variation TV(P,Q)");
        case QuantityCount:
            break;
    }
    return {};
}

double QuantityLines::value(const entropy::Comparison &c, Quantity quantity) {
    const double values[QuantityCount] = {
        c.entropyP,    c.entropyQ,      c.crossEntropyPQ,     c.crossEntropyQP,     c.klPQ,
        c.klQP,        c.jensenShannon, c.normalizedEntropyP, c.normalizedEntropyQ, c.perplexityP,
        c.perplexityQ, c.totalVariation};
    return quantity >= 0 && quantity < QuantityCount ? values[quantity]
                                                     : std::numeric_limits<double>::quiet_NaN();
}

bool QuantityLines::hasUnit(Quantity quantity) {
    return quantity <= JensenShannon;  // the ratios, perplexities and TV have none
}

QList<QuantityLines::Line> QuantityLines::lines(const Analysis &analysis) {
    const auto &c = analysis.comparison();
    const QString whyPQ = analysis.infiniteReason(Side::Q);
    const QString whyQP = analysis.infiniteReason(Side::P);
    const QString unit = QuantityFormat::unitName(c.base);
    QList<Line> result;
    for (int i = 0; i < QuantityCount; ++i) {
        const auto quantity = Quantity(i);
        const double v = value(c, quantity);
        // Infinite only where one side gives 0 to what the other allows; say which.
        const bool fromQ = quantity == CrossEntropyPQ || quantity == KlPQ;
        const bool fromP = quantity == CrossEntropyQP || quantity == KlQP;
        const QString why = fromQ ? whyPQ : fromP ? whyQP : QString();
        result.append({name(quantity), QuantityFormat::value(v),
                       hasUnit(quantity) ? unit : QString(), std::isinf(v) ? why : QString()});
    }
    return result;
}
