// SPDX-License-Identifier: MIT
#include "views/renyiview.h"

#include "analysis.h"
#include "charts/renyicurve.h"
#include "document.h"
#include "layoutbarrier.h"
#include "quantityformat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

RenyiView::RenyiView(Analysis *analysis, Document *document, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_document(document)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_infinity(new QCheckBox(tr("α = ∞"), this))
    , m_alpha(new QLabel(this))
    , m_values(new QLabel(this))
    , m_curve(new RenyiCurve(analysis, this)) {
    m_slider->setRange(0, int(kMaxRenyiAlpha) * kStepsPerUnit);
    m_slider->setPageStep(kStepsPerUnit / 2);
    m_slider->setAccessibleName(tr("Rényi order α"));
    m_infinity->setToolTip(tr("The order ∞: D = log max p/q, H = −log max p"));
    m_alpha->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("α = 0.00 ")));
    m_values->setTextFormat(Qt::RichText);
    m_values->setWordWrap(true);
    m_values->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values->setAccessibleName(tr("Rényi values at the chosen order"));
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragId = Document::newDragId(); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragId = 0; });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_document->setRenyiAlpha(double(value) / kStepsPerUnit, m_dragId);
    });
    connect(m_infinity, &QCheckBox::toggled, this, [this](bool infinite) {
        m_document->setRenyiAlpha(infinite ? INFINITY : double(m_slider->value()) / kStepsPerUnit);
    });
    auto *controls = new QHBoxLayout;
    auto *label = new QLabel(tr("Order α:"), this);
    label->setBuddy(m_slider);
    controls->addWidget(label);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_alpha);
    controls->addWidget(m_infinity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(new LayoutBarrier(m_values, this));
    layout->addWidget(m_curve, 1);
}

QString RenyiView::valuesText() const {
    return m_values->text();
}

void RenyiView::refresh() {
    const double alpha = analysis()->state().renyiAlpha;
    const bool infinite = std::isinf(alpha);
    {
        const QSignalBlocker blockSlider(m_slider), blockBox(m_infinity);
        m_infinity->setChecked(infinite);
        if (!infinite) {
            m_slider->setValue(int(std::lround(alpha * kStepsPerUnit)));
        }
        m_slider->setEnabled(!infinite);
    }
    m_alpha->setText(infinite ? tr("α = ∞") : QStringLiteral("α = %1").arg(alpha, 0, 'f', 2));
    if (!analysis()->isValid()) {
        m_values->setText(analysis()->error().toHtmlEscaped());
        return;
    }
    const entropy::RenyiValues &v = analysis()->renyi().atAlpha;
    const auto base = analysis()->comparison().base;
    const auto shown = [base](double x) { return QuantityFormat::valueWithUnit(x, base); };
    QString text = tr("D<sub>α</sub>(P‖Q) = %1 &nbsp;&nbsp; D<sub>α</sub>(Q‖P) = %2 &nbsp;&nbsp; "
                      "H<sub>α</sub>(P) = %3 &nbsp;&nbsp; H<sub>α</sub>(Q) = %4")
                       .arg(shown(v.divergencePQ), shown(v.divergenceQP), shown(v.entropyP),
                            shown(v.entropyQ));
    text += QStringLiteral("<br><i>") +
            tr("Order 1 is KL divergence and Shannon entropy; order 0 is −log Q(where P is not "
               "0); ∞ is log max p/q. D<sub>α</sub> grows with α; above 1, any q = 0 &lt; p "
               "makes it ∞.") +
            QStringLiteral("</i>");
    m_values->setText(text);
}
