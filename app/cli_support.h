// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/distribution.h>
#include <entropy/input_error.h>

#include <QString>

#include <documentstate.h>
#include <optional>
#include <string>
#include <variant>
#include <vector>

class QCommandLineParser;

// Helpers shared by the headless commands: errors to stderr, output to stdout, and the
// options that say where P and Q come from.
namespace cli {

// Exit status for any bad argument or input: the command line contract.
inline constexpr int kBadInput = 2;

// Prints "entropy-explorer COMMAND: MESSAGE" on stderr and returns kBadInput.
int fail(const QString &command, const QString &message);
void writeOut(const std::string &text);

// --p/--q, --session, --csv, --text-p/--text-q (with --words, --smoothing, --top), --base.
void addInputOptions(QCommandLineParser &parser);

// The document the options describe, or an error naming what is wrong and where. Exactly one
// source must be given; --base overrides a session's unit.
entropy::Result<DocumentState> readDocument(const QCommandLineParser &parser);

// P and Q as distributions, with the document they came from and its labels.
struct Inputs {
    DocumentState state;
    entropy::Distribution p, q;
    std::vector<std::string> labels;
};
[[nodiscard]] entropy::Result<Inputs> readInputs(const QCommandLineParser &parser);

// The commands that report on P and Q (compute, code, sample) open alike: --help, the input
// options, --format and the command's name as a positional argument...
void addReportOptions(QCommandLineParser &parser, const QString &command);
// ...then parse, check --format and read P and Q. Either the inputs, or the exit status to end
// with, the error or the help already printed.
[[nodiscard]] std::variant<int, Inputs> parseReportCommand(QCommandLineParser &parser,
                                                           const QStringList &arguments,
                                                           const QString &command);

// The whole number in option `name` if it lies in [low, high], else nothing.
[[nodiscard]] std::optional<qulonglong> wholeNumber(const QCommandLineParser &parser,
                                                    const char *name, qulonglong low,
                                                    qulonglong high);

// "table" or "json" from --format, or an error naming the value.
[[nodiscard]] std::optional<QString> checkFormat(const QCommandLineParser &parser);

// parser.parse(arguments), with an error for positional arguments the command does not take.
std::optional<QString> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// The opening every command shares: parses, and when the arguments are bad (the error is
// printed) or ask for --help (the help is printed), returns the exit status to end with.
std::optional<int> parseOrPrintHelp(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command);

}  // namespace cli
