// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

class Document;
class QComboBox;
class QLabel;
class SimplexPlot;

// Asymmetry as geometry: the simplex of three events (past three, first, second and the rest,
// and it says so), coloured by a divergence from P or Q chosen in the combo box. The contours of
// D(P||X) and D(X||P) around P have different shapes; that is KL's asymmetry drawn.
class SimplexView : public AnalysisView {
    Q_OBJECT

public:
    SimplexView(Analysis *analysis, Document *document, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *measureBox() const { return m_measure; }
    [[nodiscard]] SimplexPlot *plot() const { return m_plot; }
    [[nodiscard]] QString captionText() const;

private:
    void refresh() override;

    Document *m_document;
    QComboBox *m_measure;
    QLabel *m_caption;
    SimplexPlot *m_plot;
};
