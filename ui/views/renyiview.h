// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

class Document;
class QCheckBox;
class QLabel;
class QSlider;
class RenyiCurve;

// Rényi's family: one order alpha, chosen with a slider from 0 to 5 or set to infinity, gives
// D_a(P||Q), D_a(Q||P), H_a(P) and H_a(Q); the curve beside shows how they change with alpha,
// through KL at alpha = 1. The order is document state (undoable, saved in sessions).
class RenyiView : public AnalysisView {
    Q_OBJECT

public:
    // The slider's steps per unit of alpha.
    static constexpr int kStepsPerUnit = 100;

    RenyiView(Analysis *analysis, Document *document, QWidget *parent = nullptr);

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QCheckBox *infinityBox() const { return m_infinity; }
    [[nodiscard]] QString valuesText() const;
    [[nodiscard]] RenyiCurve *curve() const { return m_curve; }

private:
    void refresh() override;

    Document *m_document;
    QSlider *m_slider;
    QCheckBox *m_infinity;
    QLabel *m_alpha;
    QLabel *m_values;
    RenyiCurve *m_curve;
    int m_dragId = 0;
};
