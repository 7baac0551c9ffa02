#include "compute_command.h"

#include "cli_support.h"

#include <entropy/report.h>

#include <QCommandLineParser>

int runComputeCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("compute");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Computes entropy, cross-entropy, KL divergence (both directions) and Jensen-Shannon "
        "divergence of P (the truth) and Q (the model).");
    parser.addHelpOption();
    cli::addDistributionOptions(parser);
    parser.addOption({"format", "Output: table (default) or json.", "FORMAT", "table"});
    parser.addPositionalArgument("compute", "The command.");

    if (const auto error = cli::parseArguments(parser, arguments)) {
        return cli::fail(command, *error);
    }
    if (parser.isSet("help")) {
        cli::writeOut(parser.helpText().toStdString());
        return 0;
    }
    const QString format = parser.value("format");
    if (format != "table" && format != "json") {
        return cli::fail(command,
                         QStringLiteral("unknown format '%1' (use table or json)").arg(format));
    }
    const auto input = cli::readDistributions(parser);
    if (!input) {
        return cli::fail(command, QString::fromStdString(input.error().message()));
    }
    const auto comparison =
        entropy::compare(input.value().p, input.value().q, {.base = input.value().base});
    if (!comparison) {
        return cli::fail(command, QString::fromStdString(comparison.error().message()));
    }
    cli::writeOut(format == "json" ? entropy::formatJson(comparison.value())
                                   : entropy::formatTable(comparison.value()));
    return 0;
}
