// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class Analysis;

// What each chart and view shows, in words: the accessible descriptions a screen reader reads
// ("Distributions P and Q, 3 events. A: P 0.6000, Q 0.2000. ..."). Built from the analysis like
// every other text, so they always say what is drawn. Past QuantityFormat::kMaxListed events
// they list the first few and count the rest.
class Descriptions {
    Q_DECLARE_TR_FUNCTIONS(Descriptions)

public:
    static QString distributions(const Analysis &analysis);
    static QString surprisal(const Analysis &analysis);
    static QString divergenceTerms(const Analysis &analysis);
    static QString summary(const Analysis &analysis);
    static QString codes(const Analysis &analysis);
    static QString fits(const Analysis &analysis);
    static QString simplex(const Analysis &analysis);
    static QString renyi(const Analysis &analysis);
};
