// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartbase.h"
#include "charts/stablerange.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

// The totals, built so the asymmetry is seen: H(P,Q) stacked as H(P) + D(P||Q) beside
// H(Q,P) stacked as H(Q) + D(Q||P), and the symmetric Jensen-Shannon divergence beside them.
class SummaryChart : public ChartBase {
    Q_OBJECT

public:
    explicit SummaryChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QBarSet *entropySet() const { return m_entropy; }
    [[nodiscard]] QBarSet *divergenceSet() const { return m_divergence; }
    [[nodiscard]] QBarSet *jensenShannonSet() const { return m_jensenShannon; }
    // A lesson's focus ("kl_pq", "entropy_q", "cross_entropy_pq", "js", ...): its label is
    // drawn bold between markers. Empty for none.
    void setFocusQuantity(const QString &key);
    [[nodiscard]] const QString &focusQuantity() const { return m_focus; }

protected:
    void updateSeries() override;
    [[nodiscard]] QString describe() const override;

private:
    // One stacked bar: H(X,Y) = H(X) + D(X||Y), with the names written on it.
    struct Stack {
        int category;
        double entropy, divergence, cross;
        QString entropyName, divergenceName, crossName;
        QString entropyKey, divergenceKey, crossKey;  // the quantities' keys, for the focus
    };
    // Marks `note` as the focus when `key` is it.
    void focus(Annotation &note, const QString &key) const;
    // Adds the stack's labels to `notes`; returns the divergence segment's drawn height (an
    // infinite divergence is drawn up to near the axis top and marked).
    double annotateStack(const Stack &stack, double top, QList<Annotation> &notes) const;

    QStackedBarSeries *m_series;
    QBarSet *m_entropy;
    QBarSet *m_divergence;
    QBarSet *m_jensenShannon;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    StableRange m_top{1.0};
    QString m_focus;
};
