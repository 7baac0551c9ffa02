// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QSlider;
class QVBoxLayout;

// The machine-learning bridge: sliders edit a classifier's logits z, Q = softmax(z / T) with a
// temperature T, and P is the true class as a one-hot label with optional label smoothing.
// The cross-entropy H(P,Q) is then the classification loss; for a one-hot label it equals
// -log q(true class). Every change is an undoable edit of the document.
class ClassifierPanel : public QWidget {
    Q_OBJECT

public:
    explicit ClassifierPanel(Document *document, QWidget *parent = nullptr);

    // Programmatic control, for tests and for the slider callbacks alike.
    void setLogit(int event, double logit);
    void setTemperature(double temperature);
    void setTrueClass(int event);
    void setSmoothing(double epsilon);
    // Reads logits back from the document's Q (z = ln q, T = 1) and the true class from P.
    void syncFromDocument();

    [[nodiscard]] QString lossText() const;
    [[nodiscard]] const QList<double> &logits() const { return m_logits; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildLogitRows();
    void apply(int mergeKey);
    void showControls();

    Document *m_document;
    QComboBox *m_trueClass;
    QSlider *m_smoothing;
    QSlider *m_temperature;
    QLabel *m_smoothingValue;
    QLabel *m_temperatureValue;
    QVBoxLayout *m_logitLayout;
    QList<QSlider *> m_logitSliders;
    QList<QLabel *> m_logitValues;
    QLabel *m_loss;
    QList<double> m_logits;
    double m_temperatureT = 1.0;
    double m_epsilon = 0.0;
    int m_class = 0;
    bool m_applying = false;
    int m_dragSerial = 0;  // one drag of any slider: one undo step
};
