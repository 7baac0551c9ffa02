// SPDX-License-Identifier: MIT
#include "charts/totalsbox.h"

#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPen>

TotalsBox::TotalsBox(QChart *chart)
    : m_chart(chart)
    , m_box(new QGraphicsRectItem(chart))
    , m_text(new QGraphicsSimpleTextItem(m_box)) {
    m_box->setZValue(15);  // above the series, below the selection mark
    m_box->setPen(Qt::NoPen);
    m_box->setVisible(false);
}

void TotalsBox::setText(const QString &text) {
    m_box->setVisible(!text.isEmpty());
    const QColor color = m_chart->legend()->labelColor();
    QColor background = m_chart->backgroundBrush().color();
    background.setAlpha(215);  // the bars behind still show
    if (text == m_text->text() && color == m_text->brush().color() &&
        background == m_box->brush().color() && m_chart->legend()->font() == m_text->font()) {
        return;
    }
    m_text->setFont(m_chart->legend()->font());
    m_text->setBrush(color);
    m_box->setBrush(background);
    m_text->setText(text);
    place();
}

QString TotalsBox::text() const {
    return m_text->text();
}

void TotalsBox::place() {
    const QRectF plot = m_chart->plotArea();
    const QRectF textArea = m_text->boundingRect();
    const double pad = 4.0;
    const QRectF box(plot.right() - textArea.width() - 3 * pad, plot.top() + pad,
                     textArea.width() + 2 * pad, textArea.height() + 2 * pad);
    m_box->setRect(box);
    m_text->setPos(box.topLeft() + QPointF(pad, pad));
}
