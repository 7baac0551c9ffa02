// SPDX-License-Identifier: MIT
#include "charts/perevent_charts.h"

#include "analysis.h"
#include "appearance.h"
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

QList<qreal> toList(const std::vector<double> &values) {
    return QList<qreal>(values.begin(), values.end());
}

QString unit(const Analysis &analysis) {
    return QuantityFormat::unitName(analysis.comparison().base);
}

QString label(const Analysis &analysis, int index) {
    return analysis.labels().value(index);
}

}  // namespace

GroupedBarChart::Values DistributionChart::values() const {
    const auto &events = analysis().comparison().events;
    return {toList(events.p),
            toList(events.q),
            tr("P (the truth)"),
            tr("Q (the model)"),
            tr("Distributions P and Q"),
            tr("probability")};
}

void DistributionChart::setDocument(Document *document) {
    m_document = document;
    setMouseTracking(true);  // the cursor shows which bars can be dragged
    setFocusPolicy(Qt::StrongFocus);
    setP()->setSelectedColor(Appearance::colorP().darker(160));
    setQ()->setSelectedColor(Appearance::colorQ().darker(160));
}

double DistributionChart::shownValue(const Bar &bar) const {
    const auto &events = analysis().comparison().events;
    const auto &values = bar.side == Side::P ? events.p : events.q;
    return std::size_t(bar.event) < values.size() ? values[std::size_t(bar.event)] : 0.0;
}

void DistributionChart::select(std::optional<Bar> bar) {
    setP()->deselectAllBars();
    setQ()->deselectAllBars();
    m_selected = bar;
    if (!bar || showsLines()) {
        return;
    }
    (bar->side == Side::P ? setP() : setQ())->selectBar(bar->event);
    updateDescription();  // says which bar the keys now edit
}

void DistributionChart::updateSeries() {
    GroupedBarChart::updateSeries();
    if (m_selected && hasFocus()) {
        const int events = analysis().isValid() ? analysis().state().size() : 0;
        select(m_selected->event < events ? m_selected : std::nullopt);  // the value now
    }
}

void DistributionChart::focusInEvent(QFocusEvent *event) {
    GroupedBarChart::focusInEvent(event);
    // A frame in the theme's highlight colour says where the keys go, in every theme.
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(2);
    QPalette framed = palette();
    framed.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    setPalette(framed);
    if (!m_selected && m_document && analysis().isValid()) {
        select(Bar{Side::P, 0});
    }
}

void DistributionChart::focusOutEvent(QFocusEvent *event) {
    GroupedBarChart::focusOutEvent(event);
    setFrameStyle(QFrame::NoFrame);
    setP()->deselectAllBars();
    setQ()->deselectAllBars();
}

void DistributionChart::keyPressEvent(QKeyEvent *event) {
    if (!m_document || !m_selected || showsLines() || !analysis().isValid()) {
        GroupedBarChart::keyPressEvent(event);
        return;
    }
    // Left and Right walk the bars in reading order: A's P, A's Q, B's P, ...
    const int count = 2 * analysis().state().size();
    const int position = 2 * m_selected->event + sideIndex(m_selected->side);
    const auto barAtPosition = [](int k) { return Bar{k % 2 == 0 ? Side::P : Side::Q, k / 2}; };
    switch (event->key()) {
        case Qt::Key_Left:
            select(barAtPosition(std::max(position - 1, 0)));
            break;
        case Qt::Key_Right:
            select(barAtPosition(std::min(position + 1, count - 1)));
            break;
        case Qt::Key_Up:
            stepSelected(0.01);
            break;
        case Qt::Key_Down:
            stepSelected(-0.01);
            break;
        case Qt::Key_PageUp:
            stepSelected(0.1);
            break;
        case Qt::Key_PageDown:
            stepSelected(-0.1);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            askForSelectedValue();
            break;
        default:
            GroupedBarChart::keyPressEvent(event);
            return;
    }
    event->accept();
}

void DistributionChart::stepSelected(double step) {
    const double value = std::clamp(shownValue(*m_selected) + step, 0.0, 1.0);
    m_document->setProbability(m_selected->side, m_selected->event, value);
}

void DistributionChart::askForSelectedValue() {
    bool ok = false;
    const Bar bar = *m_selected;
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
                           .arg(sideName(m_dragged->side), state.events[m_dragged->event].label,
                                QuantityFormat::value(shown)),
                       this);
}

QString DistributionChart::tooltip(Side side, int index) const {
    const auto &events = analysis().comparison().events;
    const double value =
        side == Side::P ? events.p[std::size_t(index)] : events.q[std::size_t(index)];
    return tr("%1(%2) = %3")
        .arg(sideName(side), label(analysis(), index), QuantityFormat::value(value));
}

GroupedBarChart::Values SurprisalChart::values() const {
    const auto &events = analysis().comparison().events;
    return {toList(events.surprisalP),
            toList(events.surprisalQ),
            tr("-log p (under P)"),
            tr("-log q (under Q)"),
            tr("Information content per event"),
            tr("surprisal (%1)").arg(unit(analysis()))};
}

QString SurprisalChart::tooltip(Side side, int index) const {
    const auto &events = analysis().comparison().events;
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
    return {toList(c.events.klPQ),
            toList(c.events.klQP),
            tr("D(P\u2016Q) = %1").arg(QuantityFormat::value(c.klPQ)),
            tr("D(Q\u2016P) = %1").arg(QuantityFormat::value(c.klQP)),
            tr("KL divergence terms per event"),
            tr("p log(p/q) and q log(q/p) (%1)").arg(u),
            true};
}

QString DivergenceChart::tooltip(Side side, int index) const {
    const auto &c = analysis().comparison();
    const auto i = std::size_t(index);
    const double value = side == Side::P ? c.events.klPQ[i] : c.events.klQP[i];
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
    QString text = Descriptions::distributions(analysis());
    if (m_selected && hasFocus() && !showsLines()) {
        const Bar &bar = *m_selected;
        text.prepend(tr("Selected: %1(%2) = %3. Up and Down change it. ")
                         .arg(sideName(bar.side), label(analysis(), bar.event),
                              QuantityFormat::value(shownValue(bar))));
    }
    return text;
}

QString SurprisalChart::describe() const {
    return Descriptions::surprisal(analysis());
}

QString DivergenceChart::describe() const {
    return Descriptions::divergenceTerms(analysis());
}
