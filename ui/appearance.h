// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/log_base.h>

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <vector>

// How numbers, units and the two distributions look everywhere in the window and in exports.
class Appearance {
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    // "bits", "nats", "hartleys", translated.
    static QString unitName(entropy::LogBase base);
    // A quantity for people: four decimals, scientific below 0.001, "∞" for infinity.
    static QString value(double value);
    // value() followed by the unit: "0.2075 bits".
    static QString valueWithUnit(double value, entropy::LogBase base);
    // "B, D": the labels of the 0-based events `indices`.
    static QString eventList(const QStringList &labels, const std::vector<std::size_t> &indices);

    // Okabe-Ito colours: distinct for every common form of colour blindness.
    static QColor colorP() { return QColor(0x00, 0x72, 0xB2); }              // blue
    static QColor colorQ() { return QColor(0xD5, 0x5E, 0x00); }              // vermillion
    static QColor colorEntropy() { return QColor(0x56, 0xB4, 0xE9); }        // sky blue
    static QColor colorDivergence() { return QColor(0xE6, 0x9F, 0x00); }     // orange
    static QColor colorJensenShannon() { return QColor(0x00, 0x9E, 0x73); }  // bluish green
    static QColor colorInfinite() { return QColor(0xCC, 0x79, 0xA7); }       // reddish purple

    static constexpr QChar kInfinity = QChar(0x221E);
};
