// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;
class Document;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class SampleHistogramChart;
class SampleTraceChart;

// Samples that converge. Draws from P (or Q) with the document's seed, n and number of paths
// (so a lesson step can set them, and the same settings always show the same draws): the
// running means against n with their limits, the evidence log p/q with its slope, and the bits
// each code spends. Draw shows every draw, Animate reveals them a few hundred per frame (more
// as n grows, evenly on the log axis), Reset clears the plots.
class SamplesView : public QWidget {
    Q_OBJECT

public:
    SamplesView(Document *document, Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] SampleTraceChart *meansChart() const { return m_means; }
    [[nodiscard]] SampleTraceChart *evidenceChart() const { return m_evidence; }
    [[nodiscard]] SampleHistogramChart *histogram() const { return m_histogram; }
    [[nodiscard]] QString readout() const;
    [[nodiscard]] QSpinBox *drawsBox() const { return m_n; }
    [[nodiscard]] QSpinBox *seedBox() const { return m_seed; }
    [[nodiscard]] bool animating() const;
    void draw();
    void animate();
    void reset();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSettings();
    void sendSettings();
    // Reveals the first `shown` draws in every chart (Draw, Animate, Reset).
    void showDraws(std::size_t shown);
    void showReadout();
    void step();

    Document *m_document;
    Analysis *m_analysis;
    QComboBox *m_source;
    QSpinBox *m_n, *m_seed, *m_paths;
    QPushButton *m_draw, *m_animate, *m_reset;
    SampleTraceChart *m_means, *m_evidence;
    SampleHistogramChart *m_histogram;
    QLabel *m_readout;
    QTimer *m_timer;
    std::size_t m_shown;
};
