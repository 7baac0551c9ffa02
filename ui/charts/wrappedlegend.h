// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QString>

class QChart;
class QLegendMarker;

// A chart's legend in as many rows as its entries need at the chart's width. Qt Charts' own
// legend keeps to one row and cuts every name short: beside the lesson dock at 1366 x 768, a
// chart's names read "-log p ...", "∞ at 2...". This item draws an entry for each marker of the
// Qt legend (which stays, unseen, as the record of names and colours) whose series is visible
// and which is not hidden with setShown, in rows under the plot, in the chart's bottom margin,
// which it sets to their height. A line's entry is drawn in its pen: a dashed limit reads as
// dashed.
//
// Whether an entry is shown is kept apart from the Qt marker's own visibility, which follows
// where the unseen Qt legend has laid its markers out, not what the chart wants shown.
class WrappedLegend : public QGraphicsObject {
public:
    static constexpr int kMargin = 4;  // the chart's margin on every side, below the rows too

    // Takes the chart's own legend out of sight and takes its font and label colour from then on.
    explicit WrappedLegend(QChart *chart);

    // Shows or leaves out the entry of `marker`; every entry is shown until it is left out.
    static void setShown(QLegendMarker *marker, bool shown);

    // Reads the shown markers again and lays them out at the chart's width: after a change
    // of series, names, fonts or size. Sets the chart's bottom margin when the rows' height
    // changes; otherwise draws again only what changed.
    void sync();

    // The names as drawn, row by row (one elided where it alone is wider than the chart).
    [[nodiscard]] QList<QStringList> rows() const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class Swatch { Box, Line, Dot };
    struct Entry {
        QString name;
        Swatch swatch;
        QBrush brush;
        QPen pen;
        bool operator==(const Entry &) const = default;
    };
    struct Placed {
        QString shown;  // the name, elided if need be
        QRectF swatch, text;
        int row;
    };

    [[nodiscard]] static bool isShown(const QLegendMarker *marker);
    [[nodiscard]] QList<Entry> visibleEntries() const;
    void layOut(qreal width);
    void paintSwatch(QPainter *painter, const Entry &entry, const QRectF &rect) const;

    QChart *m_chart;
    QList<Entry> m_entries;
    QList<Placed> m_placed;
    QFont m_font;
    QColor m_color;
    qreal m_width = -1;
    qreal m_height = 0;
};
