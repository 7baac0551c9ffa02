// SPDX-License-Identifier: MIT
#include "sweepviews.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/curvecharts.h"

#include <entropy/compare.h>
#include <entropy/path_sweep.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

PathSweepView::PathSweepView(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_chart(new PathSweepChart(analysis, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_readout(new QLabel(this)) {
    m_slider->setRange(0, 100);
    m_slider->setValue(50);
    m_slider->setAccessibleName(tr("t, the position on the path from P to Q"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("t:"), this));
    controls->addWidget(m_slider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addLayout(controls);
    layout->addWidget(m_readout);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_chart->setT(value / 100.0);
        showValuesAtT();
    });
    connect(analysis, &Analysis::updated, this, [this] {
        if (isVisible()) {
            showValuesAtT();
        }
    });
    m_chart->setT(0.5);
}

QString PathSweepView::readout() const {
    return m_readout->text();
}

void PathSweepView::showValuesAtT() {
    if (!m_analysis->isValid()) {
        m_readout->setText(m_analysis->error());
        return;
    }
    const double t = m_slider->value() / 100.0;
    const auto qt = entropy::pathPoint(m_analysis->p(), m_analysis->q(), t);
    const auto base = m_analysis->comparison().base;
    const auto c =
        entropy::compare(m_analysis->p(), qt, {.base = base, .perEventTerms = false}).value();
    m_readout->setText(
        tr("t = %1:  D(P\u2016Q_t) = %2,  D(Q_t\u2016P) = %3,  JS = %4,  H(P,Q_t) = %5 (%6)")
            .arg(QString::number(t, 'f', 2), Appearance::value(c.klPQ), Appearance::value(c.klQP),
                 Appearance::value(c.jensenShannon), Appearance::value(c.crossEntropyPQ),
                 Appearance::unitName(base)));
}

BinaryView::BinaryView(Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_chart(new BinaryChart(analysis, this))
    , m_formula(new QLabel(this)) {
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_formula);
    connect(analysis, &Analysis::updated, this, &BinaryView::refresh);
    refresh();
}

QString BinaryView::formulaText() const {
    return m_formula->text();
}

void BinaryView::refresh() {
    const auto &c = m_analysis->comparison();
    if (!m_analysis->isValid() || c.n != 2) {
        m_formula->setText(tr("The two-event view needs exactly two events (there are %1). Try "
                              "the preset “A fair coin and a biased coin”, or remove "
                              "events.")
                               .arg(c.n));
        return;
    }
    const double p = c.events.p[0], q = c.events.q[0];
    const QString log = c.base == entropy::LogBase::Nats   ? QStringLiteral("ln")
                        : c.base == entropy::LogBase::Bits ? QStringLiteral("log\u2082")
                                                           : QStringLiteral("log\u2081\u2080");
    const auto n = [](double x) { return QString::number(x, 'g', 4); };
    m_formula->setText(tr("Binary cross-entropy: \u2212[p %1 q + (1\u2212p) %1(1\u2212q)] = "
                          "\u2212[%2 %1 %3 + %4 %1 %5] = %6")
                           .arg(log, n(p), n(q), n(1 - p), n(1 - q),
                                Appearance::valueWithUnit(c.crossEntropyPQ, c.base)));
}
