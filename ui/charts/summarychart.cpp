// SPDX-License-Identifier: MIT
#include "charts/summarychart.h"

#include "analysis.h"
#include "appearance.h"
#include "quantityformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

SummaryChart::SummaryChart(Analysis *analysis, QWidget *parent)
    : ChartBase(analysis, parent)
    , m_series(new QStackedBarSeries)
    , m_entropy(makeBarSet({}, Appearance::colorEntropy()))
    , m_divergence(makeBarSet({}, Appearance::colorDivergence()))
    , m_jensenShannon(makeBarSet({}, Appearance::colorJensenShannon()))
    , m_categoryAxis(new QBarCategoryAxis) {
    m_divergence->setSelectedColor(Appearance::colorInfinite());
    for (QBarSet *set : {m_entropy, m_divergence, m_jensenShannon}) {
        m_series->append(set);
    }
    m_series->setBarWidth(0.6);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_categoryAxis->setGridLineVisible(false);
    m_valueAxis = makeValueAxis(Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const QString texts[] = {
            tr("H(P,Q) = H(P) + D(P\u2016Q): coding events from P with a code built for Q costs "
               "the entropy of P plus the KL divergence."),
            tr("H(Q,P) = H(Q) + D(Q\u2016P): the same with the roles swapped. The two KL "
               "divergences differ in general."),
            tr("Jensen-Shannon divergence: symmetric, always finite, at most 1 bit.")};
        QToolTip::showText(QCursor::pos(), texts[std::clamp(index, 0, 2)], this);
    });
}

void SummaryChart::updateSeries() {
    const auto &c = analysis().comparison();
    const auto v = [](double x) { return QuantityFormat::value(x); };
    chart()->setTitle(tr("Cross-entropy = entropy + KL divergence"));
    m_entropy->setLabel(tr("entropy H"));
    m_divergence->setLabel(tr("KL divergence D"));
    m_jensenShannon->setLabel(tr("Jensen-Shannon JS"));
    m_valueAxis->setTitleText(QuantityFormat::unitName(c.base));
    const QStringList categories = {tr("P as truth"), tr("Q as truth"), tr("symmetric")};
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->setCategories(categories);
    }

    const auto finiteOr = [](double value, double fallback) {
        return std::isfinite(value) ? value : fallback;
    };
    const double top =
        m_top.update(std::max({finiteOr(c.crossEntropyPQ, c.entropyP * 1.3),
                               finiteOr(c.crossEntropyQP, c.entropyQ * 1.3), c.jensenShannon}) *
                     1.12);  // headroom for the totals written above the bars
    QList<Annotation> notes;
    const auto stack = [&](int category, double entropy, double divergence, double cross,
                           const QString &entropyName, const QString &divergenceName,
                           const QString &crossName) {
        const bool infinite = !std::isfinite(divergence);
        const double shown = infinite ? std::max(0.0, top * 0.93 - entropy) : divergence;
        if (entropy > 0.08 * top) {
            notes.append({category, 0, entropy / 2, entropyName + " " + v(entropy), true});
        }
        if (infinite) {
            notes.append(
                {category, 0, entropy + shown / 2, QString(QuantityFormat::kInfinity), true, true});
        } else if (divergence > 0.08 * top) {
            notes.append(
                {category, 0, entropy + shown / 2, divergenceName + " " + v(divergence), true});
        }
        notes.append({category, 0, entropy + shown, crossName + " = " + v(cross)});
        return shown;
    };
    const double shownPQ =
        stack(0, c.entropyP, c.klPQ, c.crossEntropyPQ, "H(P)", "D(P\u2016Q)", "H(P,Q)");
    const double shownQP =
        stack(1, c.entropyQ, c.klQP, c.crossEntropyQP, "H(Q)", "D(Q\u2016P)", "H(Q,P)");
    notes.append({2, 0, c.jensenShannon, "JS = " + v(c.jensenShannon)});

    replaceValues(m_entropy, {c.entropyP, c.entropyQ, 0.0});
    replaceValues(m_divergence, {shownPQ, shownQP, 0.0});
    replaceValues(m_jensenShannon, {0.0, 0.0, c.jensenShannon});
    m_divergence->deselectAllBars();
    for (int category : {0, 1}) {
        if (!std::isfinite(category == 0 ? c.klPQ : c.klQP)) {
            m_divergence->selectBar(category);
        }
    }
    setAxisRange(m_valueAxis, 0.0, top);
    setAnnotations(m_series, 1, notes);
}
