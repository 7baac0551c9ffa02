#include "chartbase.h"

#include "../analysis.h"
#include "../appearance.h"
#include "../stablerange.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QValueAxis>

#include <cmath>

ChartBase::ChartBase(Analysis *analysis, QWidget *parent)
    : QChartView(new QChart, parent), m_analysis(analysis) {
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);  // live data: animation is lag
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    setMinimumSize(260, 200);
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            refresh();
        } else {
            m_stale = true;
        }
    });
    connect(chart(), &QChart::plotAreaChanged, this, &ChartBase::placeAnnotations);
}

void ChartBase::refresh() {
    m_stale = false;
    if (m_analysis->isValid()) {
        updateSeries();
    }
    placeAnnotations();
}

void ChartBase::setScale(double scale) {
    m_scale = scale;
    applyFonts();
}

void ChartBase::applyFonts() {
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * m_scale);
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.15);
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setFont(base);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
    QFont emphasised = title;
    emphasised.setPointSizeF(title.pointSizeF() * 1.4);
    for (qsizetype i = 0; i < m_annotationItems.size(); ++i) {
        const bool big = i < m_annotations.size() && m_annotations[i].emphasised;
        m_annotationItems[i]->setFont(big ? emphasised : base);
    }
    placeAnnotations();
}

void ChartBase::showEvent(QShowEvent *event) {
    QChartView::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void ChartBase::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    placeAnnotations();
}

QBarSet *ChartBase::makeBarSet(const QString &name, const QColor &color) {
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Qt::black);
    return set;
}

void ChartBase::replaceValues(QBarSet *set, const QList<qreal> &values) {
    if (set->count() > 0) {
        set->remove(0, set->count());
    }
    set->append(values);
}

QValueAxis *ChartBase::makeValueAxis(Qt::Alignment alignment) {
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.2f"));
    axis->setTickCount(6);
    axis->setMinorTickCount(1);
    chart()->addAxis(axis, alignment);
    return axis;
}

void ChartBase::setAxisRange(QValueAxis *axis, double bottom, double top) {
    const double step = StableRange::niceStep(top - bottom);
    const int decimals = std::max(
        0, int(-std::floor(std::log10(step) + 1e-9)) +
               (std::fmod(step / std::pow(10.0, std::floor(std::log10(step))), 1.0) > 0.1 ? 1 : 0));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setRange(bottom, top);
}

void ChartBase::setAnnotations(QAbstractBarSeries *series, int setCount,
                               QList<Annotation> annotations) {
    m_annotatedSeries = series;
    m_annotatedSetCount = setCount;
    m_annotations = std::move(annotations);
    while (m_annotationItems.size() < m_annotations.size()) {
        auto *item = new QGraphicsSimpleTextItem(chart());
        item->setZValue(20);
        m_annotationItems.append(item);
    }
    for (qsizetype i = 0; i < m_annotationItems.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_annotationItems[i];
        item->setVisible(i < m_annotations.size());
        if (i < m_annotations.size()) {
            item->setText(m_annotations[i].text);
            item->setBrush(QColor(Qt::black));
        }
    }
    applyFonts();
}

void ChartBase::placeAnnotations() {
    if (!m_annotatedSeries) {
        return;
    }
    // Grouped bars share the category's width: set k of n sits at an offset from its centre.
    const double width = m_annotatedSeries->barWidth();
    const int sets = m_annotatedSetCount;
    for (qsizetype i = 0; i < m_annotations.size() && i < m_annotationItems.size(); ++i) {
        const Annotation &a = m_annotations[i];
        const double offset = sets == 1 ? 0.0 : -width / 2 + width * (a.setIndex + 0.5) / sets;
        const QPointF at =
            chart()->mapToPosition(QPointF(a.category + offset, a.y), m_annotatedSeries);
        QGraphicsSimpleTextItem *item = m_annotationItems[i];
        const QRectF box = item->boundingRect();
        item->setPos(at.x() - box.width() / 2,
                     a.centred ? at.y() - box.height() / 2 : at.y() - box.height() - 1);
    }
}
