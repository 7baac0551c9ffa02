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
    if (const auto error = cli::checkFormat(parser)) {
        return cli::fail(command, *error);
    }
    const auto inputs = cli::readInputs(parser);
    if (!inputs) {
        return cli::fail(command, QString::fromStdString(inputs.error().message()));
    }
    const auto comparison =
        entropy::compare(inputs.value().p, inputs.value().q, {.base = inputs.value().state.base});
    if (!comparison) {
        return cli::fail(command, QString::fromStdString(comparison.error().message()));
    }
    cli::writeOut(parser.value("format") == "json" ? entropy::formatJson(comparison.value())
                                                   : entropy::formatTable(comparison.value()));
    return 0;
}
