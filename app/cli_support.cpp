// SPDX-License-Identifier: MIT
#include "cli_support.h"

#include <entropy/presets.h>
#include <entropy/weight_list.h>

#include <QCommandLineParser>

#include <cstdio>
#include <dataimport.h>
#include <presettexts.h>
#include <session.h>

namespace cli {
namespace {

using entropy::InputError;

InputError usageError(const QString &reason) {
    return InputError{"", 0, reason.toStdString()};
}

entropy::Result<std::vector<double>> weights(const QCommandLineParser &parser, const char *option,
                                             const char *name) {
    if (!parser.isSet(option)) {
        return usageError(QStringLiteral("missing --%1 (the weights of %2, e.g. --%1 0.5,0.5)")
                              .arg(QLatin1String(option), QLatin1String(name)));
    }
    return entropy::loadWeightList(parser.value(option).toStdString(), name);
}

entropy::Result<DocumentState> fromWeightLists(const QCommandLineParser &parser) {
    const auto p = weights(parser, "p", "P");
    if (!p) {
        return p.error();
    }
    const auto q = weights(parser, "q", "Q");
    if (!q) {
        return q.error();
    }
    if (p.value().size() != q.value().size()) {
        return usageError(QStringLiteral("P has %1 events but Q has %2; they must have the same "
                                         "number")
                              .arg(p.value().size())
                              .arg(q.value().size()));
    }
    entropy::EventTable table{{}, p.value(), q.value()};
    for (std::size_t i = 0; i < table.p.size(); ++i) {
        table.labels.push_back(entropy::alphabeticLabel(i));
    }
    // Weights as given: the core normalises them; checking them names P or Q and the event.
    return dataimport::toDocument(table, EditMode::Weights);
}

entropy::Result<DocumentState> fromTexts(const QCommandLineParser &parser) {
    if (!parser.isSet("text-p") || !parser.isSet("text-q")) {
        return usageError(QStringLiteral("--text-p and --text-q go together"));
    }
    dataimport::TextOptions options;
    options.unit =
        parser.isSet("words") ? dataimport::TextUnit::Words : dataimport::TextUnit::Characters;
    bool ok = true;
    options.pseudoCount = parser.value("smoothing").toDouble(&ok);
    if (!ok || !(options.pseudoCount >= 0) || options.pseudoCount > 1e6) {
        return usageError(QStringLiteral("--smoothing must be a number from 0 to 1000000"));
    }
    options.keepMostFrequent = parser.value("top").toInt(&ok);
    if (!ok || options.keepMostFrequent < 0) {
        return usageError(QStringLiteral("--top must be a whole number >= 0"));
    }
    const auto table =
        dataimport::readTexts(parser.value("text-p"), parser.value("text-q"), options);
    if (!table) {
        return table.error();
    }
    return dataimport::toDocument(table.value(), EditMode::Weights);
}

entropy::Result<DocumentState> fromPreset(const QString &name) {
    const auto preset = entropy::findPreset(name.toStdString());
    if (!preset) {
        return usageError(
            QStringLiteral("unknown preset '%1' ('entropy-explorer presets' lists them)")
                .arg(name));
    }
    return dataimport::toDocument(PresetTexts::translatedEvents(*preset), EditMode::Weights);
}

entropy::Result<DocumentState> fromSource(const QCommandLineParser &parser) {
    const bool lists = parser.isSet("p") || parser.isSet("q");
    const bool texts = parser.isSet("text-p") || parser.isSet("text-q");
    const int sources = int(lists) + int(texts) + int(parser.isSet("session")) +
                        int(parser.isSet("csv")) + int(parser.isSet("preset"));
    if (sources > 1) {
        return usageError(
            QStringLiteral("give one source of P and Q: --p and --q, --preset, "
                           "--session, --csv, or --text-p and --text-q"));
    }
    if (parser.isSet("preset")) {
        return fromPreset(parser.value("preset"));
    }
    if (parser.isSet("session")) {
        return session::load(parser.value("session"));
    }
    if (parser.isSet("csv")) {
        const auto table = dataimport::readCsv(parser.value("csv"));
        if (!table) {
            return table.error();
        }
        return dataimport::toDocument(table.value(), EditMode::Weights);
    }
    return texts ? fromTexts(parser) : fromWeightLists(parser);
}

}  // namespace

int fail(const QString &command, const QString &message) {
    const QByteArray line =
        QStringLiteral("entropy-explorer %1: %2\n").arg(command, message).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    return kBadInput;
}

void writeOut(const std::string &text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void addInputOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {"p",
         "Weights of P, the true distribution: comma-separated (0.5,0.5) or @FILE (weights "
         "separated by commas, spaces or newlines). Normalised by their sum.",
         "LIST"},
        {"q", "Weights of Q, the model, as for --p; the same number of events.", "LIST"},
        {"preset", "Use a ready-made example ('entropy-explorer presets' lists them).", "NAME"},
        {"session", "Read P, Q and the unit from a session file (.json).", "FILE"},
        {"csv", "Read events from a CSV file with columns label,p,q or p,q.", "FILE"},
        {"text-p", "P is the letter (or word) frequencies of this UTF-8 text file.", "FILE"},
        {"text-q", "Q is the letter (or word) frequencies of this text file.", "FILE"},
        {"words", "With --text-p/--text-q: count words, not letters."},
        {"smoothing", "With --text-p/--text-q: add K to every count (default 0).", "K", "0"},
        {"top", "With --text-p/--text-q: keep the N most frequent, the rest as one event.", "N",
         "0"},
        {"base", "Log base, the unit: 2 (bits, default), e (nats) or 10 (hartleys).", "BASE"},
    });
}

entropy::Result<DocumentState> readDocument(const QCommandLineParser &parser) {
    auto state = fromSource(parser);
    if (!state || !parser.isSet("base")) {
        return state;
    }
    const QString baseText = parser.value("base");
    const auto base = entropy::parseLogBase(baseText.toStdString());
    if (!base) {
        return InputError{"--base", 0,
                          "unknown base '" + baseText.toStdString() + "' (use 2, e or 10)"};
    }
    DocumentState withBase = std::move(state).value();
    withBase.base = *base;
    return withBase;
}

std::optional<QString> parseArguments(QCommandLineParser &parser, const QStringList &arguments) {
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    // The first positional argument is the command's own name.
    const QStringList extra = parser.positionalArguments().mid(1);
    if (!extra.isEmpty()) {
        return QStringLiteral("unexpected argument '%1'").arg(extra.first());
    }
    return std::nullopt;
}

std::optional<int> parseOrPrintHelp(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command) {
    if (const auto error = parseArguments(parser, arguments)) {
        return fail(command, *error);
    }
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }
    return std::nullopt;
}

entropy::Result<Inputs> readInputs(const QCommandLineParser &parser) {
    auto state = readDocument(parser);
    if (!state) {
        return state.error();
    }
    auto p = distributionOf(Side::P, state.value().values(Side::P));
    auto q = distributionOf(Side::Q, state.value().values(Side::Q));
    if (!p || !q) {
        return (p ? q : p).error();
    }
    std::vector<std::string> labels;
    for (const QString &label : state.value().labels) {
        labels.push_back(label.toStdString());
    }
    return Inputs{std::move(state).value(), std::move(p).value(), std::move(q).value(),
                  std::move(labels)};
}

std::optional<QString> checkFormat(const QCommandLineParser &parser) {
    const QString format = parser.value("format");
    if (format == QLatin1String("table") || format == QLatin1String("json")) {
        return std::nullopt;
    }
    return QStringLiteral("unknown format '%1' (use table or json)").arg(format);
}

void addReportOptions(QCommandLineParser &parser, const QString &command) {
    parser.addHelpOption();
    addInputOptions(parser);
    parser.addOption({"format", "Output: table (default) or json.", "FORMAT", "table"});
    parser.addPositionalArgument(command, "The command.");
}

std::variant<int, Inputs> parseReportCommand(QCommandLineParser &parser,
                                             const QStringList &arguments, const QString &command) {
    if (const auto status = parseOrPrintHelp(parser, arguments, command)) {
        return *status;
    }
    if (const auto error = checkFormat(parser)) {
        return fail(command, *error);
    }
    auto inputs = readInputs(parser);
    if (!inputs) {
        return fail(command, QString::fromStdString(inputs.error().message()));
    }
    return std::move(inputs).value();
}

std::optional<qulonglong> wholeNumber(const QCommandLineParser &parser, const char *name,
                                      qulonglong low, qulonglong high) {
    bool ok = false;
    const qulonglong value = parser.value(name).toULongLong(&ok);
    return ok && value >= low && value <= high ? std::optional(value) : std::nullopt;
}

}  // namespace cli
