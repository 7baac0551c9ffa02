// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;
class QLabel;

// Every quantity as a number with its unit. An infinite value shows "∞", and its tooltip
// names the events that make it infinite.
class NumbersPanel : public QWidget {
    Q_OBJECT

public:
    enum Quantity {
        EntropyP,
        EntropyQ,
        CrossEntropyPQ,
        CrossEntropyQP,
        KlPQ,
        KlQP,
        JensenShannon,
        NormalizedEntropyP,
        NormalizedEntropyQ,
        PerplexityP,
        PerplexityQ,
        TotalVariation,
        QuantityCount
    };

    explicit NumbersPanel(Analysis *analysis, QWidget *parent = nullptr);

    // One line of the panel, for the panel itself and for exports.
    struct Line {
        QString name, value, unit, toolTip;
    };
    [[nodiscard]] static QString quantityName(Quantity quantity);
    [[nodiscard]] static QList<Line> lines(const Analysis &analysis);

    // What the panel shows for `quantity` (the number, without the unit), and its tooltip.
    [[nodiscard]] QString valueText(Quantity quantity) const;
    [[nodiscard]] QString valueToolTip(Quantity quantity) const;
    [[nodiscard]] QString unitText(Quantity quantity) const;

private:
    void refresh();

    Analysis *m_analysis;
    QLabel *m_values[QuantityCount];
    QLabel *m_units[QuantityCount];
    QLabel *m_error;
};
