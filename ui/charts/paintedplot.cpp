// SPDX-License-Identifier: MIT
#include "charts/paintedplot.h"

#include "analysis.h"
#include "announce.h"

#include <QPainter>

PaintedPlot::PaintedPlot(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis) {
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            update();
            updateDescription();
        }
    });
}

void PaintedPlot::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    updateDescription();
}

void PaintedPlot::updateDescription() {
    announceDescription(this, m_analysis->isValid() ? describe() : m_analysis->error());
}

void PaintedPlot::usePaperColors() {
    QPalette paper = palette();
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::WindowText, Qt::black);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Mid, QColor(0x99, 0x99, 0x99));
    setPalette(paper);
}

void PaintedPlot::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_analysis->isValid()) {
        paintOn(painter, rect());
    }
}

QColor PaintedPlot::textColor() const {
    return palette().color(QPalette::Text);
}
