// SPDX-License-Identifier: MIT
#include "classifierpanel.h"

#include "appearance.h"
#include "document.h"

#include <entropy/compare.h>
#include <entropy/families.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double kLogitRange = 8.0;  // sliders from -8 to 8 in steps of 0.05
constexpr int kLogitSteps = 160;
// Temperature slider 0..100 maps to T = 0.1 * 50^(v/100): from 0.1 to 5, 1 at v = 58.9.
double temperatureAt(int v) {
    return 0.1 * std::pow(50.0, v / 100.0);
}
int positionOf(double t) {
    return int(std::lround(100.0 * std::log(t / 0.1) / std::log(50.0)));
}
enum MergeKey { kLogitKey = 1, kTemperatureKey = 2, kSmoothingKey = 3 };
}  // namespace

ClassifierPanel::ClassifierPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_trueClass(new QComboBox(this))
    , m_smoothing(new QSlider(Qt::Horizontal, this))
    , m_temperature(new QSlider(Qt::Horizontal, this))
    , m_smoothingValue(new QLabel(this))
    , m_temperatureValue(new QLabel(this))
    , m_logitLayout(new QVBoxLayout)
    , m_loss(new QLabel(this)) {
    m_smoothing->setRange(0, 50);
    m_temperature->setRange(0, 100);
    m_smoothing->setAccessibleName(tr("Label smoothing epsilon"));
    m_temperature->setAccessibleName(tr("Temperature"));
    auto *form = new QFormLayout;
    form->addRow(tr("True class:"), m_trueClass);
    const auto withValue = [this](QSlider *slider, QLabel *value) {
        auto *row = new QHBoxLayout;
        row->addWidget(slider, 1);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
        row->addWidget(value);
        return row;
    };
    form->addRow(tr("Label smoothing \u03B5:"), withValue(m_smoothing, m_smoothingValue));
    form->addRow(tr("Temperature T:"), withValue(m_temperature, m_temperatureValue));
    auto *logits = new QGroupBox(tr("Logits z (Q = softmax(z / T))"), this);
    logits->setLayout(m_logitLayout);
    m_loss->setWordWrap(true);
    m_loss->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("P is the true label, Q the model's softmax output. The "
                                "cross-entropy H(P,Q) is the classification loss."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(logits);
    layout->addWidget(m_loss);
    layout->addStretch(1);

    connect(m_trueClass, &QComboBox::currentIndexChanged, this, &ClassifierPanel::setTrueClass);
    for (QSlider *slider : {m_smoothing, m_temperature}) {
        connect(slider, &QSlider::sliderPressed, this, [this] { ++m_dragSerial; });
    }
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int v) {
        m_epsilon = v / 100.0;
        apply(m_smoothing->isSliderDown() ? m_dragSerial * 8 + kSmoothingKey : 0);
    });
    connect(m_temperature, &QSlider::valueChanged, this, [this](int v) {
        m_temperatureT = temperatureAt(v);
        apply(m_temperature->isSliderDown() ? m_dragSerial * 8 + kTemperatureKey : 0);
    });
    connect(document, &Document::changed, this, [this] {
        if (!m_applying && isVisible()) {
            syncFromDocument();
        }
    });
    syncFromDocument();
}

void ClassifierPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    syncFromDocument();
}

void ClassifierPanel::syncFromDocument() {
    const DocumentState &state = m_document->state();
    const QList<double> q = state.values(Side::Q), p = state.values(Side::P);
    m_logits.clear();
    double qTotal = 0.0;
    for (const double v : q) {
        qTotal += v;
    }
    for (const double v : q) {
        m_logits.append(v > 0 ? std::clamp(std::log(v / qTotal), -kLogitRange, kLogitRange)
                              : -kLogitRange);
    }
    m_class = int(std::max_element(p.begin(), p.end()) - p.begin());
    m_temperatureT = 1.0;
    m_epsilon = 0.0;
    rebuildLogitRows();
    showControls();
}

void ClassifierPanel::rebuildLogitRows() {
    const DocumentState &state = m_document->state();
    while (m_logitSliders.size() > state.size()) {
        delete m_logitSliders.takeLast()->parentWidget();
        m_logitValues.removeLast();
    }
    while (m_logitSliders.size() < state.size()) {
        const int event = int(m_logitSliders.size());
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(row);
        name->setObjectName(QStringLiteral("name"));
        name->setMinimumWidth(40);
        auto *slider = new QSlider(Qt::Horizontal, row);
        slider->setRange(-kLogitSteps, kLogitSteps);
        auto *value = new QLabel(row);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.00")));
        layout->addWidget(name);
        layout->addWidget(slider, 1);
        layout->addWidget(value);
        m_logitLayout->addWidget(row);
        m_logitSliders.append(slider);
        m_logitValues.append(value);
        connect(slider, &QSlider::valueChanged, this, [this, event, slider](int position) {
            m_logits[event] = position * kLogitRange / kLogitSteps;
            apply(slider->isSliderDown() ? m_dragSerial * 8 + kLogitKey : 0);
        });
        connect(slider, &QSlider::sliderPressed, this, [this] { ++m_dragSerial; });
    }
    m_trueClass->blockSignals(true);
    m_trueClass->clear();
    for (int i = 0; i < state.size(); ++i) {
        m_trueClass->addItem(state.events[i].label);
        m_logitSliders[i]
            ->parentWidget()
            ->findChild<QLabel *>(QStringLiteral("name"))
            ->setText(state.events[i].label);
        m_logitSliders[i]->setAccessibleName(tr("Logit of event %1").arg(state.events[i].label));
    }
    m_trueClass->blockSignals(false);
}

void ClassifierPanel::showControls() {
    const QSignalBlocker blockClass(m_trueClass), blockSmoothing(m_smoothing),
        blockTemperature(m_temperature);
    m_trueClass->setCurrentIndex(m_class);
    m_smoothing->setValue(int(std::lround(m_epsilon * 100)));
    m_temperature->setValue(positionOf(m_temperatureT));
    m_smoothingValue->setText(QString::number(m_epsilon, 'f', 2));
    m_temperatureValue->setText(QString::number(m_temperatureT, 'f', 2));
    for (int i = 0; i < m_logitSliders.size() && i < m_logits.size(); ++i) {
        const QSignalBlocker block(m_logitSliders[i]);
        m_logitSliders[i]->setValue(int(std::lround(m_logits[i] / kLogitRange * kLogitSteps)));
        m_logitValues[i]->setText(QString::number(m_logits[i], 'f', 2));
    }
    // The loss of the classifier as the panel describes it (what every control applies).
    const std::vector<double> logits(m_logits.begin(), m_logits.end());
    const auto q = entropy::families::softmax(logits, m_temperatureT);
    const auto p =
        entropy::families::smoothedOneHot(logits.size(), std::size_t(m_class), m_epsilon);
    const auto pDistribution = entropy::Distribution::fromWeights(p, "P");
    const auto qDistribution = entropy::Distribution::fromWeights(q, "Q");
    if (!pDistribution || !qDistribution) {
        return;
    }
    const auto base = m_document->state().base;
    const double loss = entropy::compare(pDistribution.value(), qDistribution.value(),
                                         {.base = base, .perEventTerms = false})
                            .value()
                            .crossEntropyPQ;
    const QString label = m_document->state().events.value(m_class).label;
    m_loss->setText(
        m_epsilon == 0.0
            ? tr("Loss H(P,Q) = \u2212log q(%1) = \u2212log %2 = %3")
                  .arg(label, QString::number(q[std::size_t(m_class)], 'g', 4),
                       Appearance::valueWithUnit(loss, base))
            : tr("Loss H(P,Q) = %1 (with smoothing \u03B5 = %2 the truth is no longer "
                 "one-hot)")
                  .arg(Appearance::valueWithUnit(loss, base), QString::number(m_epsilon, 'f', 2)));
}

QString ClassifierPanel::lossText() const {
    return m_loss->text();
}

void ClassifierPanel::setLogit(int event, double logit) {
    if (event >= 0 && event < m_logits.size()) {
        m_logits[event] = std::clamp(logit, -kLogitRange, kLogitRange);
        apply(0);
    }
}

void ClassifierPanel::setTemperature(double temperature) {
    m_temperatureT = std::clamp(temperature, 0.1, 5.0);
    apply(0);
}

void ClassifierPanel::setTrueClass(int event) {
    m_class = std::clamp(event, 0, std::max(0, int(m_logits.size()) - 1));
    apply(0);
}

void ClassifierPanel::setSmoothing(double epsilon) {
    m_epsilon = std::clamp(epsilon, 0.0, 0.5);
    apply(0);
}

void ClassifierPanel::apply(int mergeKey) {
    const std::vector<double> logits(m_logits.begin(), m_logits.end());
    const auto q = entropy::families::softmax(logits, m_temperatureT);
    const auto p =
        entropy::families::smoothedOneHot(logits.size(), std::size_t(m_class), m_epsilon);
    DocumentState next = m_document->state();
    next.mode = EditMode::Proportional;
    for (int i = 0; i < next.size() && std::size_t(i) < q.size(); ++i) {
        next.events[i].p = p[std::size_t(i)];
        next.events[i].q = q[std::size_t(i)];
    }
    m_applying = true;
    m_document->replace(next, tr("Classifier: softmax of logits"), mergeKey);
    m_applying = false;
    showControls();
}
