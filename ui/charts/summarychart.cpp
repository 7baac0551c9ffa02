// SPDX-License-Identifier: MIT
#include "charts/summarychart.h"

#include "analysis.h"
#include "appearance.h"
#include "descriptions.h"
#include "quantityformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {
// Room above the tallest bar for the total written over it, as a factor of its height.
constexpr double kTotalHeadroom = 1.12;
// Where a cross-entropy is infinite, the axis still spans its entropy times this.
constexpr double kInfiniteAxisFactor = 1.3;
// An infinite divergence is drawn up to this share of the axis, with the total above it.
constexpr double kInfiniteBarTop = 0.93;
// A segment shorter than this share of the axis is not labelled inside: the text would not fit.
constexpr double kMinLabelledShare = 0.08;

QString number(double x) {
    return QuantityFormat::value(x);
}
}  // namespace

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
    setTitle(tr("Cross-entropy = entropy + KL divergence"));
    setLabel(m_entropy, tr("entropy H"));
    setLabel(m_divergence, tr("KL divergence D"));
    setLabel(m_jensenShannon, tr("Jensen-Shannon JS"));
    setTitleText(m_valueAxis, QuantityFormat::unitName(c.base));
    const QStringList categories = {tr("P as truth"), tr("Q as truth"), tr("symmetric")};
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->setCategories(categories);
    }

    const auto finiteOr = [](double value, double fallback) {
        return std::isfinite(value) ? value : fallback;
    };
    const double top = m_top.update(
        std::max({finiteOr(c.crossEntropyPQ, c.entropyP * kInfiniteAxisFactor),
                  finiteOr(c.crossEntropyQP, c.entropyQ * kInfiniteAxisFactor), c.jensenShannon}) *
        kTotalHeadroom);
    QList<Annotation> notes;
    const double shownPQ =
        annotateStack({0, c.entropyP, c.klPQ, c.crossEntropyPQ, "H(P)", "D(P\u2016Q)", "H(P,Q)",
                       "entropy_p", "kl_pq", "cross_entropy_pq"},
                      top, notes);
    const double shownQP =
        annotateStack({1, c.entropyQ, c.klQP, c.crossEntropyQP, "H(Q)", "D(Q\u2016P)", "H(Q,P)",
                       "entropy_q", "kl_qp", "cross_entropy_qp"},
                      top, notes);
    notes.append({2, 0, c.jensenShannon, "JS = " + number(c.jensenShannon)});
    focus(notes.last(), QStringLiteral("js"));

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

double SummaryChart::annotateStack(const Stack &s, double top, QList<Annotation> &notes) const {
    const bool infinite = !std::isfinite(s.divergence);
    const double shown = infinite ? std::max(0.0, top * kInfiniteBarTop - s.entropy) : s.divergence;
    const double minLabelled = kMinLabelledShare * top;
    if (s.entropy > minLabelled) {
        notes.append({s.category, 0, s.entropy / 2, s.entropyName + " " + number(s.entropy), true});
        focus(notes.last(), s.entropyKey);
    }
    if (infinite) {
        notes.append(
            {s.category, 0, s.entropy + shown / 2, QString(QuantityFormat::kInfinity), true, true});
    } else if (s.divergence > minLabelled) {
        notes.append({s.category, 0, s.entropy + shown / 2,
                      s.divergenceName + " " + number(s.divergence), true});
        focus(notes.last(), s.divergenceKey);
    }
    notes.append({s.category, 0, s.entropy + shown, s.crossName + " = " + number(s.cross)});
    focus(notes.last(), s.crossKey);
    return shown;
}

void SummaryChart::focus(Annotation &note, const QString &key) const {
    if (key == m_focus) {
        note.highlighted = true;
        note.text = QStringLiteral("\u25B6 %1 \u25C0").arg(note.text);
    }
}

void SummaryChart::setFocusQuantity(const QString &key) {
    if (key != m_focus) {
        m_focus = key;
        refresh();
    }
}

QString SummaryChart::describe() const {
    return Descriptions::summary(analysis());
}
