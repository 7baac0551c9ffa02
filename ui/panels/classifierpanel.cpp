// SPDX-License-Identifier: MIT
#include "panels/classifierpanel.h"

#include "analysis.h"
#include "document.h"
#include "editors/eventcombobox.h"
#include "editors/logiteditor.h"
#include "quantityformat.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace {
// Temperature slider 0..100 maps to T = 0.1 * 50^(v/100): from 0.1 to 5, 1 at v = 58.9.
double temperatureAt(int v) {
    return ClassifierState::kMinTemperature * std::pow(50.0, v / 100.0);
}
int positionOf(double t) {
    return int(
        std::lround(100.0 * std::log(t / ClassifierState::kMinTemperature) / std::log(50.0)));
}
constexpr int kSmoothingSteps = 50;  // epsilon from 0 to 0.5 in steps of 0.01

QLabel *wrapped(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
}  // namespace

ClassifierPanel::ClassifierPanel(Document *document, Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_off(new QWidget(this))
    , m_on(new QWidget(this))
    , m_enter(new QPushButton(tr("Enter Classifier Mode"), m_off))
    , m_leave(new QPushButton(tr("Leave Classifier Mode"), m_on))
    , m_trueClass(new EventComboBox(m_on))
    , m_smoothing(new QSlider(Qt::Horizontal, m_on))
    , m_temperature(new QSlider(Qt::Horizontal, m_on))
    , m_smoothingValue(new QLabel(m_on))
    , m_temperatureValue(new QLabel(m_on))
    , m_logits(new LogitEditor(document, analysis, m_on))
    , m_loss(new QLabel(this)) {
    // Off: what entering does, and the button that does it (one undoable step).
    auto *offLayout = new QVBoxLayout(m_off);
    offLayout->setContentsMargins(0, 0, 0, 0);
    offLayout->addWidget(
        wrapped(tr("Classifier mode is off: P and Q are edited directly."), m_off));
    offLayout->addWidget(wrapped(Document::enterClassifierText() + QLatin1Char('.'), m_off));
    offLayout->addWidget(m_enter, 0, Qt::AlignLeft);

    m_smoothing->setRange(0, kSmoothingSteps);
    m_temperature->setRange(0, 100);
    m_trueClass->setAccessibleName(tr("True class"));
    m_smoothing->setAccessibleName(tr("Label smoothing epsilon"));
    m_temperature->setAccessibleName(tr("Temperature"));
    const auto withValue = [this](QSlider *slider, QLabel *value) {
        auto *row = new QHBoxLayout;
        row->addWidget(slider, 1);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
        row->addWidget(value);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("True class:"), m_trueClass);
    form->addRow(tr("Label smoothing \u03B5:"), withValue(m_smoothing, m_smoothingValue));
    form->addRow(tr("Temperature T:"), withValue(m_temperature, m_temperatureValue));
    auto *logits = new QGroupBox(tr("Logits z (Q = softmax(z / T))"), m_on);
    (new QVBoxLayout(logits))->addWidget(m_logits);
    auto *onLayout = new QVBoxLayout(m_on);
    onLayout->setContentsMargins(0, 0, 0, 0);
    onLayout->addLayout(form);
    onLayout->addWidget(logits, 1);
    onLayout->addWidget(m_leave, 0, Qt::AlignLeft);

    m_loss->setWordWrap(true);
    m_loss->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("P is the true label, Q the model's softmax output. The "
                                 "cross-entropy H(P,Q) is the classification loss."),
                              this));
    layout->addWidget(m_off);
    layout->addWidget(m_on, 1);
    layout->addWidget(m_loss);
    layout->addStretch(0);

    connect(m_enter, &QPushButton::clicked, document, &Document::enterClassifier);
    connect(m_leave, &QPushButton::clicked, document, &Document::leaveClassifier);
    connect(m_trueClass, &QComboBox::currentIndexChanged, document, &Document::setTrueClass);
    for (QSlider *slider : {m_smoothing, m_temperature}) {
        connect(slider, &QSlider::sliderPressed, this,
                [this] { m_dragSerial = Document::newDragId(); });
    }
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int v) {
        m_document->setSmoothing(double(v) / (2 * kSmoothingSteps),
                                 m_smoothing->isSliderDown() ? m_dragSerial : 0);
    });
    connect(m_temperature, &QSlider::valueChanged, this, [this](int v) {
        m_document->setTemperature(temperatureAt(v),
                                   m_temperature->isSliderDown() ? m_dragSerial : 0);
    });
    connect(analysis, &Analysis::updated, this, &ClassifierPanel::refresh);
    refresh();
}

QString ClassifierPanel::lossText() const {
    return m_loss->text();
}

void ClassifierPanel::refresh() {
    const DocumentState &state = m_analysis->state();
    const ClassifierState &c = state.classifier;
    m_off->setVisible(!c.enabled);
    m_on->setVisible(c.enabled);
    if (c.enabled) {
        m_trueClass->setEvents(m_analysis->labels(), c.trueClass);
        const QSignalBlocker blockSmoothing(m_smoothing), blockTemperature(m_temperature);
        m_smoothing->setValue(int(std::lround(c.smoothing * 2 * kSmoothingSteps)));
        m_temperature->setValue(positionOf(c.temperature));
        m_smoothingValue->setText(QString::number(c.smoothing, 'f', 2));
        m_temperatureValue->setText(QString::number(c.temperature, 'f', 2));
    }
    showLoss();
}

void ClassifierPanel::showLoss() {
    const ClassifierState &c = m_analysis->state().classifier;
    if (!c.enabled || !m_analysis->isValid()) {
        m_loss->clear();
        return;
    }
    // The loss is the cross-entropy the numbers panel shows: one comparison, one truth.
    const auto &comparison = m_analysis->comparison();
    const QString loss = QuantityFormat::valueWithUnit(comparison.crossEntropyPQ, comparison.base);
    const double q = m_analysis->q()[std::size_t(c.trueClass)];
    m_loss->setText(
        c.smoothing == 0.0
            ? tr("Loss H(P,Q) = \u2212log q(%1) = \u2212log %2 = %3")
                  .arg(m_analysis->labels().value(c.trueClass), QString::number(q, 'g', 4), loss)
            : tr("Loss H(P,Q) = %1 (with smoothing \u03B5 = %2 the truth is no longer "
                 "one-hot)")
                  .arg(loss, QString::number(c.smoothing, 'f', 2)));
}
