// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QXYSeries>

#include <optional>

class Analysis;
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QLineSeries;
class QBarSet;
class QGraphicsSimpleTextItem;
class QValueAxis;
class WrappedLegend;
struct ChartColors;

// What every chart shares: a QChartView that redraws from the latest Analysis result (only
// while visible; a hidden chart catches up when shown), a consistent look, bulk updates of
// bar sets, and "∞" marks on bars that stand for an infinite value.
class ChartBase : public QChartView {
    Q_OBJECT

public:
    explicit ChartBase(Analysis *analysis, QWidget *parent = nullptr);

    // Redraws from the analysis now, visible or not (exports draw hidden charts).
    void refresh();
    // Multiplies fonts and line widths, for projectors (1 = normal).
    void setScale(double scale);
    void setLineDetail(double columnsPerUnit) { m_lineDetail = columnsPerUnit; }
    // Background, text, grid and axis colours from the current theme, or given ones.
    void applyTheme();
    void applyColors(const ChartColors &colors);
    [[nodiscard]] double scale() const { return m_scale; }
    // The legend's names as drawn, row by row.
    [[nodiscard]] QList<QStringList> legendRows() const;

    // Replaces the points of `series` unless they are exactly these: Qt Charts lays a line out
    // again on every replace, stroking its outline, which for a line of many events costs as
    // much as drawing it (Q's lines hold still while P is dragged).
    static void replacePoints(QXYSeries *series, const QList<QPointF> &points);

protected:
    // Puts the latest result into the series and axes.
    virtual void updateSeries() = 0;
    // What the chart shows, in words, for a screen reader; by default its title. The accessible
    // description follows it at each refresh, announced to screen readers when it changes.
    [[nodiscard]] virtual QString describe() const;
    void updateDescription();

    [[nodiscard]] const Analysis &analysis() const { return *m_analysis; }
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    // Qt Charts 6.4 re-lays out a chart, every axis label shaped anew, when a title, name or
    // label is set even to what it was: on each slider move, most of a drag step. These set only
    // a change.
    void setTitle(const QString &title);
    static void setName(QAbstractSeries *series, const QString &name);
    static void setLabel(QBarSet *set, const QString &label);
    static void setTitleText(QAbstractAxis *axis, const QString &title);
    // Shows or hides the legend entries of `series`, touching only those that change.
    void setMarkersVisible(QAbstractSeries *series, bool visible);

    // The columns a line drawn with `pen` is decimated to: one per device pixel across the plot,
    // or `columnsPerUnit` per unit of its width once set (an export scaled up, or to a vector
    // format, sets 2 or more); a pen wider than two pixels gets one per half its width, as
    // finer detail disappears under it (and stroking a wide pen costs per point).
    [[nodiscard]] int lineColumns(const QPen &pen) const;

    static QBarSet *makeBarSet(const QString &name, const QColor &color);
    // Replaces every value of `set` in two bulk operations, not one signal per bar.
    static void replaceValues(QBarSet *set, const QList<qreal> &values);
    QValueAxis *makeValueAxis(Qt::Alignment alignment);
    QLineSeries *addLine(const QString &name, const QColor &color,
                         Qt::PenStyle style = Qt::SolidLine);
    // Sets the range with ticks at round numbers, always including 0.
    static void setAxisRange(QValueAxis *axis, double bottom, double top);
    // The same, widened to the ticks next outside [low, high], and kept while the data fits it
    // and fills half of it or more: data that moves a little leaves the axis, and so the
    // chart's layout, as it was.
    static void setRoundedAxisRange(QValueAxis *axis, double low, double high);
    // An axis of event numbers along the bottom, for lines of many events: whole numbers, and
    // `setEventRange` keeps to four or five of them, round, however many events there are.
    QValueAxis *makeEventAxis();
    static void setEventRange(QValueAxis *axis, std::size_t events);

    // Text drawn on the chart at a bar: "∞" on a bar that stands for an infinite value, or a
    // number. The bar is set `setIndex` (of `setCount` grouped sets) at `category`; the text
    // sits above the point `y` (in axis units), or centred on it.
    struct Annotation {
        int category;
        int setIndex;
        double y;
        QString text;
        bool centred = false;
        bool emphasised = false;   // larger and in the infinity colour
        bool highlighted = false;  // bold between markers: a lesson's focus
    };
    void setAnnotations(QAbstractSeries *series, int setCount, QList<Annotation> annotations);
    void applyFonts();
    void applyAnnotationFonts();
    void leaveOutCrowdedAnnotations();

private:
    void placeAnnotations();

    Analysis *m_analysis;
    WrappedLegend *m_legend;  // owned by the chart
    bool m_stale = true;
    bool m_themed = false;  // axes added by subclasses are coloured at the first refresh
    std::optional<QColor> m_annotationText;
    double m_scale = 1.0;
    double m_lineDetail = 0.0;  // 0: the screen's device pixel ratio
    QFont m_baseFont;           // the font at scale 1
    QAbstractSeries *m_annotatedSeries = nullptr;
    int m_annotatedSetCount = 1;
    QList<Annotation> m_annotations;
    QList<QGraphicsSimpleTextItem *> m_annotationItems;
};
