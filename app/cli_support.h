#pragma once

#include <entropy/compare.h>
#include <entropy/input_error.h>
#include <entropy/log_base.h>

#include <QString>

#include <optional>

class QCommandLineParser;

// Helpers shared by the headless commands: errors to stderr, output to stdout, and the
// options every command that takes two distributions understands.
namespace cli {

// Exit status for any bad argument or input: the command line contract.
inline constexpr int kBadInput = 2;

// Prints "entropy-explorer COMMAND: MESSAGE" on stderr and returns kBadInput.
int fail(const QString &command, const QString &message);
void writeOut(const std::string &text);

// --p, --q, --base (and --preset, once presets exist).
void addDistributionOptions(QCommandLineParser &parser);

struct DistributionInput {
    entropy::Distribution p, q;
    entropy::LogBase base;
};

// Reads --p, --q and --base, or an error message naming what is wrong and where.
entropy::Result<DistributionInput> readDistributions(const QCommandLineParser &parser);

// parser.parse(arguments) with an error for positional arguments the command does not take.
std::optional<QString> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

}  // namespace cli
