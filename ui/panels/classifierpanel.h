// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;
class Document;
class EventComboBox;
class LogitEditor;
class QLabel;
class QPushButton;
class QSlider;

// The machine-learning bridge. In classifier mode (document state) P is the true class as a
// one-hot label with optional label smoothing, and Q = softmax(z / T) of the logits z with a
// temperature T; the cross-entropy H(P,Q) is then the classification loss, for a one-hot label
// -log q(true class). The panel only shows the document's classifier and sends edits: the
// model derives P and Q, so the panel, the charts and the numbers always agree.
class ClassifierPanel : public QWidget {
    Q_OBJECT

public:
    ClassifierPanel(Document *document, Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QString lossText() const;
    [[nodiscard]] QPushButton *enterButton() const { return m_enter; }
    [[nodiscard]] LogitEditor *logitEditor() const { return m_logits; }
    [[nodiscard]] QSlider *temperatureSlider() const { return m_temperature; }

private:
    void refresh();
    void showLoss();

    Document *m_document;
    Analysis *m_analysis;
    QWidget *m_off;
    QWidget *m_on;
    QPushButton *m_enter;
    QPushButton *m_leave;
    EventComboBox *m_trueClass;
    QSlider *m_smoothing;
    QSlider *m_temperature;
    QLabel *m_smoothingValue;
    QLabel *m_temperatureValue;
    LogitEditor *m_logits;
    QLabel *m_loss;
    int m_dragSerial = 0;  // one drag of any slider: one undo step
};
