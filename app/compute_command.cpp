// SPDX-License-Identifier: MIT
#include "compute_command.h"

#include "cli_support.h"

#include <entropy/compare.h>
#include <entropy/renyi.h>
#include <entropy/report.h>

#include <QCommandLineParser>

int runComputeCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("compute");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Computes entropy, cross-entropy, KL divergence (both directions) and Jensen-Shannon "
        "divergence of P (the truth) and Q (the model).");
    cli::addReportOptions(parser, command);
    parser.addOption({"alpha",
                      "Also Renyi's divergences and entropies of order A: a number >= 0, or inf.",
                      "A"});
    auto outcome = cli::parseReportCommand(parser, arguments, command);
    if (const int *status = std::get_if<int>(&outcome)) {
        return *status;
    }
    const cli::Inputs &inputs = std::get<cli::Inputs>(outcome);
    std::optional<entropy::RenyiValues> renyi;
    if (parser.isSet("alpha")) {
        const QString text = parser.value("alpha").trimmed().toLower();
        bool ok = text == QLatin1String("inf");
        const double alpha = ok ? entropy::kInfiniteOrder : text.toDouble(&ok);
        if (!ok || !(alpha >= 0.0)) {
            return cli::fail(command, QStringLiteral("--alpha must be a number >= 0 or inf, not "
                                                     "'%1'")
                                          .arg(parser.value("alpha")));
        }
        renyi = entropy::renyiValues(inputs.p, inputs.q, alpha, inputs.state.base);
    }
    const auto comparison = entropy::compare(inputs.p, inputs.q, {.base = inputs.state.base});
    if (!comparison) {
        return cli::fail(command, QString::fromStdString(comparison.error().message()));
    }
    cli::writeOut(parser.value("format") == "json"
                      ? entropy::formatJson(comparison.value(), renyi)
                      : entropy::formatTable(comparison.value(), renyi));
    return 0;
}
