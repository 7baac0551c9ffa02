// SPDX-License-Identifier: MIT
#include "views/analysisview.h"

#include "analysis.h"

AnalysisView::AnalysisView(Analysis *analysis, QWidget *parent)
    : QWidget(parent), m_analysis(analysis) {
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
}

void AnalysisView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refresh();
}
