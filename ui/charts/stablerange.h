// SPDX-License-Identifier: MIT
#pragma once

// An axis range that follows the data without jumping on every slider move: it grows at once
// to a round number above a new maximum, and shrinks only when the data falls well below it.
class StableRange {
public:
    // `floor`: the smallest top the axis ever has. With a floor of 0 the axis follows data of
    // any scale (probabilities of 1e-6 among a million events), and keeps its range while all
    // the data is 0.
    explicit StableRange(double floor = 1.0) : m_floor(floor), m_top(floor) {}

    // Updates the range for data whose largest value is `maximum`; returns the axis top.
    double update(double maximum);
    [[nodiscard]] double top() const { return m_top; }
    void reset() { m_top = m_floor; }

    // The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten >= value.
    static double niceCeiling(double value);
    // A tick interval of 1, 2, 2.5 or 5 times a power of ten giving at most `ticks` intervals
    // over `span`.
    static double niceStep(double span, int ticks = 5);

private:
    double m_floor;
    double m_top;
};
