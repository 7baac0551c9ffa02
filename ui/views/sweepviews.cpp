// SPDX-License-Identifier: MIT
#include "views/sweepviews.h"

#include "analysis.h"
#include "charts/curvecharts.h"
#include "document.h"
#include "editors/eventcombobox.h"
#include "layoutbarrier.h"
#include "quantityformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kTSteps = 100;  // t in steps of 0.01

QString logName(entropy::LogBase base) {
    switch (base) {
        case entropy::LogBase::Nats:
            return QStringLiteral("ln");
        case entropy::LogBase::Hartleys:
            return QStringLiteral("log\u2081\u2080");
        case entropy::LogBase::Bits:
            break;
    }
    return QStringLiteral("log\u2082");
}
}  // namespace

PathSweepView::PathSweepView(Document *document, Analysis *analysis, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_document(document)
    , m_chart(new PathSweepChart(analysis, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_readout(new QLabel(this)) {
    m_slider->setRange(0, kTSteps);
    m_slider->setAccessibleName(tr("t, the position on the path from P to Q"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("t:"), this));
    controls->addWidget(m_slider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addLayout(controls);
    layout->addWidget(new LayoutBarrier(m_readout, this));
    connect(m_slider, &QSlider::sliderPressed, this,
            [this] { m_dragSerial = Document::newDragId(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_document->setPathT(double(value) / kTSteps, m_slider->isSliderDown() ? m_dragSerial : 0);
    });
}

QString PathSweepView::readout() const {
    return m_readout->text();
}

void PathSweepView::refresh() {
    const double t = analysis()->state().pathT;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(std::lround(t * kTSteps)));
    }
    if (!analysis()->isValid()) {
        m_readout->setText(analysis()->error());
        return;
    }
    const auto &c = analysis()->pathPoint();
    m_readout->setText(
        tr("t = %1:  D(P\u2016Q_t) = %2,  D(Q_t\u2016P) = %3,  JS = %4,  H(P,Q_t) = %5 (%6)")
            .arg(QString::number(t, 'f', 2), QuantityFormat::value(c.klPQ),
                 QuantityFormat::value(c.klQP), QuantityFormat::value(c.jensenShannon),
                 QuantityFormat::value(c.crossEntropyPQ), QuantityFormat::unitName(c.base)));
}

BinaryView::BinaryView(Document *document, Analysis *analysis, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_chart(new BinaryChart(analysis, this))
    , m_event(new EventComboBox(this))
    , m_eventLabel(new QLabel(tr("Event against the rest:"), this))
    , m_formula(new QLabel(this)) {
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventLabel->setBuddy(m_event);
    m_event->setAccessibleName(tr("Event set against the rest"));
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_eventLabel);
    chooser->addWidget(m_event);
    chooser->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_chart, 1);
    layout->addWidget(new LayoutBarrier(m_formula, this));
    connect(m_event, &QComboBox::currentIndexChanged, document, &Document::setBinaryEvent);
}

QString BinaryView::formulaText() const {
    return m_formula->text();
}

void BinaryView::refresh() {
    if (!analysis()->isValid()) {
        m_formula->setText(analysis()->error());
        return;
    }
    const Analysis::Binary &binary = analysis()->binary();
    const bool two = analysis()->comparison().n == 2;
    m_eventLabel->setVisible(!two);
    m_event->setVisible(!two);
    if (!two) {
        m_event->setEvents(analysis()->labels(), binary.event);  // cheap when labels are shared
    }
    const double p = binary.p, q = binary.q;
    const auto base = binary.comparison.base;
    const auto n = [](double x) { return QString::number(x, 'g', 4); };
    const QString intro =
        two ? QString()
            : tr("%1 against the rest: p = p(%1), q = q(%1).").arg(binary.label) + QLatin1Char(' ');
    m_formula->setText(
        intro + tr("Binary cross-entropy: \u2212[p %1 q + (1\u2212p) %1(1\u2212q)] = "
                   "\u2212[%2 %1 %3 + %4 %1 %5] = %6")
                    .arg(logName(base), n(p), n(q), n(1 - p), n(1 - q),
                         QuantityFormat::valueWithUnit(binary.comparison.crossEntropyPQ, base)));
}
