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

    // What the panel shows for `quantity` (the number, without the unit), and its tooltip.
    [[nodiscard]] QString valueText(Quantity quantity) const;
    [[nodiscard]] QString valueToolTip(Quantity quantity) const;
    [[nodiscard]] QString unitText(Quantity quantity) const;

private:
    void refresh();
    void showValue(Quantity quantity, double value, bool hasUnit, const QString &whyInfinite = {});

    Analysis *m_analysis;
    QLabel *m_values[QuantityCount];
    QLabel *m_units[QuantityCount];
    QLabel *m_error;
};
