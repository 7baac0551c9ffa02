// SPDX-License-Identifier: MIT
#include "views/fitview.h"

#include "analysis.h"
#include "charts/fitplot.h"
#include "charts/landscapeheatmap.h"
#include "document.h"
#include "layoutbarrier.h"
#include "quantityformat.h"

#include <entropy/families.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

FitView::FitView(Analysis *analysis, Document *document, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_useForward(new QPushButton(tr("Use Forward Fit as Q"), this))
    , m_useReverse(new QPushButton(tr("Use Reverse Fit as Q"), this))
    , m_humps(new QSlider(Qt::Horizontal, this))
    , m_humpsLabel(new QLabel(tr("Move P's humps apart:"), this))
    , m_plot(new FitPlot(analysis, document, this))
    , m_forwardMap(new LandscapeHeatmap(entropy::FitDirection::Forward, analysis, document, this))
    , m_reverseMap(new LandscapeHeatmap(entropy::FitDirection::Reverse, analysis, document, this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                       Qt::LinksAccessibleByKeyboard);
    m_summary->setAccessibleName(tr("The two fits"));
    connect(m_summary, &QLabel::linkActivated, this, [this] { emit smoothRequested(Side::P); });
    m_useForward->setToolTip(tr("Set Q to the bump that minimises D(P‖Q)"));
    m_useReverse->setToolTip(tr("Set Q to the bump that minimises D(Q‖P)"));
    connect(m_useForward, &QPushButton::clicked, this, [this] { useFit(true); });
    connect(m_useReverse, &QPushButton::clicked, this, [this] { useFit(false); });
    m_humps->setAccessibleName(tr("Distance between P's two humps, in events"));
    m_humps->setToolTip(tr("Makes P two humps this many events apart (width σ = %1), so you "
                           "can watch the fits as they separate")
                            .arg(kHumpWidth));
    m_humpsLabel->setBuddy(m_humps);
    connect(m_humps, &QSlider::sliderPressed, this,
            [this] { m_humpsDrag = Document::newDragId(); });
    connect(m_humps, &QSlider::sliderReleased, this, [this] { m_humpsDrag = 0; });
    connect(m_humps, &QSlider::valueChanged, this, &FitView::setHumps);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useForward);
    buttons->addWidget(m_useReverse);
    buttons->addSpacing(fontMetrics().height());
    buttons->addWidget(m_humpsLabel);
    buttons->addWidget(m_humps, 1);
    auto *maps = new QWidget(this);
    auto *mapsLayout = new QHBoxLayout(maps);
    mapsLayout->setContentsMargins(0, 0, 0, 0);
    mapsLayout->addWidget(m_forwardMap);
    mapsLayout->addWidget(m_reverseMap);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(maps);
    split->setSizes({500, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new LayoutBarrier(m_summary, this));
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
}

QString FitView::summaryText() const {
    return m_summary->text();
}

void FitView::refresh() {
    if (!analysis()->isValid()) {
        m_summary->setText(analysis()->error().toHtmlEscaped());
        return;
    }
    const Analysis::Fits &fits = analysis()->fits();
    const bool computed = !fits.tooManyEvents;
    const int events = analysis()->state().size();
    const bool humps = computed && events >= kMinHumpEvents;
    m_humps->setVisible(humps);
    m_humpsLabel->setVisible(humps);
    if (humps && m_humps->maximum() != events - 1) {
        const QSignalBlocker block(m_humps);
        m_humps->setRange(0, events - 1);
        m_humps->setPageStep(std::max(1, events / 10));
    }
    m_useForward->setEnabled(computed);
    m_useReverse->setEnabled(computed && !fits.reverse.infinite);
    m_plot->setVisible(computed);
    m_forwardMap->setVisible(computed);
    m_reverseMap->setVisible(computed);
    if (!computed) {
        m_summary->setText(tr("Fits are computed for up to %1 events; this document has %2.")
                               .arg(Analysis::kMaxFitEvents)
                               .arg(analysis()->p().size()));
        return;
    }
    const auto base = analysis()->comparison().base;
    const auto describe = [base](const entropy::FitMinimum &m) {
        return QuantityFormat::fitMinimum(m, base);
    };
    QString text = tr("<b>Forward fit</b>, argmin D(P‖Q): %1. It must cover every event P "
                      "draws: mode-covering.")
                       .arg(describe(fits.forward.minima.at(0)));
    text += QStringLiteral("<br>");
    if (fits.reverse.infinite) {
        text +=
            tr("<b>Reverse fit</b>, argmin D(Q‖P): ∞ for every bump, because P is 0 at some "
               "event and a bump never is. <a href=\"smooth-P\">Smooth P…</a>");
    } else {
        const int others = int(fits.reverse.minima.size()) - 1;
        text += tr("<b>Reverse fit</b>, argmin D(Q‖P): %1. It avoids events P rules out: "
                   "mode-seeking.")
                    .arg(describe(fits.reverse.minima.at(0)));
        if (others > 0) {
            text += QLatin1Char(' ') + tr("Other local minima, dashed: %1.").arg(others);
        }
    }
    m_summary->setText(text);
}

void FitView::setHumps(int separation) {
    const auto p = entropy::families::twoHumps(std::size_t(m_document->state().size()),
                                               double(separation), kHumpWidth);
    m_document->setDistribution(Side::P, QList<double>(p.begin(), p.end()),
                                tr("Make P two humps %1 events apart").arg(separation),
                                m_humpsDrag);
}

void FitView::useFit(bool forward) {
    const Analysis::Fits &fits = analysis()->fits();
    const entropy::Fit &fit = forward ? fits.forward : fits.reverse;
    if (fit.minima.empty()) {
        return;
    }
    m_document->setGaussian(
        Side::Q, fit.minima.front().theta,
        forward ? tr("Use the forward fit as Q") : tr("Use the reverse fit as Q"));
}
