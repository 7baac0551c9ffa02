// SPDX-License-Identifier: MIT
#include "quantitylines.h"

#include "analysis.h"
#include "quantityformat.h"

#include <cmath>

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

QList<QuantityLines::Line> QuantityLines::lines(const Analysis &analysis) {
    const auto &c = analysis.comparison();
    const QString whyPQ = analysis.infiniteReason(Side::Q);
    const QString whyQP = analysis.infiniteReason(Side::P);
    const QString unit = QuantityFormat::unitName(c.base);
    const struct {
        double value;
        bool hasUnit;
        const QString *whyInfinite;
    } values[QuantityCount] = {{c.entropyP, true, nullptr},
                               {c.entropyQ, true, nullptr},
                               {c.crossEntropyPQ, true, &whyPQ},
                               {c.crossEntropyQP, true, &whyQP},
                               {c.klPQ, true, &whyPQ},
                               {c.klQP, true, &whyQP},
                               {c.jensenShannon, true, nullptr},
                               {c.normalizedEntropyP, false, nullptr},
                               {c.normalizedEntropyQ, false, nullptr},
                               {c.perplexityP, false, nullptr},
                               {c.perplexityQ, false, nullptr},
                               {c.totalVariation, false, nullptr}};
    QList<Line> result;
    for (int i = 0; i < QuantityCount; ++i) {
        const auto &v = values[i];
        result.append({name(Quantity(i)), QuantityFormat::value(v.value),
                       v.hasUnit ? unit : QString(),
                       std::isinf(v.value) && v.whyInfinite ? *v.whyInfinite : QString()});
    }
    return result;
}
