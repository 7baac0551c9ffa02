// SPDX-License-Identifier: MIT
#include "charts/totalsline.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>

TotalsLine::TotalsLine(QChart *chart) : m_chart(chart), m_text(new QGraphicsSimpleTextItem(chart)) {
    m_text->setZValue(15);
    m_text->setVisible(false);
}

QString TotalsLine::titleWithRoom(const QString &title, bool room) {
    return room ? title + QStringLiteral("<br>&nbsp;") : title;  // chart titles are HTML
}

void TotalsLine::setText(const QString &text) {
    m_text->setVisible(!text.isEmpty());
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

QString TotalsLine::text() const {
    return m_text->text();
}

void TotalsLine::place() {
    // The title's empty second line ends a little above the plot, where the value axis's top
    // label reaches half a line up.
    const QRectF plot = m_chart->plotArea();
    const QRectF line = m_text->boundingRect();
    m_text->setPos(plot.center().x() - line.width() / 2, plot.top() - line.height() * 1.5 - 2.0);
}
