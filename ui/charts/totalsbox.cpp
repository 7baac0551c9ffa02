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
    m_box->setZValue(15);
    m_box->setPen(Qt::NoPen);
    m_box->setBrush(Qt::NoBrush);
    m_box->setVisible(false);
}

QString TotalsBox::titleWithRoom(const QString &title, bool room) {
    return room ? title + QStringLiteral("<br>&nbsp;") : title;  // chart titles are HTML
}

void TotalsBox::setText(const QString &text) {
    m_box->setVisible(!text.isEmpty());
    const QColor color = m_chart->legend()->labelColor();
    if (text == m_text->text() && color == m_text->brush().color() &&
        m_chart->legend()->font() == m_text->font()) {
        return;
    }
    m_text->setFont(m_chart->legend()->font());
    m_text->setBrush(color);
    m_text->setText(text);
    place();
}

QString TotalsBox::text() const {
    return m_text->text();
}

void TotalsBox::place() {
    // The title's empty second line ends a little above the plot, where the value axis's top
    // label reaches half a line up.
    const QRectF plot = m_chart->plotArea();
    const QRectF line = m_text->boundingRect();
    const QPointF at(plot.center().x() - line.width() / 2, plot.top() - line.height() * 1.5 - 2.0);
    m_box->setRect(QRectF(at, line.size()));
    m_text->setPos(at);
}
