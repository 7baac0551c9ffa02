// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

// What an export draws and how big: shared by the window's dialogs and the `export` command.
// The four dashboard charts come first, in the window's order; then the codes view (diagram
// and bounds), the samples view (both sample charts), the fit view (P with both fits and both
// landscapes), the simplex and Rényi's curve; All is the dashboard.
enum class ChartKind {
    Distributions,
    Surprisal,
    Divergence,
    Summary,
    Codes,
    Samples,
    Fit,
    Simplex,
    Renyi,
    All
};
inline constexpr int kDashboardCharts = 4;
enum class ExportFormat { Png, Svg, Pdf, Csv };

struct ExportOptions {
    ChartKind chart = ChartKind::All;
    QSize size{1600, 1000};  // in logical pixels (points at 96 dpi for PDF)
    double scale = 1.0;      // PNG only: pixels per logical pixel, for sharp HiDPI slides
    bool numbersTable = false;
    QString title;  // above the charts; empty for none
};

class ExportNames {
    Q_DECLARE_TR_FUNCTIONS(ExportNames)

public:
    // "distributions", "surprisal", "divergence", "summary", "codes", "samples", "fit",
    // "simplex", "renyi", "all"
    // (command-line names).
    static std::optional<ChartKind> parseChart(const QString &name);
    static QString chartName(ChartKind kind);
    // The translated name shown in dialogs.
    static QString chartTitle(ChartKind kind);
    // By the file's extension: .png, .svg, .pdf or .csv (any case).
    static std::optional<ExportFormat> formatForPath(const QString &path);
};
