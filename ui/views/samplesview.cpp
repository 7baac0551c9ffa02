// SPDX-License-Identifier: MIT
#include "views/samplesview.h"

#include "analysis.h"
#include "charts/samplecharts.h"
#include "document.h"
#include "flowlayout.h"
#include "layoutbarrier.h"
#include "quantityformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {
constexpr int kFrameMs = 16;
constexpr std::size_t kLeastStep = 300;  // draws revealed per frame at first

QSpinBox *spinBox(int low, int high, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);  // one edit when typing is done, not one per digit
    return box;
}
}  // namespace

SamplesView::SamplesView(Document *document, Analysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_source(new QComboBox(this))
    , m_n(spinBox(1, int(entropy::kMaxDraws), this))
    , m_seed(spinBox(0, std::numeric_limits<int>::max(), this))
    , m_paths(spinBox(1, SampleSettings::kMaxPaths, this))
    , m_draw(new QPushButton(tr("Draw"), this))
    , m_animate(new QPushButton(tr("Animate"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_means(new SampleTraceChart(SampleTraceChart::Kind::Means, analysis, this))
    , m_evidence(new SampleTraceChart(SampleTraceChart::Kind::Evidence, analysis, this))
    , m_histogram(new SampleHistogramChart(analysis, this))
    , m_readout(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_shown(entropy::kMaxDraws) {
    m_source->addItems({tr("P, the truth"), tr("Q, the model")});
    m_source->setAccessibleName(tr("Draw from"));
    m_n->setAccessibleName(tr("Number of draws"));
    m_seed->setAccessibleName(tr("Seed"));
    m_paths->setAccessibleName(tr("Number of paths"));
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One row of controls, wrapping in a narrow window (beside the lesson dock at 1366 x 768)
    // rather than widening the tab; each label stays with its field, the buttons together.
    auto *controls = new QWidget(this);
    auto *flow = new FlowLayout(controls);
    flow->setContentsMargins({});
    const auto group = [&](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(controls);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins({});
        for (QWidget *widget : widgets) {
            row->addWidget(widget);
        }
        flow->addWidget(box);
    };
    const auto labelled = [&](const QString &label, QWidget *field) {
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        group({name, field});
    };
    labelled(tr("Draw from:"), m_source);
    labelled(tr("n:"), m_n);
    labelled(tr("Seed:"), m_seed);
    labelled(tr("Paths:"), m_paths);
    group({m_draw, m_animate, m_reset});
    auto *traces = new QSplitter(Qt::Vertical, this);
    traces->addWidget(m_means);
    traces->addWidget(m_evidence);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(traces);
    charts->addWidget(m_histogram);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(charts, 1);
    layout->addWidget(new LayoutBarrier(m_readout, this));

    connect(m_source, &QComboBox::currentIndexChanged, this, &SamplesView::sendSettings);
    for (QSpinBox *box : {m_n, m_seed, m_paths}) {
        connect(box, &QSpinBox::valueChanged, this, &SamplesView::sendSettings);
    }
    connect(m_draw, &QPushButton::clicked, this, &SamplesView::draw);
    connect(m_animate, &QPushButton::clicked, this, &SamplesView::animate);
    connect(m_reset, &QPushButton::clicked, this, &SamplesView::reset);
    connect(m_timer, &QTimer::timeout, this, &SamplesView::step);
    // The charts redraw themselves on each update (ChartBase); the view keeps only its own text.
    connect(analysis, &Analysis::updated, this, [this] {
        showSettings();
        if (isVisible()) {
            showReadout();
        }
    });
    showSettings();
}

void SamplesView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    showReadout();  // samples are drawn only while this view is looked at
}

QString SamplesView::readout() const {
    return m_readout->text();
}

bool SamplesView::animating() const {
    return m_timer->isActive();
}

void SamplesView::showSettings() {
    const SampleSettings &s = m_analysis->state().samples;
    const QSignalBlocker a(m_source), b(m_n), c(m_seed), d(m_paths);
    m_source->setCurrentIndex(sideIndex(s.source));
    m_n->setValue(s.n);
    m_seed->setValue(int(std::min<qint64>(s.seed, std::numeric_limits<int>::max())));
    m_paths->setValue(s.paths);
}

void SamplesView::sendSettings() {
    m_document->setSampleSettings({m_source->currentIndex() == 0 ? Side::P : Side::Q, m_n->value(),
                                   m_seed->value(), m_paths->value()});
}

void SamplesView::draw() {
    m_timer->stop();
    showDraws(entropy::kMaxDraws);
}

void SamplesView::animate() {
    showDraws(0);
    m_timer->start(kFrameMs);
}

void SamplesView::reset() {
    m_timer->stop();
    showDraws(0);
}

void SamplesView::step() {
    const std::size_t n = std::size_t(m_analysis->state().samples.n);
    // A few hundred draws a frame at first, then a growing share: even on the log axis.
    const std::size_t next = m_shown + std::max(kLeastStep, m_shown / 40);
    showDraws(std::min(next, n));
    if (m_shown >= n) {
        m_timer->stop();
    }
}

void SamplesView::showDraws(std::size_t shown) {
    m_shown = shown;
    for (SampleTraceChart *chart : {m_means, m_evidence}) {
        chart->setShownDraws(shown);
        chart->refresh();
    }
    m_histogram->setShownDraws(shown);
    m_histogram->refresh();
    showReadout();
}

void SamplesView::showReadout() {
    const auto &runs = m_analysis->samples();
    if (!m_analysis->isValid() || runs.empty()) {
        m_readout->setText(m_analysis->error());
        return;
    }
    const entropy::SampleRun &run = runs.front();
    const auto bits = &QuantityFormat::bits;
    const QString draws = QLocale().toString(qulonglong(run.n));
    const QString empirical = QuantityFormat::valueWithUnit(run.empiricalKL, run.base);
    // The expected costs are those under P: shown when drawing from P.
    QString text =
        run.from == entropy::SampleSource::P
            ? tr("%1 draws from P: P's code spent %2 per symbol (expected %3), Q's code %4 "
                 "(expected %5). D(empirical \u2016 P) = %6.")
                  .arg(draws, bits(run.bitsPCode), bits(run.expectedBitsPCode), bits(run.bitsQCode),
                       bits(run.expectedBitsQCode), empirical)
            : tr("%1 draws from Q: P's code spent %2 per symbol, Q's code %3. "
                 "D(empirical \u2016 Q) = %4.")
                  .arg(draws, bits(run.bitsPCode), bits(run.bitsQCode), empirical);
    if (run.firstInfiniteQ > 0) {
        text += QLatin1Char(' ') +
                tr("Draw %1 is an event Q calls impossible: from there \u2212log q is \u221E.")
                    .arg(run.firstInfiniteQ);
    }
    m_readout->setText(m_shown == 0 ? tr("Press Draw or Animate.") : text);
}
