// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <QWidget>

class Document;
class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSlider;
class QToolButton;

// One event in the editor: its label, and for P and for Q a slider, an exact value box and a
// lock. It edits the document and shows what the document holds, nothing more.
class EventRowEditor : public QWidget {
    Q_OBJECT

public:
    // Slider positions per unit of probability or weight: steps of 0.0001.
    static constexpr int kSliderSteps = 10000;

    EventRowEditor(Document *document, int event, QWidget *parent = nullptr);

    // Shows the document's values for this row's event without editing anything.
    void showState(const DocumentState &state);

    [[nodiscard]] QSlider *slider(Side side) const { return m_sides[sideIndex(side)].slider; }
    [[nodiscard]] QDoubleSpinBox *spinBox(Side side) const { return m_sides[sideIndex(side)].spin; }
    [[nodiscard]] QCheckBox *lockBox(Side side) const { return m_sides[sideIndex(side)].lock; }
    [[nodiscard]] QLineEdit *labelEdit() const { return m_label; }
    [[nodiscard]] QToolButton *removeButton() const { return m_remove; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SideControls {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QCheckBox *lock = nullptr;
    };
    void buildSide(Side side);
    void onSliderMoved(Side side, int position);
    void nameControls(const QString &label);

    Document *m_document;
    int m_event;
    int m_dragId = 0;
    QLineEdit *m_label;
    SideControls m_sides[2];
    QToolButton *m_remove;
};
