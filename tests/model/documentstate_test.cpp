// SPDX-License-Identifier: MIT
#include <documentstate.h>
#include <gtest/gtest.h>
#include <numeric>

namespace {

double total(const DocumentState &state, Side side) {
    const QList<double> values = state.values(side);
    return std::accumulate(values.begin(), values.end(), 0.0);
}

DocumentState fourEvents() {
    DocumentState state;
    state.setEvents({{"A", 0.4, 0.25}, {"B", 0.3, 0.25}, {"C", 0.2, 0.25}, {"D", 0.1, 0.25}});
    return state;
}

}  // namespace

TEST(Edits, ProportionalMoveRescalesTheOthersToKeepTheSumOne) {
    const auto next = edits::setValue(fourEvents(), Side::P, 0, 0.7);
    ASSERT_TRUE(next);
    EXPECT_DOUBLE_EQ(next->events[0].p, 0.7);
    EXPECT_NEAR(total(*next, Side::P), 1.0, 1e-15);
    // B, C and D keep their 3 : 2 : 1 proportions.
    EXPECT_NEAR(next->events[1].p / next->events[3].p, 3.0, 1e-12);
    EXPECT_EQ(next->values(Side::Q), fourEvents().values(Side::Q));
}

TEST(Edits, LockedEventsKeepTheirValueAndCapTheMove) {
    DocumentState state = fourEvents();
    state.events[1].lockedP = true;  // B stays at 0.3
    const auto next = edits::setValue(state, Side::P, 0, 0.9);
    ASSERT_TRUE(next);
    EXPECT_DOUBLE_EQ(next->events[1].p, 0.3);
    EXPECT_DOUBLE_EQ(next->events[0].p, 0.7);  // at most 1 - 0.3
    EXPECT_NEAR(total(*next, Side::P), 1.0, 1e-15);
    EXPECT_EQ(next->events[2].p, 0.0);
}

TEST(Edits, ASliderWhoseOthersAreAllLockedStaysPut) {
    DocumentState state = fourEvents();
    for (int i = 1; i < 4; ++i) {
        state.events[i].lockedQ = true;
    }
    EXPECT_FALSE(edits::setValue(state, Side::Q, 0, 0.5));
    state.events[0].lockedQ = true;
    EXPECT_FALSE(edits::setValue(state, Side::Q, 0, 0.5));  // a locked slider does not move
}

TEST(Edits, MovingToZeroIsAllowedAndOthersShareTheMass) {
    const auto next = edits::setValue(fourEvents(), Side::Q, 2, 0.0);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->events[2].q, 0.0);
    EXPECT_NEAR(next->events[0].q, 1.0 / 3, 1e-15);
}

TEST(Edits, MassMovesToOthersEvenWhenTheyAreAllZero) {
    DocumentState state = fourEvents();
    state.setEvents({{"A", 1.0, 0.5}, {"B", 0.0, 0.5}, {"C", 0.0, 0.0}});
    const auto next = edits::setValue(state, Side::P, 0, 0.4);
    ASSERT_TRUE(next);
    EXPECT_DOUBLE_EQ(next->events[1].p, 0.3);
    EXPECT_DOUBLE_EQ(next->events[2].p, 0.3);
}

TEST(Edits, WeightsModeChangesOneValueAndRefusesToEmptyADistribution) {
    DocumentState state = fourEvents();
    state.mode = EditMode::Weights;
    const auto next = edits::setValue(state, Side::P, 0, 1.0);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->values(Side::P), (QList<double>{1.0, 0.3, 0.2, 0.1}));
    state.setEvents({{"A", 0.5, 0.5}, {"B", 0.0, 0.5}});
    state.mode = EditMode::Weights;
    EXPECT_FALSE(edits::setValue(state, Side::P, 0, 0.0));
}

TEST(Edits, SwitchingToProportionalNormalises) {
    DocumentState state = fourEvents();
    state.mode = EditMode::Weights;
    state.events[0].p = 1.4;
    const DocumentState next = edits::setMode(state, EditMode::Proportional);
    EXPECT_NEAR(total(next, Side::P), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(next.events[0].p, 0.7);
}

TEST(Edits, AddAndRemoveKeepDistributionsNormalised) {
    const auto added = edits::addEvent(fourEvents());
    ASSERT_TRUE(added);
    ASSERT_EQ(added->size(), 5);
    EXPECT_EQ(added->labels[4], "E");
    EXPECT_NEAR(total(*added, Side::P), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(added->events[4].q, 0.2);

    const auto removed = edits::removeEvent(fourEvents(), 0);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->labels[0], "B");
    EXPECT_NEAR(total(*removed, Side::P), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(removed->events[0].p, 0.5);
}

TEST(Edits, EventCountStaysWithinTheEditorsLimits) {
    DocumentState two;
    two.setEvents({{"A", 0.5, 0.5}, {"B", 0.5, 0.5}});
    EXPECT_FALSE(edits::removeEvent(two, 0));
    DocumentState full;
    for (int i = 0; i < kMaxEditableEvents; ++i) {
        full.appendEvent({defaultLabel(i), 1.0 / kMaxEditableEvents, 1.0 / kMaxEditableEvents});
    }
    EXPECT_FALSE(edits::addEvent(full));
}

TEST(Edits, CopyAndSwapExchangeWholeDistributions) {
    const DocumentState state = fourEvents();
    EXPECT_EQ(edits::copySide(state, Side::P).values(Side::Q), state.values(Side::P));
    EXPECT_EQ(edits::copySide(state, Side::Q).values(Side::P), state.values(Side::Q));
    const DocumentState swapped = edits::swapSides(state);
    EXPECT_EQ(swapped.values(Side::P), state.values(Side::Q));
    EXPECT_EQ(swapped.values(Side::Q), state.values(Side::P));
}

TEST(Edits, DefaultLabelsRunThroughTheAlphabetThenDouble) {
    EXPECT_EQ(defaultLabel(0), "A");
    EXPECT_EQ(defaultLabel(25), "Z");
    EXPECT_EQ(defaultLabel(26), "AA");
    EXPECT_EQ(defaultLabel(27), "AB");
}

TEST(Edits, SetDistributionReplacesOneSideWholeAndIgnoresLocks) {
    DocumentState state = DocumentState::initial();
    state.events[0].lockedQ = true;
    const auto next = edits::setDistribution(state, Side::Q, {1, 1, 2});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->values(Side::Q), (QList<double>{0.25, 0.25, 0.5}));
    EXPECT_EQ(next->values(Side::P), state.values(Side::P));
    EXPECT_FALSE(edits::setDistribution(state, Side::Q, {1, 1}));
    EXPECT_FALSE(edits::setDistribution(state, Side::Q, {0, 0, 0}));
    EXPECT_FALSE(edits::setDistribution(state, Side::Q, {1, -1, 1}));
}

TEST(Edits, SetMergedThreeKeepsTheRestInProportion) {
    DocumentState state;
    state.setEvents({{"A", 0.1, 0.25}, {"B", 0.2, 0.25}, {"C", 0.3, 0.25}, {"D", 0.4, 0.25}});
    const auto next = edits::setMergedThree(state, Side::P, {0.5, 0.15, 0.35});
    ASSERT_TRUE(next);
    const QList<double> p = next->values(Side::P);
    EXPECT_DOUBLE_EQ(p[0], 0.5);
    EXPECT_DOUBLE_EQ(p[1], 0.15);
    EXPECT_NEAR(p[2], 0.15, 1e-15);
    EXPECT_NEAR(p[3], 0.2, 1e-15);
    state.events[2].p = state.events[3].p = 0;  // no mass in the rest: it is spread evenly
    const auto spread = edits::setMergedThree(state, Side::P, {0.2, 0.2, 0.6});
    EXPECT_NEAR(spread->values(Side::P)[3], 0.3, 1e-15);
}

TEST(Edits, RenyiOrderIsClampedExceptInfinity) {
    const DocumentState state = DocumentState::initial();
    EXPECT_EQ(edits::setRenyiAlpha(state, 7).renyiAlpha, kMaxRenyiAlpha);
    EXPECT_EQ(edits::setRenyiAlpha(state, -1).renyiAlpha, 0.0);
    EXPECT_EQ(edits::setRenyiAlpha(state, INFINITY).renyiAlpha, INFINITY);
    EXPECT_EQ(edits::setRenyiAlpha(state, NAN).renyiAlpha, state.renyiAlpha);
}
