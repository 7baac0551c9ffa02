// SPDX-License-Identifier: MIT
#include <QSignalSpy>
#include <QUndoStack>

#include <document.h>
#include <gtest/gtest.h>

TEST(Document, UndoRestoresTheExactPreviousValues) {
    Document document;
    const DocumentState before = document.state();
    ASSERT_TRUE(document.setValue(Side::P, 0, 0.123456789));
    EXPECT_NE(document.state(), before);
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), before);  // bit for bit
    document.undoStack()->redo();
    EXPECT_DOUBLE_EQ(document.state().events[0].p, 0.123456789);
}

// The labels are apart from the values so that a slider's step copies numbers alone: every
// edit of values leaves them shared with the state before it (at 65,536 events a copy of them
// was most of the step), and an edit of the events themselves keeps one label per event.
TEST(Document, EditsOfValuesShareTheLabelsAndEventEditsKeepThemInStep) {
    Document document;
    const DocumentState before = document.state();
    ASSERT_TRUE(document.setValue(Side::P, 0, 0.5, /*dragId=*/7));
    ASSERT_TRUE(document.setProbability(Side::Q, 1, 0.4));
    ASSERT_TRUE(document.setLocked(Side::P, 2, true));
    document.swapSides();
    EXPECT_TRUE(document.state().labels.isSharedWith(before.labels));
    EXPECT_TRUE(document.state().sameEvents(before));

    ASSERT_TRUE(document.addEvent());
    ASSERT_TRUE(document.setLabel(3, QStringLiteral("Rain")));
    ASSERT_TRUE(document.removeEvent(0));
    const DocumentState &after = document.state();
    EXPECT_EQ(after.labels, (QStringList{"B", "C", "Rain"}));
    ASSERT_EQ(after.events.size(), 3);
    EXPECT_TRUE(after.events[1].lockedQ);  // C's lock, swapped to Q, moved with its label
    EXPECT_FALSE(after.sameEvents(before));
}

TEST(Document, OneDragIsOneUndoStep) {
    Document document;
    const DocumentState before = document.state();
    for (const double value : {0.1, 0.2, 0.3, 0.45}) {
        document.setValue(Side::Q, 1, value, /*dragId=*/7);
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_DOUBLE_EQ(document.state().events[1].q, 0.45);
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), before);
}

TEST(Document, SeparateDragsAndKeyStepsAreSeparateSteps) {
    Document document;
    document.setValue(Side::P, 0, 0.2, 1);
    document.setValue(Side::P, 0, 0.3, 2);
    document.setValue(Side::P, 0, 0.4);
    document.setValue(Side::P, 0, 0.5);
    EXPECT_EQ(document.undoStack()->count(), 4);
}

TEST(Document, EveryEditIsUndoableAndNamed) {
    Document document;
    const DocumentState before = document.state();
    document.addEvent();
    document.setLabel(0, "rain");
    document.setLocked(Side::P, 1, true);
    document.copySide(Side::P);
    document.swapSides();
    document.setBase(entropy::LogBase::Nats);
    document.setMode(EditMode::Weights);
    document.removeEvent(3);
    EXPECT_EQ(document.undoStack()->count(), 8);
    EXPECT_EQ(document.undoStack()->text(1), "Rename event A to rain");
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
    }
    EXPECT_EQ(document.state(), before);
}

TEST(Document, SignalsSayWhetherEventsChanged) {
    Document document;
    QSignalSpy changed(&document, &Document::changed);
    document.setValue(Side::P, 0, 0.5);
    document.addEvent();
    ASSERT_EQ(changed.count(), 2);
    EXPECT_FALSE(changed[0][0].toBool());
    EXPECT_TRUE(changed[1][0].toBool());
}

TEST(Document, EditsThatCannotHappenLeaveNoStep) {
    Document document;
    EXPECT_FALSE(document.setValue(Side::P, 99, 0.5));
    EXPECT_FALSE(document.setLabel(0, "   "));
    EXPECT_FALSE(document.removeEvent(-1));
    EXPECT_EQ(document.undoStack()->count(), 0);
}
