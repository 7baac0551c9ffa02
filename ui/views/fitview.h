// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

#include <documentstate.h>

class Document;
class FitPlot;
class LandscapeHeatmap;
class QLabel;
class QPushButton;

// Asymmetry as a fit: one bump Q fitted to P both ways. Minimising D(P||Q) covers every event P
// draws; minimising D(Q||P) settles on one hump, and may have other local minima. P's bars are
// editable, the two landscapes show where the minima lie, and pressing a landscape or a button
// sets Q to a bump (an undoable edit).
class FitView : public AnalysisView {
    Q_OBJECT

public:
    FitView(Analysis *analysis, Document *document, QWidget *parent = nullptr);

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] FitPlot *plot() const { return m_plot; }
    [[nodiscard]] LandscapeHeatmap *landscape(bool forward) const {
        return forward ? m_forwardMap : m_reverseMap;
    }
    [[nodiscard]] QPushButton *useForwardButton() const { return m_useForward; }
    [[nodiscard]] QPushButton *useReverseButton() const { return m_useReverse; }

signals:
    void smoothRequested(Side side);

private:
    void refresh() override;
    void useFit(bool forward);

    Document *m_document;
    QLabel *m_summary;
    QPushButton *m_useForward, *m_useReverse;
    FitPlot *m_plot;
    LandscapeHeatmap *m_forwardMap, *m_reverseMap;
};
