// SPDX-License-Identifier: MIT
#include "charts/perevent_charts.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/valuekeys.h"
#include "descriptions.h"
#include "document.h"
#include "quantityformat.h"

#include <QBarSet>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>

namespace {

QString unit(const Analysis &analysis) {
    return QuantityFormat::unitName(analysis.comparison().base);
}

QString label(const Analysis &analysis, int index) {
    return analysis.labels().value(index);
}

}  // namespace

GroupedBarChart::Values DistributionChart::values() const {
    const auto &events = analysis().eventTerms();
    return {events.p,
            events.q,
            tr("P (the truth)"),
            tr("Q (the model)"),
            tr("Distributions P and Q"),
            tr("probability"),
            false,
            {}};
}

void DistributionChart::setDocument(Document *document) {
    m_document = document;
    setMouseTracking(true);  // the cursor shows which bars can be dragged
}

double DistributionChart::shownValue(const Bar &bar) const {
    const auto &events = analysis().eventTerms();
    const auto &values = bar.side == Side::P ? events.p : events.q;
    return std::size_t(bar.event) < values.size() ? values[std::size_t(bar.event)] : 0.0;
}

void DistributionChart::keyPressEvent(QKeyEvent *event) {
    const auto selected = selectedBar();
    if (!m_document || !selected || showsLines() || !analysis().isValid()) {
        GroupedBarChart::keyPressEvent(event);  // Left and Right choose a bar
        return;
    }
    if (const auto step = valueStepForKey(event->key())) {
        stepSelected(*step);
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        askForSelectedValue();
    } else {
        GroupedBarChart::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DistributionChart::stepSelected(double step) {
    const Bar bar = *selectedBar();
    m_document->setProbability(bar.side, bar.event, std::clamp(shownValue(bar) + step, 0.0, 1.0));
}

void DistributionChart::askForSelectedValue() {
    bool ok = false;
    const Bar bar = *selectedBar();
    const double value = QInputDialog::getDouble(
        this, tr("Exact Value"),
        tr("%1 of event %2:").arg(sideName(bar.side), label(analysis(), bar.event)),
        shownValue(bar), 0.0, 1.0, 4, &ok);
    if (ok) {
        m_document->setProbability(bar.side, bar.event, value);
    }
}

void DistributionChart::mousePressEvent(QMouseEvent *event) {
    const auto bar = m_document && event->button() == Qt::LeftButton
                         ? barAt(event->position().toPoint())
                         : std::nullopt;
    if (!bar) {
        GroupedBarChart::mousePressEvent(event);
        return;
    }
    m_dragged = bar;
    m_dragId = Document::newDragId();
    dragTo(event->position().toPoint());
    event->accept();
}

void DistributionChart::mouseMoveEvent(QMouseEvent *event) {
    const QPoint position = event->position().toPoint();
    if (m_dragged) {
        dragTo(position);
        event->accept();
        return;
    }
    const bool draggable = m_document && barAt(position);
    if (draggable) {
        viewport()->setCursor(Qt::SizeVerCursor);
    } else {
        viewport()->unsetCursor();
    }
    GroupedBarChart::mouseMoveEvent(event);
}

void DistributionChart::mouseReleaseEvent(QMouseEvent *event) {
    if (!m_dragged) {
        GroupedBarChart::mouseReleaseEvent(event);
        return;
    }
    dragTo(event->position().toPoint());
    m_dragged.reset();
    QToolTip::hideText();
    event->accept();
}

void DistributionChart::dragTo(const QPoint &position) {
    const double probability = std::clamp(valueAt(position), 0.0, 1.0);
    m_document->setProbability(m_dragged->side, m_dragged->event, probability, m_dragId);
    // The value follows the pointer: what the document now holds, normalised as drawn.
    const DocumentState &state = m_document->state();
    const auto distribution = m_document->distribution(m_dragged->side);
    const double shown =
        distribution ? distribution.value()[std::size_t(m_dragged->event)] : probability;
    QToolTip::showText(mapToGlobal(position),
                       tr("%1(%2) = %3")
                           .arg(sideName(m_dragged->side), state.labels[m_dragged->event],
                                QuantityFormat::value(shown)),
                       this);
}

QString DistributionChart::tooltip(Side side, int index) const {
    const auto &events = analysis().eventTerms();
    const double value =
        side == Side::P ? events.p[std::size_t(index)] : events.q[std::size_t(index)];
    return tr("%1(%2) = %3")
        .arg(sideName(side), label(analysis(), index), QuantityFormat::value(value));
}

GroupedBarChart::Values SurprisalChart::values() const {
    const auto &events = analysis().eventTerms();
    return {events.surprisalP,
            events.surprisalQ,
            tr("-log p (under P)"),
            tr("-log q (under Q)"),
            tr("Information content per event"),
            tr("surprisal (%1)").arg(unit(analysis())),
            false,
            {}};
}

QString SurprisalChart::tooltip(Side side, int index) const {
    const auto &events = analysis().eventTerms();
    const auto i = std::size_t(index);
    const double value = side == Side::P ? events.surprisalP[i] : events.surprisalQ[i];
    QString text = tr("-log %1(%2) = %3")
                       .arg(sideName(side), label(analysis(), index),
                            QuantityFormat::valueWithUnit(value, analysis().comparison().base));
    if (std::isinf(value)) {
        text += "\n" + tr("Probability 0: an event that cannot happen would be infinitely "
                          "surprising. Edit \u25B8 Smooth %1 gives every event some probability.")
                           .arg(sideName(side));
    }
    return text;
}

GroupedBarChart::Values DivergenceChart::values() const {
    const auto &c = analysis().comparison();
    const QString u = unit(analysis());
    // The legend names the terms; their sums, which change on every move, go under the title
    // (a legend's new text would lay the chart out again).
    return {analysis().eventTerms().klPQ,
            analysis().eventTerms().klQP,
            tr("p log(p/q), D(P\u2016Q)'s terms"),
            tr("q log(q/p), D(Q\u2016P)'s terms"),
            tr("KL divergence terms per event"),
            tr("term per event (%1)").arg(u),
            true,
            tr("D(P\u2016Q) = %1").arg(QuantityFormat::value(c.klPQ)) + QStringLiteral("     ") +
                tr("D(Q\u2016P) = %1").arg(QuantityFormat::value(c.klQP))};
}

QString DivergenceChart::tooltip(Side side, int index) const {
    const auto &c = analysis().comparison();
    const auto i = std::size_t(index);
    const auto &events = analysis().eventTerms();
    const double value = side == Side::P ? events.klPQ[i] : events.klQP[i];
    QString text = side == Side::P ? tr("p log(p/q) at %1 = %2") : tr("q log(q/p) at %1 = %2");
    text = text.arg(label(analysis(), index), QuantityFormat::valueWithUnit(value, c.base));
    if (std::isinf(value)) {
        text += "\n" +
                (side == Side::P
                     ? tr("p > 0 where q = 0: Q calls impossible what P says happens. Edit \u25B8 "
                          "Smooth Q makes it finite.")
                     : tr("q > 0 where p = 0: P calls impossible what Q says happens. Edit \u25B8 "
                          "Smooth P makes it finite."));
    } else if (value < 0) {
        text += "\n" + tr("Negative: this event is less likely under the first distribution. The "
                          "sum over all events is never negative.");
    }
    return text;
}

QString DistributionChart::describe() const {
    const QString selection = selectionText();
    return (selection.isEmpty() || !m_document
                ? selection
                : selection + tr("Up and Down change it.") + QLatin1Char(' ')) +
           Descriptions::distributions(analysis());
}

QString SurprisalChart::describe() const {
    return selectionText() + Descriptions::surprisal(analysis());
}

QString DivergenceChart::describe() const {
    return selectionText() + Descriptions::divergenceTerms(analysis());
}
