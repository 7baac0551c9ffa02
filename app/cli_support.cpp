#include "cli_support.h"

#include <entropy/weight_list.h>

#include <QCommandLineParser>

#include <cstdio>

namespace cli {

int fail(const QString &command, const QString &message) {
    const QByteArray line =
        QStringLiteral("entropy-explorer %1: %2\n").arg(command, message).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    return kBadInput;
}

void writeOut(const std::string &text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void addDistributionOptions(QCommandLineParser &parser) {
    parser.addOption({"p",
                      "Weights of P, the true distribution: comma-separated (0.5,0.5) or @FILE "
                      "(weights separated by commas, spaces or newlines). Normalised by their sum.",
                      "LIST"});
    parser.addOption(
        {"q", "Weights of Q, the model, as for --p; the same number of events.", "LIST"});
    parser.addOption(
        {"base", "Log base, the unit: 2 (bits, default), e (nats) or 10 (hartleys).", "BASE", "2"});
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

namespace {

entropy::Result<entropy::Distribution> readDistribution(const QCommandLineParser &parser,
                                                        const QString &option,
                                                        std::string_view name) {
    if (!parser.isSet(option)) {
        return entropy::InputError{
            "", 0,
            QStringLiteral("missing --%1 (the weights of %2, e.g. --%1 "
                           "0.5,0.5)")
                .arg(option, QString::fromUtf8(name.data(), qsizetype(name.size())))
                .toStdString()};
    }
    const auto weights = entropy::loadWeightList(parser.value(option).toStdString(), name);
    if (!weights) {
        return weights.error();
    }
    return entropy::Distribution::fromWeights(weights.value(), name);
}

}  // namespace

entropy::Result<DistributionInput> readDistributions(const QCommandLineParser &parser) {
    const QString baseText = parser.value("base");
    const auto base = entropy::parseLogBase(baseText.toStdString());
    if (!base) {
        return entropy::InputError{
            "--base", 0, "unknown base '" + baseText.toStdString() + "' (use 2, e or 10)"};
    }
    auto p = readDistribution(parser, "p", "P");
    if (!p) {
        return p.error();
    }
    auto q = readDistribution(parser, "q", "Q");
    if (!q) {
        return q.error();
    }
    if (p.value().size() != q.value().size()) {
        return entropy::InputError{"", 0,
                                   "P has " + std::to_string(p.value().size()) +
                                       " events but Q has " + std::to_string(q.value().size()) +
                                       "; they must have the same number"};
    }
    return DistributionInput{std::move(p).value(), std::move(q).value(), *base};
}

}  // namespace cli
