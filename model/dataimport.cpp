// SPDX-License-Identifier: MIT
#include "dataimport.h"

#include "fileio.h"

#include <entropy/distribution.h>

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <numeric>

namespace dataimport {
namespace {

using fileio::fileError;

}  // namespace

std::vector<std::string> symbols(const QString &text, TextUnit unit) {
    std::vector<std::string> result;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty()) {
            result.push_back(word.toLower().toStdString());
            word.clear();
        }
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const bool letter = QChar::isLetter(char32_t(codePoint));
        const QString character =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
        if (unit == TextUnit::Characters) {
            if (letter) {
                result.push_back(character.toLower().toStdString());
            }
        } else if (letter || QChar::isDigit(char32_t(codePoint))) {
            word += character;
        } else {
            endWord();
        }
    }
    endWord();
    return result;
}

entropy::Result<QString> readText(const QString &path) {
    auto bytes = fileio::readBounded(path);
    if (!bytes) {
        return bytes.error();
    }
    // Stateless: a sequence cut off at the end of the file is an error, not a wait for more.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes.value());
    if (decoder.hasError()) {
        return fileError(path, QStringLiteral("is not UTF-8 text"));
    }
    return text;
}

entropy::Result<entropy::EventTable> readCsv(const QString &path) {
    return fileio::parseFile(path, [](const QByteArray &bytes, const QString &name) {
        return entropy::parseEventCsv(bytes.toStdString(), name.toStdString());
    });
}

entropy::Result<entropy::EventTable> readTexts(const QString &pathP, const QString &pathQ,
                                               const TextOptions &options) {
    const auto textP = readText(pathP);
    if (!textP) {
        return textP.error();
    }
    const auto textQ = readText(pathQ);
    if (!textQ) {
        return textQ.error();
    }
    const auto symbolsP = symbols(textP.value(), options.unit);
    const auto symbolsQ = symbols(textQ.value(), options.unit);
    for (const auto &[path, list] : {std::pair{pathP, &symbolsP}, std::pair{pathQ, &symbolsQ}}) {
        if (list->empty()) {
            return fileError(path, options.unit == TextUnit::Words
                                       ? QStringLiteral("has no words")
                                       : QStringLiteral("has no letters"));
        }
    }
    entropy::EventTable table =
        entropy::symbolFrequencies(symbolsP, symbolsQ, std::max(0.0, options.pseudoCount));
    if (options.keepMostFrequent > 0) {
        table = keepMostFrequent(table, options.keepMostFrequent,
                                 QCoreApplication::translate("dataimport", "(other)"));
    }
    return table;
}

entropy::EventTable keepMostFrequent(const entropy::EventTable &table, int count,
                                     const QString &other) {
    if (count <= 0 || table.labels.size() <= std::size_t(count)) {
        return table;
    }
    std::vector<std::size_t> order(table.labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return table.p[a] + table.q[a] > table.p[b] + table.q[b];
    });
    entropy::EventTable kept;
    for (std::size_t i = 0; i < std::size_t(count); ++i) {
        kept.labels.push_back(table.labels[order[i]]);
        kept.p.push_back(table.p[order[i]]);
        kept.q.push_back(table.q[order[i]]);
    }
    kept.labels.push_back(other.toStdString());
    kept.p.push_back(0.0);
    kept.q.push_back(0.0);
    for (std::size_t i = std::size_t(count); i < order.size(); ++i) {
        kept.p.back() += table.p[order[i]];
        kept.q.back() += table.q[order[i]];
    }
    return kept;
}

entropy::Result<DocumentState> toDocument(const entropy::EventTable &table, EditMode mode) {
    for (const auto &[values, name] : {std::pair{&table.p, "P"}, std::pair{&table.q, "Q"}}) {
        const auto distribution = entropy::Distribution::fromWeights(*values, name);
        if (!distribution) {
            return distribution.error();
        }
    }
    DocumentState state;
    state.mode = mode;
    for (std::size_t i = 0; i < table.labels.size(); ++i) {
        state.appendEvent({QString::fromStdString(table.labels[i]), table.p[i], table.q[i]});
    }
    return mode == EditMode::Proportional ? edits::setMode(state, mode) : state;
}

DocumentState fitWeightSliders(DocumentState state) {
    if (state.mode != EditMode::Weights) {
        return state;
    }
    for (const Side side : {Side::P, Side::Q}) {
        const QList<double> values = state.values(side);
        const double largest = *std::max_element(values.begin(), values.end());
        for (EventValues &row : state.events) {
            row.value(side) = largest > 0 ? row.value(side) / largest : row.value(side);
        }
    }
    return state;
}

std::pair<QStringList, QStringList> oneSidedEvents(const DocumentState &state) {
    std::pair<QStringList, QStringList> result;
    for (int i = 0; i < state.size(); ++i) {
        const EventValues &row = state.events[i];
        if (row.p > 0 && row.q == 0) {
            result.first.append(state.labels[i]);
        } else if (row.q > 0 && row.p == 0) {
            result.second.append(state.labels[i]);
        }
    }
    return result;
}

}  // namespace dataimport
