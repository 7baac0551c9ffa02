// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;
class BinaryChart;
class PathSweepChart;
class QLabel;
class QSlider;

// The path from P to Q: the chart, a slider for t and today's values at t.
class PathSweepView : public QWidget {
    Q_OBJECT

public:
    explicit PathSweepView(Analysis *analysis, QWidget *parent = nullptr);
    [[nodiscard]] PathSweepChart *chart() const { return m_chart; }
    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QString readout() const;

private:
    void showValuesAtT();

    Analysis *m_analysis;
    PathSweepChart *m_chart;
    QSlider *m_slider;
    QLabel *m_readout;
};

// Two events: the binary curves and the binary cross-entropy worked with today's numbers.
class BinaryView : public QWidget {
    Q_OBJECT

public:
    explicit BinaryView(Analysis *analysis, QWidget *parent = nullptr);
    [[nodiscard]] BinaryChart *chart() const { return m_chart; }
    [[nodiscard]] QString formulaText() const;

private:
    void refresh();

    Analysis *m_analysis;
    BinaryChart *m_chart;
    QLabel *m_formula;
};
