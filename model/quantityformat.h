// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/fits.h>
#include <entropy/log_base.h>

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <vector>

// How numbers and units read everywhere: in the window, in exports and on the command line.
class QuantityFormat {
    Q_DECLARE_TR_FUNCTIONS(QuantityFormat)

public:
    // "bits", "nats", "hartleys", translated.
    static QString unitName(entropy::LogBase base);
    // A quantity for people: four decimals, scientific below 0.001, "∞" for infinity.
    static QString value(double value);
    // value() followed by the unit: "0.2075 bits".
    static QString valueWithUnit(double value, entropy::LogBase base);
    // valueWithUnit in bits: code lengths, which are bits whatever the unit chosen.
    static QString bits(double value) { return valueWithUnit(value, entropy::LogBase::Bits); }
    // "B and D": the labels of the 0-based events `indices`; past kMaxListed, the first few
    // and "12 more events", so that a sentence stays a sentence with 65,536 events.
    static constexpr std::size_t kMaxListed = 8;
    static QString eventList(const QStringList &labels, const std::vector<std::size_t> &indices);

    // "μ = 17.88, σ = 13.50, D = 0.7136 bits", and "(σ at its limit)" when it is.
    static QString fitMinimum(const entropy::FitMinimum &minimum, entropy::LogBase base);

    static constexpr QChar kInfinity = QChar(0x221E);
};
