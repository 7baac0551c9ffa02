// SPDX-License-Identifier: MIT
#include "charts/wrappedlegend.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

WrappedLegend::WrappedLegend(QChart *chart) : QGraphicsObject(chart), m_chart(chart) {
    // The Qt legend stays shown (a hidden one's markers all report hidden), but takes no room
    // in the chart and is never drawn.
    QLegend *legend = m_chart->legend();
    legend->detachFromChart();
    legend->setGeometry(QRectF(0, 0, 1, 1));
    legend->setOpacity(0);
    setZValue(5);  // over the chart's background, as Qt's legend
}

namespace {
constexpr const char *kHidden = "hiddenFromLegend";
}

void WrappedLegend::setShown(QLegendMarker *marker, bool shown) {
    if (isShown(marker) != shown) {
        marker->setProperty(kHidden, !shown);
    }
}

bool WrappedLegend::isShown(const QLegendMarker *marker) {
    return !marker->property(kHidden).toBool();
}

QList<WrappedLegend::Entry> WrappedLegend::visibleEntries() const {
    QList<Entry> entries;
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        const QAbstractSeries *series = marker->series();
        if (!series->isVisible() || !isShown(marker)) {
            continue;
        }
        Swatch swatch = Swatch::Box;
        QPen pen = marker->pen();
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY) {
            swatch =
                series->type() == QAbstractSeries::SeriesTypeScatter ? Swatch::Dot : Swatch::Line;
            if (swatch == Swatch::Line) {
                pen = static_cast<const QXYSeries *>(series)->pen();
            }
        }
        entries.append({marker->label(), swatch, marker->brush(), pen});
    }
    return entries;
}

void WrappedLegend::sync() {
    QList<Entry> entries = visibleEntries();
    const QFont font = m_chart->legend()->font();
    // The chart's layout insets its background, and the margins within it, by its own margins.
    qreal left = 0, top = 0, right = 0, bottom = 0;
    m_chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const qreal width = m_chart->size().width() - left - right;
    if (const QColor color = m_chart->legend()->labelColor(); color != m_color) {
        m_color = color;
        update();
    }
    if (entries != m_entries || font != m_font || width != m_width) {
        prepareGeometryChange();
        m_entries = std::move(entries);
        m_font = font;
        m_width = width;
        layOut(width);
        QMargins margins = m_chart->margins();
        const int below = kMargin + (m_height > 0 ? int(std::ceil(m_height)) + kMargin : 0);
        if (margins.bottom() != below) {
            margins.setBottom(below);
            m_chart->setMargins(margins);
        }
        update();
    }
    setPos(left, m_chart->size().height() - bottom - kMargin - m_height);
}

void WrappedLegend::layOut(qreal width) {
    const QFontMetricsF metrics(m_font);
    const qreal line = metrics.height();
    const qreal swatchWidth = std::round(line * 1.3);
    const qreal gap = std::round(line * 0.35);     // swatch to name
    const qreal spacing = std::round(line * 0.9);  // one entry to the next
    const qreal available = std::max(line * 4, width - 2 * kMargin);
    m_placed.clear();
    // Entries fill a row left to right, as many as fit whole; each row is then centred.
    QList<qreal> rowWidths;
    qreal x = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString shown =
            metrics.elidedText(entry.name, Qt::ElideRight, available - swatchWidth - gap);
        const qreal entryWidth = swatchWidth + gap + metrics.horizontalAdvance(shown);
        if (x > 0 && x + spacing + entryWidth > available) {
            rowWidths.append(x);
            x = 0;
        }
        const qreal left = x > 0 ? x + spacing : 0;
        const qreal top = qreal(rowWidths.size()) * line;
        m_placed.append(
            {shown, QRectF(left, top, swatchWidth, line),
             QRectF(left + swatchWidth + gap, top, entryWidth - swatchWidth - gap, line),
             int(rowWidths.size())});
        x = left + entryWidth;
    }
    rowWidths.append(x);
    for (Placed &placed : m_placed) {
        const qreal shift = std::round(kMargin + (available - rowWidths[placed.row]) / 2);
        placed.swatch.translate(shift, 0);
        placed.text.translate(shift, 0);
    }
    m_height = m_entries.isEmpty() ? 0 : qreal(rowWidths.size()) * line;
}

QList<QStringList> WrappedLegend::rows() const {
    QList<QStringList> rows;
    for (const Placed &placed : m_placed) {
        if (placed.row >= rows.size()) {
            rows.append(QStringList());
        }
        rows.last().append(placed.shown);
    }
    return rows;
}

QRectF WrappedLegend::boundingRect() const {
    return {0, 0, std::max<qreal>(m_width, 0), m_height};
}

void WrappedLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        paintSwatch(painter, m_entries[i], m_placed[i].swatch);
        painter->setPen(m_color);
        painter->drawText(m_placed[i].text, Qt::AlignLeft | Qt::AlignVCenter, m_placed[i].shown);
    }
}

void WrappedLegend::paintSwatch(QPainter *painter, const Entry &entry, const QRectF &rect) const {
    const qreal side = std::round(rect.height() * 0.6);
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    switch (entry.swatch) {
        case Swatch::Line: {
            QPen pen = entry.pen;
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLine(QPointF(rect.left(), rect.center().y()),
                              QPointF(rect.right(), rect.center().y()));
            break;
        }
        case Swatch::Dot:
            painter->setPen(Qt::NoPen);
            painter->setBrush(entry.brush);
            painter->drawEllipse(square);
            break;
        case Swatch::Box:
            painter->setPen(Qt::NoPen);
            painter->setBrush(entry.brush);
            painter->drawRect(square);
            break;
    }
}
