// SPDX-License-Identifier: MIT
#include "export/exportoptions.h"

#include <QFileInfo>

namespace {
constexpr ChartKind kKinds[] = {
    ChartKind::Distributions, ChartKind::Surprisal, ChartKind::Divergence, ChartKind::Summary,
    ChartKind::Codes,         ChartKind::Samples,   ChartKind::Fit,        ChartKind::Simplex,
    ChartKind::Renyi,         ChartKind::All};
}

std::optional<ChartKind> ExportNames::parseChart(const QString &name) {
    for (const ChartKind kind : kKinds) {
        if (name == chartName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ExportNames::chartName(ChartKind kind) {
    switch (kind) {
        case ChartKind::Distributions:
            return QStringLiteral("distributions");
        case ChartKind::Surprisal:
            return QStringLiteral("surprisal");
        case ChartKind::Divergence:
            return QStringLiteral("divergence");
        case ChartKind::Summary:
            return QStringLiteral("summary");
        case ChartKind::Codes:
            return QStringLiteral("codes");
        case ChartKind::Samples:
            return QStringLiteral("samples");
        case ChartKind::Fit:
            return QStringLiteral("fit");
        case ChartKind::Simplex:
            return QStringLiteral("simplex");
        case ChartKind::Renyi:
            return QStringLiteral("renyi");
        case ChartKind::All:
            break;
    }
    return QStringLiteral("all");
}

QString ExportNames::chartTitle(ChartKind kind) {
    switch (kind) {
        case ChartKind::Distributions:
            return tr("Distributions P and Q");
        case ChartKind::Surprisal:
            return tr("Information content per event");
        case ChartKind::Divergence:
            return tr("KL divergence terms per event");
        case ChartKind::Summary:
            return tr("Cross-entropy = entropy + KL divergence");
        case ChartKind::Codes:
            return tr("Codes: expected lengths as areas");
        case ChartKind::Samples:
            return tr("Samples: running means and evidence");
        case ChartKind::Fit:
            return tr("Fit: one bump fitted to P both ways, with the landscapes");
        case ChartKind::Simplex:
            return tr("The simplex with P, Q and contours");
        case ChartKind::Renyi:
            return tr("Rényi divergences against the order α");
        case ChartKind::All:
            break;
    }
    return tr("All four charts (dashboard)");
}

std::optional<ExportFormat> ExportNames::formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return ExportFormat::Png;
    }
    if (suffix == QLatin1String("svg")) {
        return ExportFormat::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return ExportFormat::Pdf;
    }
    if (suffix == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    return std::nullopt;
}
