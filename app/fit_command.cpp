// SPDX-License-Identifier: MIT
#include "fit_command.h"

#include "cli_support.h"

#include <entropy/fit_report.h>

#include <QCommandLineParser>

int runFitCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("fit");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Fits one discretised Gaussian bump Q_theta, theta = (mu, sigma), to P (the source's Q "
        "is not used). The forward fit minimises D(P||Q_theta) and matches P's mean and "
        "variance; the reverse fit minimises D(Q_theta||P) and lists every local minimum, the "
        "global one first.");
    cli::addReportOptions(parser, command);
    parser.addOption(
        {"direction", "forward, reverse or both (default both).", "DIRECTION", "both"});
    auto outcome = cli::parseReportCommand(parser, arguments, command);
    if (const int *status = std::get_if<int>(&outcome)) {
        return *status;
    }
    const QString direction = parser.value("direction").toLower();
    std::vector<entropy::FitDirection> directions;
    if (direction == QLatin1String("forward") || direction == QLatin1String("both")) {
        directions.push_back(entropy::FitDirection::Forward);
    }
    if (direction == QLatin1String("reverse") || direction == QLatin1String("both")) {
        directions.push_back(entropy::FitDirection::Reverse);
    }
    if (directions.empty()) {
        return cli::fail(command,
                         QStringLiteral("--direction must be forward, reverse or both, not '%1'")
                             .arg(parser.value("direction")));
    }
    const auto &[state, p, q, labels] = std::get<cli::Inputs>(outcome);
    std::vector<entropy::Fit> fits;
    for (const auto d : directions) {
        fits.push_back(entropy::fitGaussian(p, d, state.base));
    }
    cli::writeOut(parser.value("format") == "json"
                      ? entropy::formatFitJson(fits, p.size(), state.base)
                      : entropy::formatFitTable(fits, p.size(), state.base));
    return 0;
}
