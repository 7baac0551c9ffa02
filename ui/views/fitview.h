// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

#include <documentstate.h>

class Document;
class FitPlot;
class LandscapeHeatmap;
class QLabel;
class QPushButton;
class QSlider;

// Asymmetry as a fit: one bump Q fitted to P both ways. Minimising D(P||Q) covers every event P
// draws; minimising D(Q||P) settles on one hump, and may have other local minima. P's bars are
// editable, the two landscapes show where the minima lie, and pressing a landscape or a button
// sets Q to a bump (an undoable edit). A slider moves P's two humps apart or together (it
// replaces P by two humps, an undoable edit per drag), so the fits can be watched as they go.
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
    [[nodiscard]] QSlider *humpSlider() const { return m_humps; }

    // The humps' width, and the fewest events the slider is offered for.
    static constexpr double kHumpWidth = 2.5;
    static constexpr int kMinHumpEvents = 8;

signals:
    void smoothRequested(Side side);

private:
    void refresh() override;
    void useFit(bool forward);
    void setHumps(int separation);

    Document *m_document;
    QLabel *m_summary;
    QPushButton *m_useForward, *m_useReverse;
    QSlider *m_humps;
    QLabel *m_humpsLabel;
    int m_humpsDrag = 0;
    FitPlot *m_plot;
    LandscapeHeatmap *m_forwardMap, *m_reverseMap;
};
