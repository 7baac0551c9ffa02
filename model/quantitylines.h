// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Analysis;
namespace entropy {
struct Comparison;
}

// The quantities the numbers panel and every export list, each as one line of text.
class QuantityLines {
    Q_DECLARE_TR_FUNCTIONS(QuantityLines)

public:
    enum Quantity {
        EntropyP,
        EntropyQ,
        CrossEntropyPQ,
        CrossEntropyQP,
        KlPQ,
        KlQP,
        JensenShannon,
        NormalizedEntropyP,
        NormalizedEntropyQ,
        PerplexityP,
        PerplexityQ,
        TotalVariation,
        QuantityCount
    };

    // One quantity: its name, the number (∞ when infinite), the unit (empty for a ratio), and
    // for an infinite value the sentence that names the events causing it.
    struct Line {
        QString name, value, unit, whyInfinite;
    };

    [[nodiscard]] static QString name(Quantity quantity);
    // The quantity in `comparison` (in its unit), and whether it has a unit (bits, nats, ...)
    // or is a ratio.
    [[nodiscard]] static double value(const entropy::Comparison &comparison, Quantity quantity);
    [[nodiscard]] static bool hasUnit(Quantity quantity);
    // Every quantity, in the order of the enum.
    [[nodiscard]] static QList<Line> lines(const Analysis &analysis);
};
