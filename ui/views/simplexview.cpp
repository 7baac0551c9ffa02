// SPDX-License-Identifier: MIT
#include "views/simplexview.h"

#include "analysis.h"
#include "charts/simplexplot.h"
#include "document.h"
#include "layoutbarrier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

using entropy::PointMeasure;

struct Choice {
    Side reference;
    PointMeasure measure;
};

constexpr Choice kChoices[] = {
    {Side::P, PointMeasure::KLFromReference}, {Side::P, PointMeasure::KLToReference},
    {Side::Q, PointMeasure::KLFromReference}, {Side::Q, PointMeasure::KLToReference},
    {Side::P, PointMeasure::JensenShannon},   {Side::P, PointMeasure::CrossEntropy},
    {Side::Q, PointMeasure::JensenShannon},   {Side::Q, PointMeasure::CrossEntropy},
};

// "D(P‖X)", "JS(Q, X)", ...: X is the point of the simplex.
QString measureName(const Choice &choice) {
    const QString r = sideName(choice.reference);
    switch (choice.measure) {
        case PointMeasure::KLFromReference:
            return QStringLiteral("D(%1‖X)").arg(r);
        case PointMeasure::KLToReference:
            return QStringLiteral("D(X‖%1)").arg(r);
        case PointMeasure::JensenShannon:
            return QStringLiteral("JS(%1, X)").arg(r);
        case PointMeasure::CrossEntropy:
            break;
    }
    return QStringLiteral("H(%1, X)").arg(r);
}

}  // namespace

SimplexView::SimplexView(Analysis *analysis, Document *document, QWidget *parent)
    : AnalysisView(analysis, parent)
    , m_document(document)
    , m_measure(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_plot(new SimplexPlot(analysis, document, this)) {
    for (const Choice &choice : kChoices) {
        m_measure->addItem(measureName(choice));
    }
    m_measure->setAccessibleName(tr("Contours of"));
    connect(m_measure, &QComboBox::activated, this, [this](int index) {
        m_document->setSimplexContours({kChoices[index].reference, kChoices[index].measure});
    });
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Colour and contours:"), this);
    label->setBuddy(m_measure);
    top->addWidget(label);
    top->addWidget(m_measure);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new LayoutBarrier(m_caption, this));
    layout->addWidget(m_plot, 1);
}

QString SimplexView::captionText() const {
    return m_caption->text();
}

void SimplexView::refresh() {
    const SimplexContours &contours = analysis()->state().contours;
    for (int i = 0; i < m_measure->count(); ++i) {
        if (kChoices[i].reference == contours.reference &&
            kChoices[i].measure == contours.measure) {
            m_measure->setCurrentIndex(i);
        }
    }
    if (!analysis()->isValid()) {
        m_caption->setText(analysis()->error().toHtmlEscaped());
        return;
    }
    QString text = tr("Every distribution over three events is a point of the triangle; a "
                      "corner is an event with probability 1. The colour is %1 for each point X. "
                      "<b>Solid</b>: the mixture path (1−t)P + tQ. <b>Dashed</b>: the geometric "
                      "path ∝ P<sup>1−t</sup>Q<sup>t</sup>. Hatched or marked ∞: infinite there.")
                       .arg(measureName({contours.reference, contours.measure}));
    if (analysis()->simplex().merged) {
        text += QStringLiteral("<br><i>") +
                tr("With %1 events, the corners are the first event, the second, and the rest "
                   "merged; dragging P or Q keeps the rest in proportion.")
                    .arg(analysis()->state().size()) +
                QStringLiteral("</i>");
    }
    m_caption->setText(text);
}
