// SPDX-License-Identifier: MIT
#include "descriptions.h"

#include "analysis.h"
#include "quantityformat.h"

#include <cmath>

namespace {

QString value(double x) {
    return QuantityFormat::value(x);
}

// "A: P 0.6000, Q 0.2000. B: ..." for the first few events, then how many more.
template <typename Item>
QString perEvent(const Analysis &analysis, Item item) {
    const int n = analysis.state().size();
    const int listed = std::min<int>(n, int(QuantityFormat::kMaxListed));
    QStringList parts;
    for (int i = 0; i < listed; ++i) {
        parts.append(analysis.labels().value(i) + QStringLiteral(": ") + item(std::size_t(i)) +
                     QLatin1Char('.'));
    }
    if (n > listed) {
        parts.append(Descriptions::tr("And %1 more events.").arg(n - listed));
    }
    return parts.join(QLatin1Char(' '));
}

QString withUnit(const Analysis &analysis, double x) {
    return QuantityFormat::valueWithUnit(x, analysis.comparison().base);
}

// The sentences that say why a divergence is infinite, if one is.
QString infinities(const Analysis &analysis) {
    QStringList reasons;
    if (std::isinf(analysis.comparison().klPQ)) {
        reasons.append(
            Descriptions::tr("D(P‖Q) is infinite because Q gives %1 probability 0.")
                .arg(QuantityFormat::eventList(analysis.labels(), analysis.zeroEvents(Side::Q))));
    }
    if (std::isinf(analysis.comparison().klQP)) {
        reasons.append(
            Descriptions::tr("D(Q‖P) is infinite because P gives %1 probability 0.")
                .arg(QuantityFormat::eventList(analysis.labels(), analysis.zeroEvents(Side::P))));
    }
    return reasons.isEmpty() ? QString() : QLatin1Char(' ') + reasons.join(QLatin1Char(' '));
}

}  // namespace

QString Descriptions::distributions(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const auto &e = analysis.eventTerms();
    return tr("Distributions P and Q, %n events.", "", analysis.state().size()) + QLatin1Char(' ') +
           perEvent(analysis, [&](std::size_t i) {
               return tr("P %1, Q %2").arg(value(e.p[i]), value(e.q[i]));
           });
}

QString Descriptions::surprisal(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const auto &e = analysis.eventTerms();
    return tr("Information content per event, in %1.")
               .arg(QuantityFormat::unitName(analysis.comparison().base)) +
           QLatin1Char(' ') + perEvent(analysis, [&](std::size_t i) {
               return tr("−log p %1, −log q %2")
                   .arg(value(e.surprisalP[i]), value(e.surprisalQ[i]));
           });
}

QString Descriptions::divergenceTerms(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const auto &c = analysis.comparison();
    return tr("KL divergence D(P‖Q) = %1 and D(Q‖P) = %2.")
               .arg(withUnit(analysis, c.klPQ), withUnit(analysis, c.klQP)) +
           infinities(analysis) + QLatin1Char(' ') + tr("Terms per event:") + QLatin1Char(' ') +
           perEvent(analysis, [&](std::size_t i) {
               const auto &e = analysis.eventTerms();
               return tr("%1 and %2").arg(value(e.klPQ[i]), value(e.klQP[i]));
           });
}

QString Descriptions::summary(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const auto &c = analysis.comparison();
    return tr("Cross-entropy H(P,Q) = %1 is entropy H(P) = %2 plus D(P‖Q) = %3. H(Q,P) = %4 is "
              "H(Q) = %5 plus D(Q‖P) = %6. Jensen-Shannon JS = %7.")
               .arg(withUnit(analysis, c.crossEntropyPQ), withUnit(analysis, c.entropyP),
                    withUnit(analysis, c.klPQ), withUnit(analysis, c.crossEntropyQP),
                    withUnit(analysis, c.entropyQ), withUnit(analysis, c.klQP),
                    withUnit(analysis, c.jensenShannon)) +
           infinities(analysis);
}

QString Descriptions::codes(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const entropy::CodeComparison &c = analysis.codes();
    return tr("P's own Huffman code costs %1 per symbol; the code built for Q costs %2 on P.")
        .arg(QuantityFormat::bits(c.expectedLengthPCode),
             QuantityFormat::bits(c.expectedLengthQCodeUnderP));
}

QString Descriptions::fits(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const Analysis::Fits &f = analysis.fits();
    if (f.tooManyEvents) {
        return tr("Fits are computed for up to %1 events.").arg(Analysis::kMaxFitEvents);
    }
    const auto base = analysis.comparison().base;
    const QString reverse = f.reverse.infinite
                                ? tr("infinite for every bump, because P has a zero")
                                : QuantityFormat::fitMinimum(f.reverse.minima.at(0), base);
    return tr("Forward fit, minimising D(P‖Q): %1. Reverse fit, minimising D(Q‖P): %2.")
        .arg(QuantityFormat::fitMinimum(f.forward.minima.at(0), base), reverse);
}

QString Descriptions::simplex(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const Analysis::Simplex &s = analysis.simplex();
    const auto point = [](const entropy::Point3 &x) {
        return QStringLiteral("(%1, %2, %3)").arg(value(x[0]), value(x[1]), value(x[2]));
    };
    return tr("The probability simplex of three events. P is at %1, Q at %2.")
        .arg(point(s.p), point(s.q));
}

QString Descriptions::renyi(const Analysis &analysis) {
    if (!analysis.isValid()) {
        return analysis.error();
    }
    const Analysis::Renyi &r = analysis.renyi();
    const double order = r.atAlpha.alpha;
    const QString alpha =
        std::isinf(order) ? QString(QuantityFormat::kInfinity) : QString::number(order, 'g', 3);
    return tr("At order %1: Rényi D(P‖Q) = %2, D(Q‖P) = %3, H(P) = %4, H(Q) = %5.")
        .arg(alpha, withUnit(analysis, r.atAlpha.divergencePQ),
             withUnit(analysis, r.atAlpha.divergenceQP), withUnit(analysis, r.atAlpha.entropyP),
             withUnit(analysis, r.atAlpha.entropyQ));
}
