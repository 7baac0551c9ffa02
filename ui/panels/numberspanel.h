// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"
#include "quantitylines.h"

#include <QWidget>

class Analysis;
class QLabel;

// Every quantity as a number with its unit. An infinite value shows "∞"; its tooltip names the
// events that make it infinite, and a line below offers the remedy (smoothing) as a link.
class NumbersPanel : public QWidget {
    Q_OBJECT

public:
    using Quantity = QuantityLines::Quantity;

    explicit NumbersPanel(Analysis *analysis, QWidget *parent = nullptr);

    // What the panel shows for `quantity` (the number, without the unit), and its tooltip.
    [[nodiscard]] QString valueText(Quantity quantity) const;
    [[nodiscard]] QString valueToolTip(Quantity quantity) const;
    [[nodiscard]] QString unitText(Quantity quantity) const;
    // A lesson step's quantity: highlighted, and while `hidden` (a question not yet answered)
    // shown as "?". -1 for none.
    void setFocusQuantity(int quantity, bool hidden);
    [[nodiscard]] int focusQuantity() const { return m_focus; }
    // The line that names the zeros behind an infinite divergence and offers to smooth them.
    [[nodiscard]] QLabel *remedy() const { return m_remedy; }

signals:
    // The user asked to smooth `side` (the link under an infinite divergence).
    void smoothRequested(Side side);

private:
    void refresh();
    void showRemedy();

    Analysis *m_analysis;
    QLabel *m_names[QuantityLines::QuantityCount];
    QLabel *m_values[QuantityLines::QuantityCount];
    QLabel *m_units[QuantityLines::QuantityCount];
    QLabel *m_error;
    QLabel *m_remedy;
    int m_focus = -1;
    bool m_focusHidden = false;
};
