// SPDX-License-Identifier: MIT
#include "code_command.h"

#include "cli_support.h"

#include <entropy/code_report.h>

#include <QCommandLineParser>

int runCodeCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("code");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Builds a Huffman code for P and one for Q and charges both on P: the expected lengths "
        "in bits beside H(P) and H(P,Q), Shannon code lengths and Kraft sums.");
    cli::addReportOptions(parser, command);
    auto outcome = cli::parseReportCommand(parser, arguments, command);
    if (const int *status = std::get_if<int>(&outcome)) {
        return *status;
    }
    const auto &[state, p, q, labels] = std::get<cli::Inputs>(outcome);
    const entropy::CodeComparison codes = entropy::compareCodes(p, q);
    cli::writeOut(parser.value("format") == "json" ? entropy::formatCodeJson(p, q, codes, labels)
                                                   : entropy::formatCodeTable(p, q, codes, labels));
    return 0;
}

int runSampleCommand(const QStringList &arguments) {
    const QString command = QStringLiteral("sample");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Draws n events from P (or Q) with a seeded generator that gives the same draws on every "
        "machine, and reports the means of -log p and -log q, the log-likelihood ratio, the "
        "counts and the bits each Huffman code spends.");
    cli::addReportOptions(parser, command);
    parser.addOptions({
        {"n", "Number of draws, 1 to 1000000 (default 1000).", "N", "1000"},
        {"seed", "Seed of the generator, a whole number (default 1).", "S", "1"},
        {"from", "Draw from p (default) or q.", "SIDE", "p"},
    });
    auto outcome = cli::parseReportCommand(parser, arguments, command);
    if (const int *status = std::get_if<int>(&outcome)) {
        return *status;
    }
    const auto n = cli::wholeNumber(parser, "n", 1, entropy::kMaxDraws);
    if (!n) {
        return cli::fail(command, QStringLiteral("--n must be a whole number from 1 to %1, not "
                                                 "'%2'")
                                      .arg(entropy::kMaxDraws)
                                      .arg(parser.value("n")));
    }
    const auto seed = cli::wholeNumber(parser, "seed", 0, ~0ULL);
    if (!seed) {
        return cli::fail(command, QStringLiteral("--seed must be a whole number >= 0, not '%1'")
                                      .arg(parser.value("seed")));
    }
    const QString from = parser.value("from").toLower();
    if (from != QLatin1String("p") && from != QLatin1String("q")) {
        return cli::fail(
            command, QStringLiteral("--from must be p or q, not '%1'").arg(parser.value("from")));
    }
    const auto &[state, p, q, labels] = std::get<cli::Inputs>(outcome);
    const entropy::SampleRun run = entropy::sample(
        p, q, entropy::huffmanLengths(p), entropy::huffmanLengths(q),
        {.n = *n,
         .seed = *seed,
         .from = from == QLatin1String("p") ? entropy::SampleSource::P : entropy::SampleSource::Q,
         .base = state.base});
    cli::writeOut(parser.value("format") == "json" ? entropy::formatSampleJson(run)
                                                   : entropy::formatSampleTable(run, labels));
    return 0;
}
