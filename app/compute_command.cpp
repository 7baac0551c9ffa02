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
    cli::addReportOptions(parser, command);
    auto outcome = cli::parseReportCommand(parser, arguments, command);
    if (const int *status = std::get_if<int>(&outcome)) {
        return *status;
    }
    const cli::Inputs &inputs = std::get<cli::Inputs>(outcome);
    const auto comparison = entropy::compare(inputs.p, inputs.q, {.base = inputs.state.base});
    if (!comparison) {
        return cli::fail(command, QString::fromStdString(comparison.error().message()));
    }
    cli::writeOut(parser.value("format") == "json" ? entropy::formatJson(comparison.value())
                                                   : entropy::formatTable(comparison.value()));
    return 0;
}
