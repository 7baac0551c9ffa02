// SPDX-License-Identifier: MIT
#include "charts/fitplot.h"

#include "analysis.h"
#include "appearance.h"
#include "charts/stablerange.h"
#include "charts/valuekeys.h"
#include "descriptions.h"
#include "document.h"
#include "quantityformat.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

QPainterPath polyline(const std::vector<double> &values,
                      const std::function<QPointF(int, double)> &at) {
    QPainterPath path;
    for (int i = 0; i < int(values.size()); ++i) {
        i == 0 ? path.moveTo(at(i, values[std::size_t(i)]))
               : path.lineTo(at(i, values[std::size_t(i)]));
    }
    return path;
}

}  // namespace

FitPlot::FitPlot(Analysis *analysis, Document *document, QWidget *parent)
    : PaintedPlot(analysis, parent), m_document(document) {
    setAccessibleName(tr("P with the forward and reverse fits"));
    setCursor(Qt::SizeVerCursor);
    setToolTip(tr("Drag a bar to change P"));
    setFocusPolicy(Qt::StrongFocus);
}

FitPlot::Frame FitPlot::frameFor(const QRectF &target, const QFontMetricsF &metrics) const {
    const Analysis::Fits &fits = analysis()->fits();
    const auto &p = analysis()->p();
    const auto &q = analysis()->q();
    double top = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        top = std::max({top, p[i], q[i]});
    }
    for (const double x : fits.forwardBump) {
        top = std::max(top, x);
    }
    for (const auto &bump : fits.reverseBumps) {
        top = std::max(top, *std::max_element(bump.begin(), bump.end()));
    }
    const double line = metrics.height();
    const QRectF plot =
        target.adjusted(metrics.horizontalAdvance("0.000") + line, line * 3.0, -line, -line * 1.8);
    // While a bar is dragged the scale holds still, so the bar stays under the pointer.
    return {plot,
            m_dragEvent >= 0 ? m_dragTop : StableRange::niceCeiling(std::max(top * 1.02, 1e-6)),
            int(p.size())};
}

void FitPlot::paintOn(QPainter &painter, const QRectF &target) const {
    const Analysis::Fits &fits = analysis()->fits();
    const QFontMetricsF metrics(painter.font());
    const Frame frame = frameFor(target, metrics);
    const auto &p = analysis()->p();
    const auto &q = analysis()->q();
    const double slot = frame.plot.width() / frame.events;
    const auto at = [&](int i, double value) {
        return QPointF(frame.plot.left() + (i + 0.5) * slot,
                       frame.plot.bottom() - value / frame.top * frame.plot.height());
    };
    painter.save();
    const QColor text = textColor();
    painter.setPen(text);
    painter.drawLine(frame.plot.bottomLeft(), frame.plot.bottomRight());
    painter.drawLine(frame.plot.bottomLeft(), frame.plot.topLeft());
    const double step = StableRange::niceStep(frame.top, 4);
    for (double tick = 0.0; tick <= frame.top; tick += step) {
        const QPointF y(frame.plot.left(), at(0, tick).y());  // on the axis
        painter.drawLine(y, y - QPointF(3, 0));
        painter.drawText(QRectF(target.left(), y.y() - metrics.height() / 2,
                                frame.plot.left() - target.left() - 5, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(tick, 'g', 3));
    }
    // Event labels, as many as fit.
    const int every = std::max(1, int(std::ceil(metrics.horizontalAdvance("0000") / slot)));
    for (int i = 0; i < frame.events; i += every) {
        painter.drawText(QRectF(at(i, 0).x() - slot * every / 2, frame.plot.bottom() + 2,
                                slot * every, metrics.height()),
                         Qt::AlignCenter, analysis()->labels().value(i));
    }
    QColor fillP = Appearance::colorP();
    fillP.setAlpha(120);
    QPainterPath outlineQ;
    for (int i = 0; i < frame.events; ++i) {
        const double left = frame.plot.left() + i * slot;
        painter.fillRect(QRectF(QPointF(left + slot * 0.1, at(i, p[std::size_t(i)]).y()),
                                QPointF(left + slot * 0.9, frame.plot.bottom())),
                         fillP);
        const double yQ = at(i, q[std::size_t(i)]).y();
        i == 0 ? outlineQ.moveTo(left, yQ) : outlineQ.lineTo(left, yQ);
        outlineQ.lineTo(left + slot, yQ);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Appearance::colorQ(), 1.2));
    painter.drawPath(outlineQ);
    if (!fits.reverseBumps.empty()) {
        QColor faint = Appearance::colorDivergence();
        faint.setAlpha(150);
        painter.setPen(QPen(faint, 1.5, Qt::DashLine));
        for (std::size_t k = 1; k < fits.reverseBumps.size(); ++k) {
            painter.drawPath(polyline(fits.reverseBumps[k], at));
        }
        painter.setPen(QPen(Appearance::colorDivergence(), 3));
        painter.drawPath(polyline(fits.reverseBumps.front(), at));
    }
    if (!fits.forwardBump.empty()) {
        painter.setPen(QPen(Appearance::colorJensenShannon(), 3));
        painter.drawPath(polyline(fits.forwardBump, at));
    }
    if (hasFocus() && m_chosen < frame.events) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(frame.plot.left() + m_chosen * slot, frame.plot.top(), slot,
                                frame.plot.height()));
    }
    paintLegend(painter, target, metrics.height());
    painter.restore();
}

void FitPlot::paintLegend(QPainter &painter, const QRectF &target, double lineHeight) const {
    struct Entry {
        QColor color;
        Qt::PenStyle style;
        QString text;
    };
    QColor fillP = Appearance::colorP();
    fillP.setAlpha(120);
    const Entry entries[] = {
        {fillP, Qt::SolidLine, tr("P")},
        {Appearance::colorQ(), Qt::SolidLine, tr("Q")},
        {Appearance::colorJensenShannon(), Qt::SolidLine, tr("forward fit, argmin D(P‖Q)")},
        {Appearance::colorDivergence(), Qt::SolidLine, tr("reverse fit, argmin D(Q‖P)")},
        {Appearance::colorDivergence(), Qt::DashLine, tr("other local minima of D(Q‖P)")},
    };
    const QFontMetricsF metrics(painter.font());
    double x = target.left() + lineHeight;
    double y = target.top() + lineHeight * 0.4;
    for (const Entry &entry : entries) {
        const double width = lineHeight * 2 + metrics.horizontalAdvance(entry.text) + lineHeight;
        if (x + width > target.right()) {
            x = target.left() + lineHeight;
            y += lineHeight * 1.2;
        }
        painter.setPen(QPen(entry.color, 3, entry.style));
        painter.drawLine(QPointF(x, y + lineHeight / 2),
                         QPointF(x + lineHeight * 1.6, y + lineHeight / 2));
        painter.setPen(textColor());
        painter.drawText(QRectF(x + lineHeight * 2, y, width, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += width;
    }
}

void FitPlot::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !analysis()->isValid()) {
        return;
    }
    const Frame frame = frameFor(rect(), QFontMetricsF(font()));
    const double x = event->position().x() - frame.plot.left();
    if (x < 0 || x >= frame.plot.width()) {
        return;
    }
    m_dragEvent = int(x / frame.plot.width() * frame.events);
    m_dragTop = frame.top;
    m_dragId = Document::newDragId();
    dragTo(event->position());
}

void FitPlot::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragEvent >= 0) {
        dragTo(event->position());
    }
}

void FitPlot::mouseReleaseEvent(QMouseEvent *) {
    m_dragEvent = -1;
    update();
}

void FitPlot::dragTo(const QPointF &position) {
    const Frame frame = frameFor(rect(), QFontMetricsF(font()));
    const double value = (frame.plot.bottom() - position.y()) / frame.plot.height() * frame.top;
    m_document->setProbability(Side::P, m_dragEvent, std::clamp(value, 0.0, 1.0), m_dragId);
}

QString FitPlot::describe() const {
    QString text = Descriptions::fits(*analysis());
    if (hasFocus() && std::size_t(m_chosen) < analysis()->p().size()) {
        text.prepend(tr("Selected: P(%1) = %2. Up and Down change it.")
                         .arg(analysis()->labels().value(m_chosen),
                              QuantityFormat::value(analysis()->p()[std::size_t(m_chosen)])) +
                     QLatin1Char(' '));
    }
    return text;
}

void FitPlot::focusInEvent(QFocusEvent *event) {
    PaintedPlot::focusInEvent(event);
    update();
}

void FitPlot::focusOutEvent(QFocusEvent *event) {
    PaintedPlot::focusOutEvent(event);
    update();
}

void FitPlot::keyPressEvent(QKeyEvent *event) {
    const int last = std::max((analysis()->isValid() ? int(analysis()->p().size()) : 0) - 1, 0);
    m_chosen = std::min(m_chosen, last);
    if (event->key() == Qt::Key_Left) {
        m_chosen = std::max(m_chosen - 1, 0);
    } else if (event->key() == Qt::Key_Right) {
        m_chosen = std::min(m_chosen + 1, last);
    } else if (const auto step = valueStepForKey(event->key())) {
        stepChosen(*step);
    } else {
        PaintedPlot::keyPressEvent(event);
        return;
    }
    update();
    updateDescription();
    event->accept();
}

void FitPlot::stepChosen(double step) {
    if (analysis()->isValid() && std::size_t(m_chosen) < analysis()->p().size()) {
        const double p = analysis()->p()[std::size_t(m_chosen)];
        m_document->setProbability(Side::P, m_chosen, std::clamp(p + step, 0.0, 1.0));
    }
}
