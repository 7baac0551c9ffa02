// SPDX-License-Identifier: MIT
#pragma once

#include "documentstate.h"

#include <entropy/input_error.h>
#include <entropy/table_import.h>

#include <QString>

#include <string>
#include <vector>

// Distributions from data: a CSV table, or the symbol frequencies of two texts.
namespace dataimport {

enum class TextUnit { Characters, Words };

// The symbols of a text: its letters (lower-cased, any script), or its words (runs of letters
// and digits, lower-cased). Spaces, digits between words and punctuation are left out.
[[nodiscard]] std::vector<std::string> symbols(const QString &text, TextUnit unit);

// The whole of a UTF-8 text file, or an error naming it.
[[nodiscard]] entropy::Result<QString> readText(const QString &path);

// Events from a CSV file (see entropy::parseEventCsv).
[[nodiscard]] entropy::Result<entropy::EventTable> readCsv(const QString &path);

struct TextOptions {
    TextUnit unit = TextUnit::Characters;
    double pseudoCount = 0.0;  // added to every count: smoothing
    int keepMostFrequent = 0;  // > 0: that many events, the rest summed into one "other" event
};

// Symbol frequencies of two text files over their common alphabet.
[[nodiscard]] entropy::Result<entropy::EventTable> readTexts(const QString &pathP,
                                                             const QString &pathQ,
                                                             const TextOptions &options);

// The most frequent `count` events (by p + q) in order of frequency, and one more, `other`,
// holding the rest. A table with no more than `count` events is returned as it is.
[[nodiscard]] entropy::EventTable keepMostFrequent(const entropy::EventTable &table, int count,
                                                   const QString &other);

// A document state holding the table's events, or an error if P or Q has no mass. The values
// are normalised (proportional editing) unless `mode` is Weights.
[[nodiscard]] entropy::Result<DocumentState> toDocument(const entropy::EventTable &table,
                                                        EditMode mode = EditMode::Proportional);

// For weight sliders, which run from 0 to 1: each side scaled so its largest weight is 1
// (counts of 35 and 70 become 0.5 and 1), the distributions unchanged. Proportional states
// are returned as they are.
[[nodiscard]] DocumentState fitWeightSliders(DocumentState state);

// Labels of events that one side has and the other has not, for a warning:
// {events only in P (make D(P||Q) infinite), events only in Q}.
[[nodiscard]] std::pair<QStringList, QStringList> oneSidedEvents(const DocumentState &state);

}  // namespace dataimport
