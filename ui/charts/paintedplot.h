// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Analysis;

// The base of the views drawn with QPainter rather than Qt Charts (code areas, fits, landscapes,
// the simplex, Rényi's curve): they draw many points or shapes Qt Charts has no item for. Each
// paints into any rectangle of any painter, so export draws the same picture on an image, SVG or
// PDF. It repaints on each analysis update while visible, and on being shown.
class PaintedPlot : public QWidget {
    Q_OBJECT

public:
    explicit PaintedPlot(Analysis *analysis, QWidget *parent = nullptr);

    virtual void paintOn(QPainter &painter, const QRectF &target) const = 0;
    // Black on white whatever the window's theme: for files and the clipboard.
    void usePaperColors();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // What the plot shows, in words, for a screen reader (updated while visible).
    [[nodiscard]] virtual QString describe() const { return {}; }
    [[nodiscard]] Analysis *analysis() const { return m_analysis; }
    [[nodiscard]] QColor textColor() const;

    void updateDescription();

private:
    Analysis *m_analysis;
};
