// SPDX-License-Identifier: MIT
#include "compute_command.h"

#include "cli_support.h"

#include <entropy/compare.h>
#include <entropy/report.h>

#include <QCommandLineParser>

int runComputeCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("compute");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Computes entropy, cross-entropy, KL divergence (both directions) and Jensen-Shannon "
        "divergence of P (the truth) and Q (the model).");
    parser.addHelpOption();
    cli::addInputOptions(parser);
    parser.addOption({"format", "Output: table (default) or json.", "FORMAT", "table"});
    parser.addPositionalArgument("compute", "The command.");

    if (const auto status = cli::parseOrPrintHelp(parser, arguments, command)) {
        return *status;
    }
    const QString format = parser.value("format");
    if (format != "table" && format != "json") {
        return cli::fail(command,
                         QStringLiteral("unknown format '%1' (use table or json)").arg(format));
    }
    const auto state = cli::readDocument(parser);
    if (!state) {
        return cli::fail(command, QString::fromStdString(state.error().message()));
    }
    const auto p = entropy::Distribution::fromWeights(state.value().values(Side::P), "P");
    const auto q = entropy::Distribution::fromWeights(state.value().values(Side::Q), "Q");
    const auto comparison =
        p && q ? entropy::compare(p.value(), q.value(), {.base = state.value().base})
               : entropy::Result<entropy::Comparison>((p ? q : p).error());
    if (!comparison) {
        return cli::fail(command, QString::fromStdString(comparison.error().message()));
    }
    cli::writeOut(format == "json" ? entropy::formatJson(comparison.value())
                                   : entropy::formatTable(comparison.value()));
    return 0;
}
