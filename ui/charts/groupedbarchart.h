// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartbase.h"
#include "charts/stablerange.h"
#include "charts/totalsline.h"
#include "documentstate.h"

#include <QFont>

#include <optional>
#include <span>

class QBarCategoryAxis;
class QBarSeries;
class QGraphicsRectItem;
class QBarSet;
class PolylineItem;
class QScatterSeries;
class QValueAxis;

// P's and Q's value per event (or their terms). Up to kMaxBars events they are grouped bars
// over the event labels; beyond that, bars would be slivers and slow, so they become two lines
// over the event number. The three per-event charts differ only in what they plot, their
// titles and their tooltips. Each takes the keyboard focus (a frame in the highlight colour):
// Left and Right choose a bar, highlighted, and its value is read first in the description.
class GroupedBarChart : public ChartBase {
    Q_OBJECT

public:
    static constexpr int kMaxBars = 64;
    // Beyond this many infinite values, no marker per value (see updateLines).
    static constexpr int kMaxInfiniteMarkers = 256;

    explicit GroupedBarChart(Analysis *analysis, QWidget *parent = nullptr);

    [[nodiscard]] QBarSet *setP() const { return m_setP; }
    [[nodiscard]] QBarSet *setQ() const { return m_setQ; }
    [[nodiscard]] PolylineItem *lineP() const { return m_lineP; }
    [[nodiscard]] PolylineItem *lineQ() const { return m_lineQ; }
    [[nodiscard]] PolylineItem *infiniteRug() const { return m_infiniteRug; }
    [[nodiscard]] QValueAxis *valueAxis() const { return m_valueAxis; }
    [[nodiscard]] bool showsLines() const { return m_lines; }
    [[nodiscard]] QString totalsText() const { return m_totals.text(); }

protected:
    // The bar under a point of the view (bar mode only): its side and event. The whole column
    // from the axis up counts, so that a tiny bar can still be grabbed.
    struct Bar {
        Side side;
        int event;
    };

public:
    // The bar the keyboard has chosen, if any.
    [[nodiscard]] std::optional<Bar> selectedBar() const { return m_selected; }

protected:
    struct Values {
        // May hold infinities, drawn capped and marked. Read where they are (the analysis'
        // per-event terms, 65,536 each at most), not copied: valid until the analysis changes.
        std::span<const double> p, q;
        QString nameP, nameQ, title, axisTitle;
        bool allowNegative = false;
        QString totals;  // under the title, if any
    };
    virtual Values values() const = 0;
    // The text shown when the pointer rests on event `index` of P or Q.
    virtual QString tooltip(Side side, int index) const = 0;

    void updateSeries() override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // "Selected: P(A) = 0.6000. " while the keyboard has chosen a bar, else empty.
    [[nodiscard]] QString selectionText() const;

    [[nodiscard]] std::optional<Bar> barAt(const QPoint &position) const;
    // The value on the value axis at a point of the view.
    [[nodiscard]] double valueAt(const QPoint &position) const;

private:
    void select(std::optional<Bar> bar);
    void placeSelection();
    void useLines(bool lines);
    void updateBars(const Values &v, double top, double bottom);
    // `anyInfinite`: whether v.p or v.q holds an infinity (found with the axis range).
    void updateLines(const Values &v, double top, double bottom, bool anyInfinite);

    QBarSeries *m_series;
    QBarSet *m_setP;
    QBarSet *m_setQ;
    QBarCategoryAxis *m_categoryAxis;
    QScatterSeries *m_infinite;
    QValueAxis *m_eventAxis;
    QValueAxis *m_valueAxis;
    PolylineItem *m_lineP = nullptr;
    PolylineItem *m_lineQ = nullptr;
    PolylineItem *m_infiniteRug = nullptr;  // past kMaxInfiniteMarkers, in place of markers
    bool m_lines = false;
    std::optional<Bar> m_selected;
    QGraphicsRectItem *m_selectionMark = nullptr;  // owned by the chart's scene
    QFont m_widestLabelFont;                       // the font m_widestLabel was measured in
    int m_widestLabel = 0;
    StableRange m_top{0.0};
    StableRange m_bottom{0.0};
    TotalsLine m_totals;
};
