#pragma once

#include "../stablerange.h"
#include "chartbase.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

// Two bar sets per event, P's and Q's (or their terms), over the event labels. The three
// per-event charts differ only in what they plot, their titles and how they treat infinity.
class GroupedBarChart : public ChartBase {
    Q_OBJECT

public:
    explicit GroupedBarChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QBarSet *setP() const { return m_setP; }
    [[nodiscard]] QBarSet *setQ() const { return m_setQ; }
    [[nodiscard]] QValueAxis *valueAxis() const { return m_valueAxis; }

protected:
    struct Values {
        QList<qreal> p, q;  // may hold infinities: drawn capped and marked
        QString nameP, nameQ, title, axisTitle;
        bool allowNegative = false;
    };
    virtual Values values() const = 0;
    // The text shown when the pointer rests on bar `index` of P (side 0) or Q (side 1).
    virtual QString tooltip(int side, int index) const = 0;

    void updateSeries() override;

private:
    QBarSeries *m_series;
    QBarSet *m_setP;
    QBarSet *m_setQ;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    StableRange m_top{0.1};
    StableRange m_bottom{0.0};
};
