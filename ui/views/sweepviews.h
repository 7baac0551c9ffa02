// SPDX-License-Identifier: MIT
#pragma once

#include "views/analysisview.h"

class Analysis;
class BinaryChart;
class Document;
class EventComboBox;
class PathSweepChart;
class QLabel;
class QSlider;

// The path from P to Q: the chart, a slider for t (document state, so undo and sessions keep
// it) and the values at t. Like every view, it follows the analysis only while shown.
class PathSweepView : public AnalysisView {
    Q_OBJECT

public:
    PathSweepView(Document *document, Analysis *analysis, QWidget *parent = nullptr);
    [[nodiscard]] PathSweepChart *chart() const { return m_chart; }
    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QString readout() const;

protected:
    void refresh() override;

private:
    Document *m_document;
    PathSweepChart *m_chart;
    QSlider *m_slider;
    QLabel *m_readout;
    int m_dragSerial = 0;
};

// Two events: the binary curves and the binary cross-entropy worked with today's numbers. With
// more than two events, the chosen event against the rest: p = p_i, q = q_i.
class BinaryView : public AnalysisView {
    Q_OBJECT

public:
    BinaryView(Document *document, Analysis *analysis, QWidget *parent = nullptr);
    [[nodiscard]] BinaryChart *chart() const { return m_chart; }
    [[nodiscard]] EventComboBox *eventChooser() const { return m_event; }
    [[nodiscard]] QString formulaText() const;

protected:
    void refresh() override;

private:
    BinaryChart *m_chart;
    EventComboBox *m_event;
    QLabel *m_eventLabel;
    QLabel *m_formula;
};
