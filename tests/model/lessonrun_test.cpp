// SPDX-License-Identifier: MIT
// Running a lesson: steps replace the state without undo steps, the class edits within a step,
// predictions stay hidden until answered, tasks are checked live, and stopping restores the
// session with its history.
#include "lessonrun.h"

#include "document.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

Lesson asymmetry() {
    return lesson::builtIn(QStringLiteral("asymmetry"), QStringLiteral("en")).value();
}

}  // namespace

TEST(LessonRun, StepsAreNotEditsAndStoppingRestoresTheSessionAndItsHistory) {
    Document document;
    document.setValue(Side::P, 0, 0.5);
    const DocumentState session = document.state();
    const int sessionSteps = document.undoStack()->count();
    LessonRun run(&document);
    run.start(asymmetry());
    EXPECT_TRUE(document.inLesson());
    EXPECT_EQ(document.state(), run.lesson().steps[0].state);
    EXPECT_FALSE(document.undoStack()->canUndo());

    ASSERT_TRUE(run.next());
    EXPECT_EQ(document.state(), run.lesson().steps[1].state);
    ASSERT_TRUE(document.setValue(Side::Q, 0, 0.4));  // the class edits within the step
    EXPECT_TRUE(document.undoStack()->canUndo());
    ASSERT_TRUE(run.next());
    EXPECT_FALSE(document.undoStack()->canUndo()) << "moving on must not leave edits to undo";
    run.previous();
    EXPECT_EQ(document.state(), run.lesson().steps[1].state) << "a step opens as written";
    document.setValue(Side::Q, 0, 0.4);
    run.restartStep();
    EXPECT_EQ(document.state(), run.lesson().steps[1].state);
    EXPECT_FALSE(run.next() && run.next() && run.next()) << "past the last step";

    run.stop();
    EXPECT_FALSE(document.inLesson());
    EXPECT_EQ(document.state(), session);
    EXPECT_EQ(document.undoStack(), document.sessionUndoStack());
    EXPECT_EQ(document.undoStack()->count(), sessionSteps);
    EXPECT_TRUE(document.undoStack()->canUndo());
}

TEST(LessonRun, APredictionStaysOpenUntilAnsweredOrRevealed) {
    Document document;
    LessonRun run(&document);
    run.start(asymmetry());
    EXPECT_TRUE(run.predictionOpen());
    EXPECT_FALSE(run.isDone(0));
    EXPECT_TRUE(run.answer(2));  // "Smaller"
    EXPECT_FALSE(run.predictionOpen());
    EXPECT_TRUE(run.isDone(0));
    EXPECT_EQ(run.status(0).answer, 2.0);

    run.start(asymmetry());
    EXPECT_FALSE(run.answer(0));  // wrong, but answered: the number shows
    EXPECT_FALSE(run.predictionOpen());
    run.start(asymmetry());
    run.reveal();
    EXPECT_FALSE(run.predictionOpen());
    EXPECT_FALSE(run.status(0).answer.has_value());
}

TEST(LessonRun, TasksAreCheckedLiveAsTheClassEdits) {
    Document document;
    LessonRun run(&document);
    run.start(asymmetry(), QString(), 3);  // make D(P||Q) finite without changing P
    EXPECT_FALSE(run.status(3).taskMet);
    EXPECT_FALSE(run.isDone(3));
    int changes = 0;
    QObject::connect(&run, &LessonRun::statusChanged, [&] { ++changes; });
    ASSERT_TRUE(document.setValue(Side::Q, 2, 0.1));
    EXPECT_TRUE(run.status(3).taskMet);
    EXPECT_EQ(changes, 1);
    document.undoStack()->undo();
    EXPECT_FALSE(run.status(3).taskMet);
    EXPECT_TRUE(run.isDone(3)) << "a goal met once ticks the step";
    ASSERT_TRUE(document.setValue(Side::P, 2, 0.0));  // P changed: the goal is not met
    document.setValue(Side::Q, 2, 0.1);
    EXPECT_FALSE(run.status(3).taskMet);
}

TEST(LessonRun, AuthoringAddsMovesEditsAndRemovesSteps) {
    Document document;
    LessonRun run(&document);
    Lesson mine;
    mine.title = QStringLiteral("Mine");
    run.start(mine);
    EXPECT_EQ(run.current(), -1);
    run.addCurrentState(QStringLiteral("First"), QStringLiteral("charts"));
    document.setValue(Side::P, 0, 0.9);
    run.addCurrentState(QStringLiteral("Second"), QStringLiteral("simplex"));
    EXPECT_EQ(run.current(), 1);
    EXPECT_TRUE(run.isModified());
    EXPECT_EQ(run.lesson().steps[1].state, document.state());
    EXPECT_NE(run.lesson().steps[0].state, run.lesson().steps[1].state);
    run.setStepText(1, QStringLiteral("Second"), QStringLiteral("<p>Look at P</p>"));
    run.moveStep(1, 0);
    EXPECT_EQ(run.lesson().steps[0].text, QStringLiteral("<p>Look at P</p>"));
    EXPECT_EQ(run.current(), 0);
    run.removeStep(0);
    ASSERT_EQ(run.lesson().steps.size(), 1);
    EXPECT_EQ(run.lesson().steps[0].title, QStringLiteral("First"));
    EXPECT_EQ(document.state(), run.lesson().steps[0].state);
    const auto saved = lesson::parse(lesson::serialize(run.lesson()), QStringLiteral("m.json"));
    ASSERT_TRUE(saved) << saved.error().message();
    EXPECT_EQ(saved.value().steps[0].tab, QStringLiteral("charts"));
}

TEST(LessonRun, OpeningASessionEndsTheLesson) {
    Document document;
    LessonRun run(&document);
    run.start(asymmetry());
    document.reset(DocumentState::initial());
    EXPECT_FALSE(run.isActive());
    EXPECT_FALSE(document.inLesson());
    EXPECT_EQ(document.undoStack(), document.sessionUndoStack());
}
