// SPDX-License-Identifier: MIT
#include "export_command.h"

#include "cli_support.h"

#include <QCommandLineParser>

#include <export/exportrenderer.h>
#include <translations.h>

int runExportCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Draws charts of P and Q to an image or document, or writes the per-event table. The "
        "format follows the extension of --out: .png, .svg, .pdf or .csv.");
    parser.addHelpOption();
    cli::addInputOptions(parser);
    parser.addOptions({
        {"chart",
         "distributions, surprisal, divergence, summary, codes, samples, fit, simplex, renyi or "
         "all (default: all).",
         "CHART", "all"},
        {"width", "Width in pixels (default 1600).", "W", "1600"},
        {"height", "Height in pixels (default 1000).", "H", "1000"},
        {"scale", "PNG only: pixels per unit of width and height, e.g. 2 (default 1).", "S", "1"},
        {"title", "A title above the charts.", "TEXT"},
        {"numbers", "Add the table of numbers under the charts."},
        {"out", "The file to write.", "FILE"},
        {"lang", "Language of titles and labels: en (default) or zh_CN.", "LANG", "en"},
    });
    parser.addPositionalArgument("export", "The command.");

    if (const auto status = cli::parseOrPrintHelp(parser, arguments, command)) {
        return *status;
    }
    if (!translations::install(parser.value("lang"))) {
        return cli::fail(
            command,
            QStringLiteral("unknown language '%1' (use en or zh_CN)").arg(parser.value("lang")));
    }
    ExportOptions options;
    const auto chart = ExportNames::parseChart(parser.value("chart"));
    if (!chart) {
        return cli::fail(command,
                         QStringLiteral("unknown chart '%1' (use distributions, surprisal, "
                                        "divergence, summary, codes, samples, fit, simplex, renyi "
                                        "or all)")
                             .arg(parser.value("chart")));
    }
    options.chart = *chart;
    // 16 to 20,000 pixels: past that a PNG would take gigabytes.
    const auto width = cli::wholeNumber(parser, "width", 16, 20000);
    const auto height = cli::wholeNumber(parser, "height", 16, 20000);
    if (!width || !height) {
        return cli::fail(command, QStringLiteral("--width and --height must be whole numbers "
                                                 "from 16 to 20000"));
    }
    options.size = QSize(int(*width), int(*height));
    bool ok = false;
    options.scale = parser.value("scale").toDouble(&ok);
    if (!ok || options.scale < 0.25 || options.scale > 8 ||
        options.size.width() * options.scale > 30000 ||
        options.size.height() * options.scale > 30000) {
        return cli::fail(command, QStringLiteral("--scale must be from 0.25 to 8, and the image at "
                                                 "most 30000 pixels wide and high"));
    }
    options.title = parser.value("title");
    options.numbersTable = parser.isSet("numbers");
    const QString out = parser.value("out");
    if (out.isEmpty()) {
        return cli::fail(command, QStringLiteral("missing --out FILE (.png, .svg, .pdf or .csv)"));
    }
    if (!ExportNames::formatForPath(out)) {
        return cli::fail(command, QStringLiteral("%1: unknown file type (use .png, .svg, .pdf or "
                                                 ".csv)")
                                      .arg(out));
    }
    const auto state = cli::readDocument(parser);
    if (!state) {
        return cli::fail(command, QString::fromStdString(state.error().message()));
    }
    ExportRenderer renderer(state.value());
    if (const auto error = renderer.write(out, options)) {
        return cli::fail(command, *error);
    }
    return 0;
}
