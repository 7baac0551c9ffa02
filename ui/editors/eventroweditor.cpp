// SPDX-License-Identifier: MIT
#include "editors/eventroweditor.h"

#include "appearance.h"
#include "document.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

EventRowEditor::EventRowEditor(Document *document, int event, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_event(event)
    , m_label(new QLineEdit(this))
    , m_remove(new QToolButton(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 1, 0, 1);
    layout->setSpacing(4);
    m_label->setFixedWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 10);
    m_label->setMaxLength(24);
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        if (!m_document->setLabel(m_event, m_label->text())) {
            showState(m_document->state());  // an empty label is refused: show the old one
        }
    });
    layout->addWidget(m_label);
    buildSide(Side::P);
    layout->addSpacing(6);
    buildSide(Side::Q);
    m_remove->setText(QStringLiteral("\u2715"));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, [this] { m_document->removeEvent(m_event); });
    layout->addWidget(m_remove);
    // Remove was made first, so Tab would reach it before the sliders, and its arrow keys would
    // walk between the remove buttons of other rows: neither is what a keyboard user expects.
    m_remove->installEventFilter(this);
    QWidget *previous = m_label;
    for (const Side side : {Side::P, Side::Q}) {
        const SideControls &controls = m_sides[sideIndex(side)];
        for (QWidget *next :
             {static_cast<QWidget *>(controls.slider), static_cast<QWidget *>(controls.spin),
              static_cast<QWidget *>(controls.lock)}) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_remove);
    showState(document->state());
}

bool EventRowEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_remove && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Up:
            case Qt::Key_Down:
                return true;  // a button has nothing to step through
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventRowEditor::buildSide(Side side) {
    const QColor color = side == Side::P ? Appearance::colorP() : Appearance::colorQ();
    SideControls &controls = m_sides[sideIndex(side)];
    controls.slider = new QSlider(Qt::Horizontal, this);
    controls.slider->setRange(0, kSliderSteps);
    controls.slider->setSingleStep(kSliderSteps / 100);
    controls.slider->setPageStep(kSliderSteps / 10);
    controls.slider->setMinimumWidth(60);
    // The filled part of the groove takes the distribution's colour. A palette, not a style
    // sheet: style-sheet sliders cost a third of the window's repaint at 64 events.
    QPalette palette = controls.slider->palette();
    palette.setColor(QPalette::Highlight, color);
    controls.slider->setPalette(palette);
    controls.spin = new QDoubleSpinBox(this);
    controls.spin->setRange(0.0, 1.0);
    controls.spin->setDecimals(4);
    controls.spin->setSingleStep(0.01);
    controls.spin->setKeyboardTracking(false);
    controls.spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    controls.spin->setAlignment(Qt::AlignRight);
    controls.spin->setFixedWidth(
        controls.spin->fontMetrics().horizontalAdvance(QStringLiteral("0.00000")) + 14);
    controls.lock = new QCheckBox(this);

    connect(controls.slider, &QSlider::sliderPressed, this,
            [this] { m_dragId = Document::newDragId(); });
    connect(controls.slider, &QSlider::sliderReleased, this, [this] { m_dragId = 0; });
    connect(controls.slider, &QSlider::valueChanged, this,
            [this, side](int position) { onSliderMoved(side, position); });
    connect(controls.spin, &QDoubleSpinBox::valueChanged, this, [this, side](double value) {
        if (!m_document->setValue(side, m_event, value)) {
            showState(m_document->state());
        }
    });
    connect(controls.lock, &QCheckBox::toggled, this,
            [this, side](bool locked) { m_document->setLocked(side, m_event, locked); });

    auto *row = static_cast<QHBoxLayout *>(layout());
    row->addWidget(controls.slider, 1);
    row->addWidget(controls.spin);
    row->addWidget(controls.lock);
}

void EventRowEditor::onSliderMoved(Side side, int position) {
    const double value = double(position) / kSliderSteps;
    const bool dragging = slider(side)->isSliderDown();
    if (!m_document->setValue(side, m_event, value, dragging ? m_dragId : 0)) {
        // The edit cannot happen (every other event locked, or no mass left): stay put.
        showState(m_document->state());
    }
}

void EventRowEditor::nameControls(const QString &label) {
    m_label->setAccessibleName(tr("Label of event %1").arg(label));
    m_remove->setAccessibleName(tr("Remove event %1").arg(label));
    m_remove->setToolTip(m_remove->accessibleName());
    for (const Side side : {Side::P, Side::Q}) {
        const SideControls &controls = m_sides[sideIndex(side)];
        controls.slider->setAccessibleName(tr("%1 of event %2").arg(sideName(side), label));
        controls.spin->setAccessibleName(tr("Exact %1 of event %2").arg(sideName(side), label));
        controls.lock->setAccessibleName(tr("Lock %1 of event %2").arg(sideName(side), label));
        controls.lock->setToolTip(tr("Lock %1 of event %2: other edits of %1 leave it as it is")
                                      .arg(sideName(side), label));
    }
}

void EventRowEditor::showState(const DocumentState &state) {
    if (m_event >= state.size()) {
        return;
    }
    const EventValues &row = state.events[m_event];
    const QString &label = state.labels[m_event];
    if (m_label->text() != label && !m_label->hasFocus()) {
        m_label->setText(label);
        nameControls(label);
    }
    for (const Side side : {Side::P, Side::Q}) {
        const SideControls &controls = m_sides[sideIndex(side)];
        const QSignalBlocker blockSlider(controls.slider), blockSpin(controls.spin),
            blockLock(controls.lock);
        const double value = row.value(side);
        controls.slider->setValue(int(std::lround(value * kSliderSteps)));
        // A hand-written session may hold weights above 1: the box shows them as they are. Set
        // only on a change: a new range re-lays out the whole window, 40 rows each drag step.
        if (const double maximum = std::max(1.0, value); controls.spin->maximum() != maximum) {
            controls.spin->setMaximum(maximum);
        }
        controls.spin->setValue(value);
        controls.lock->setChecked(row.locked(side));
        controls.slider->setEnabled(!row.locked(side));
        controls.spin->setEnabled(!row.locked(side));
    }
    m_remove->setEnabled(state.size() > kMinEvents);
}
