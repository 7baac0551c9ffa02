#include "groupedbarchart.h"

#include "../analysis.h"
#include "../appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

GroupedBarChart::GroupedBarChart(Analysis *analysis, QWidget *parent)
    : ChartBase(analysis, parent)
    , m_series(new QBarSeries)
    , m_setP(makeBarSet(QStringLiteral("P"), Appearance::colorP()))
    , m_setQ(makeBarSet(QStringLiteral("Q"), Appearance::colorQ()))
    , m_categoryAxis(new QBarCategoryAxis) {
    for (QBarSet *set : {m_setP, m_setQ}) {
        set->setSelectedColor(Appearance::colorInfinite());
        m_series->append(set);
    }
    m_series->setBarWidth(0.8);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_valueAxis = makeValueAxis(Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (status) {
            QToolTip::showText(QCursor::pos(), tooltip(set == m_setP ? 0 : 1, index), this);
        } else {
            QToolTip::hideText();
        }
    });
}

namespace {

// The largest and smallest finite values, for the axis range.
std::pair<double, double> finiteExtent(const QList<qreal> &a, const QList<qreal> &b) {
    double top = 0.0, bottom = 0.0;
    for (const auto *list : {&a, &b}) {
        for (const qreal v : *list) {
            if (std::isfinite(v)) {
                top = std::max(top, v);
                bottom = std::min(bottom, v);
            }
        }
    }
    return {top, bottom};
}

}  // namespace

void GroupedBarChart::updateSeries() {
    Values v = values();
    chart()->setTitle(v.title);
    m_valueAxis->setTitleText(v.axisTitle);
    m_setP->setLabel(v.nameP);
    m_setQ->setLabel(v.nameQ);
    if (analysis().structureChanged() || m_categoryAxis->count() != analysis().labels().size()) {
        m_categoryAxis->setCategories(analysis().labels());
        m_top.reset();
        m_bottom.reset();
    }

    const auto [finiteTop, finiteBottom] = finiteExtent(v.p, v.q);
    const bool anyInfinite =
        std::any_of(v.p.begin(), v.p.end(), [](qreal x) { return std::isinf(x); }) ||
        std::any_of(v.q.begin(), v.q.end(), [](qreal x) { return std::isinf(x); });
    // An infinite bar is drawn to the top of the axis, which then leaves it room to stand out.
    const double top = m_top.update(anyInfinite ? finiteTop * 1.25 : finiteTop);
    const double bottom = v.allowNegative ? -m_bottom.update(-finiteBottom) : 0.0;

    QList<Annotation> marks;
    const double markY = top - 0.07 * (top - bottom);
    for (int side = 0; side < 2; ++side) {
        QList<qreal> &list = side == 0 ? v.p : v.q;
        QBarSet *set = side == 0 ? m_setP : m_setQ;
        QList<int> infinite;
        for (int i = 0; i < list.size(); ++i) {
            if (std::isinf(list[i])) {
                list[i] = list[i] > 0 ? top : bottom;
                infinite.append(i);
                marks.append({i, side, markY, QString(Appearance::kInfinity), true, true});
            }
        }
        replaceValues(set, list);
        set->deselectAllBars();
        set->selectBars(infinite);
    }
    setAxisRange(m_valueAxis, bottom, top);
    setAnnotations(m_series, 2, marks);
}
