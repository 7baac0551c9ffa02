// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <charts/stablerange.h>
#include <document.h>
#include <editors/eventtablemodel.h>
#include <editors/logittablemodel.h>
#include <gtest/gtest.h>

TEST(EventTableModel, IsAValidModelThatEditsThroughTheDocument) {
    Document document;
    EventTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(model.index(0, EventTableModel::Label), Qt::DisplayRole), "A");
    EXPECT_TRUE(model.setData(model.index(1, EventTableModel::Q), 0.7, Qt::EditRole));
    EXPECT_DOUBLE_EQ(document.state().events[1].q, 0.7);
    EXPECT_TRUE(model.setData(model.index(2, EventTableModel::Label), "rain", Qt::EditRole));
    EXPECT_EQ(document.undoStack()->count(), 2);
    document.addEvent();
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_FALSE(model.setData(model.index(0, EventTableModel::P), "abc", Qt::EditRole));
}

TEST(LogitTableModel, IsEmptyOutsideClassifierModeAndEditsLogitsWithin) {
    Document document;
    LogitTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    document.enterClassifier();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(LogitTableModel::Logit, Qt::Horizontal, Qt::DisplayRole), "Logit z");
    EXPECT_FALSE(model.flags(model.index(0, LogitTableModel::Q)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.setData(model.index(2, LogitTableModel::Logit), 1.5, Qt::EditRole));
    EXPECT_EQ(document.state().classifier.logits[2], 1.5);
    EXPECT_EQ(model.data(model.index(2, LogitTableModel::Q), Qt::EditRole).toDouble(),
              document.state().events[2].q);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(StableRange, GrowsAtOnceToARoundNumberAndShrinksOnlyWellBelow) {
    StableRange range(0.1);
    EXPECT_DOUBLE_EQ(range.update(0.7), 0.8);   // 0.7 * 1.05 -> 0.8
    EXPECT_DOUBLE_EQ(range.update(0.5), 0.8);   // still within: no jump while dragging
    EXPECT_DOUBLE_EQ(range.update(0.9), 1.0);   // grows at once
    EXPECT_DOUBLE_EQ(range.update(0.2), 0.25);  // below 40%: shrinks
    EXPECT_DOUBLE_EQ(range.update(0.0), 0.1);   // never below the floor
    EXPECT_DOUBLE_EQ(StableRange::niceStep(1.0), 0.2);
    EXPECT_DOUBLE_EQ(StableRange::niceStep(2.5), 0.5);
}

TEST(StableRange, WithAZeroFloorFollowsTinyDataAndKeepsItsRangeForNone) {
    StableRange range(0.0);
    EXPECT_DOUBLE_EQ(range.update(0.0), 1.0);
    EXPECT_NEAR(range.update(1e-6), 1.2e-6, 1e-18);
    EXPECT_NEAR(range.update(0.0), 1.2e-6, 1e-18);
}
