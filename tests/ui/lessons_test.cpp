// SPDX-License-Identifier: MIT
// Lessons in the window: a step sets the whole window, a question hides its answer until the
// class answers, tasks tick as the class edits, the clicker's keys step through, presenter mode
// and authoring, and the handout.
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <analysis.h>
#include <charts/summarychart.h>
#include <dialogs/stepdialog.h>
#include <document.h>
#include <editors/eventeditor.h>
#include <editors/eventroweditor.h>
#include <export/handout.h>
#include <gtest/gtest.h>
#include <lessoncontroller.h>
#include <lessonrun.h>
#include <mainwindow.h>
#include <panels/classifierpanel.h>
#include <panels/lessonpanel.h>
#include <panels/numberspanel.h>
#include <panels/predictionbox.h>
#include <session.h>
#include <sessioncontroller.h>
#include <theme.h>

namespace {

// A shown window with the named built-in lesson started.
struct LessonWindow {
    explicit LessonWindow(const char *lesson) {
        window.resize(1366, 768);
        window.show();
        opening = window.document()->state();
        window.document()->setValue(Side::P, 0, 0.45);  // the session, with a history
        session = window.document()->state();
        EXPECT_TRUE(window.lessons()->openBuiltIn(QString::fromLatin1(lesson)));
    }
    LessonRun *run() const { return window.lessons()->run(); }
    LessonPanel *panel() const { return window.lessons()->panel(); }
    QString numberShown(QuantityLines::Quantity quantity) const {
        window.analysis()->flush();  // the numbers follow at most once a frame
        return window.numbersPanel()->valueText(quantity);
    }

    MainWindow window;
    DocumentState opening, session;
};

}  // namespace

TEST(LessonWindow, AStepSetsTheStateTheTabAndTheHighlightedQuantity) {
    LessonWindow w("cross-entropy");
    ASSERT_TRUE(w.window.lessons()->dock()->isVisible());
    EXPECT_EQ(w.window.document()->state(), w.run()->lesson().steps[0].state);
    EXPECT_EQ(w.window.viewTabs()->currentIndex(), 0);  // "charts"
    EXPECT_EQ(w.window.numbersPanel()->focusQuantity(), QuantityLines::KlPQ);
    EXPECT_EQ(static_cast<SummaryChart *>(w.window.charts()[3])->focusQuantity(),
              QStringLiteral("kl_pq"));
    EXPECT_EQ(w.panel()->stepList()->count(), 3);
    EXPECT_TRUE(w.panel()->textView()->toPlainText().contains("The truth P is (1/2, 1/2)"));

    LessonRun *run = w.run();
    run->goTo(2);
    EXPECT_EQ(w.window.numbersPanel()->focusQuantity(), QuantityLines::CrossEntropyPQ);
    const Lesson classification =
        lesson::builtIn(QStringLiteral("classification"), QStringLiteral("en")).value();
    w.window.lessons()->start(classification);
    run->goTo(1);  // binary cross-entropy on the Worked Formulas tab
    EXPECT_EQ(w.window.viewTabs()->currentIndex(), 1);
    run->goTo(2);  // softmax and temperature: the classifier's controls come forward
    EXPECT_TRUE(w.window.classifierPanel()->isVisible());
}

TEST(LessonWindow, TheAnswerStaysHiddenUntilTheClassAnswers) {
    LessonWindow w("cross-entropy");
    EXPECT_EQ(w.numberShown(QuantityLines::KlPQ), QStringLiteral("?"));
    EXPECT_TRUE(w.window.lessons()->cover()->isVisible());
    PredictionBox *box = w.panel()->predictionBox();
    EXPECT_FALSE(box->answerButton()->isEnabled()) << "nothing chosen yet";
    box->choices()->button(1)->click();  // Q' = (1/8, 7/8): wrong
    box->answerButton()->click();
    EXPECT_FALSE(w.window.lessons()->cover()->isVisible());
    EXPECT_EQ(w.numberShown(QuantityLines::KlPQ), QStringLiteral("0.2075"));
    EXPECT_EQ(box->verdict().toStdString(),
              "Not quite: you said Q\u2032 = (1/8, 7/8); the answer is Q = (1/4, 3/4) "
              "(KL divergence D(P\u2016Q) = 0.2075 bits).");
    EXPECT_EQ(w.panel()->stepList()->item(0)->checkState(), Qt::Checked);
}

TEST(LessonWindow, ANumericQuestionAcceptsAnAnswerWithinItsTolerance) {
    LessonWindow w("information");
    w.run()->goTo(2);  // "it is 5": 2.585 bits, within 0.1
    PredictionBox *box = w.panel()->predictionBox();
    ASSERT_TRUE(box->numberBox()->isVisible());
    box->numberBox()->setValue(2.5);
    box->answerButton()->click();
    EXPECT_EQ(box->verdict(), QStringLiteral("Right! The answer is 2.585 bits."));
}

TEST(LessonWindow, ATaskTicksAsTheClassEditsAndOpeningAStepIsNotAnEdit) {
    LessonWindow w("asymmetry");
    w.run()->goTo(3);  // make D(P||Q) finite without changing P
    EXPECT_FALSE(w.window.document()->undoStack()->canUndo());
    EXPECT_TRUE(w.panel()->taskStatus()->text().contains("Make D(P\u2016Q) finite again"));
    ASSERT_TRUE(w.window.document()->setValue(Side::Q, 2, 0.1));
    EXPECT_TRUE(w.panel()->taskStatus()->text().startsWith(QStringLiteral("\u2714 Any q > 0")));
    EXPECT_TRUE(w.panel()->taskStatus()->accessibleDescription().startsWith("Any q > 0"))
        << "a screen reader hears the goal met";
    EXPECT_EQ(w.panel()->stepList()->item(3)->checkState(), Qt::Checked);
    EXPECT_EQ(w.panel()->stepList()->item(2)->checkState(), Qt::Unchecked);
}

TEST(LessonWindow, TheClickersKeysStepThroughWhereverTheFocusIs) {
    LessonWindow w("asymmetry");
    QSlider *slider = w.window.eventEditor()->row(0)->slider(Side::P);
    slider->setFocus();
    const DocumentState before = w.window.document()->state();
    QTest::keyClick(slider, Qt::Key_PageDown);
    EXPECT_EQ(w.run()->current(), 1) << "Page Down is the next step, not a page of the slider";
    QTest::keyClick(w.window.eventEditor()->row(0)->slider(Side::P), Qt::Key_PageUp);
    EXPECT_EQ(w.run()->current(), 0);
    EXPECT_EQ(w.window.document()->state(), before);
    // Arrows move through the lesson only where they have nothing else to do.
    w.panel()->nextButton()->setFocus();
    QTest::keyClick(w.panel()->nextButton(), Qt::Key_Right);
    EXPECT_EQ(w.run()->current(), 1);
    slider = w.window.eventEditor()->row(0)->slider(Side::Q);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_EQ(w.run()->current(), 1);
    EXPECT_NE(w.window.document()->state(), w.run()->lesson().steps[1].state);
}

TEST(LessonWindow, ClosingTheLessonReturnsToTheSessionAsItWas) {
    LessonWindow w("asymmetry");
    w.run()->goTo(1);
    w.window.document()->setValue(Side::Q, 0, 0.5);
    ASSERT_TRUE(w.window.lessons()->close());
    EXPECT_FALSE(w.window.lessons()->dock()->isVisible());
    EXPECT_EQ(w.window.document()->state(), w.session);
    EXPECT_NE(w.numberShown(QuantityLines::KlPQ), QStringLiteral("?"));
    EXPECT_EQ(w.window.numbersPanel()->focusQuantity(), -1);
    EXPECT_TRUE(static_cast<SummaryChart *>(w.window.charts()[3])->focusQuantity().isEmpty());
    EXPECT_TRUE(w.window.document()->undoStack()->canUndo()) << "the session's history is back";
    w.window.document()->undoStack()->undo();
    EXPECT_EQ(w.window.document()->state(), w.opening);
}

TEST(LessonWindow, TheHandoutIsInTheFileMenuAndOnlyDuringALesson) {
    LessonWindow w("entropy");
    const QList<QAction *> file = w.window.menuBar()->actions().constFirst()->menu()->actions();
    EXPECT_TRUE(file.contains(w.window.lessons()->handout));
    EXPECT_TRUE(w.window.lessons()->handout->isEnabled());
    w.window.lessons()->close();
    EXPECT_FALSE(w.window.lessons()->handout->isEnabled());
}

// Opening a session ends a lesson; an edited lesson asks first, and Cancel keeps it.
TEST(LessonWindow, OpeningASessionAsksBeforeAnEditedLessonIsLost) {
    LessonWindow w("entropy");
    w.run()->setTitle(QStringLiteral("Edited"));
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("s.json"));
    ASSERT_FALSE(session::save(session, DocumentState::initial()));
    w.window.document()->sessionUndoStack()->setClean();  // only the lesson has changes
    const auto answerWith = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_TRUE(box);
            box->button(button)->click();
        });
    };
    answerWith(QMessageBox::Cancel);
    EXPECT_FALSE(w.window.sessionController()->open(session));
    EXPECT_TRUE(w.run()->isActive()) << "Cancel keeps the lesson and its edits";
    EXPECT_EQ(w.run()->lesson().title, QStringLiteral("Edited"));
    answerWith(QMessageBox::Discard);
    EXPECT_TRUE(w.window.sessionController()->open(session));
    EXPECT_FALSE(w.run()->isActive());
    EXPECT_EQ(w.window.document()->state(), DocumentState::initial());
}

TEST(LessonWindow, OpeningALessonFileLeavesTheSessionAlone) {
    LessonWindow w("asymmetry");
    w.window.lessons()->close();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    ASSERT_FALSE(lesson::save(path, w.run()->lesson()));
    EXPECT_TRUE(w.window.sessionController()->open(path));
    EXPECT_TRUE(w.run()->isActive());
    EXPECT_EQ(w.run()->path(), path);
    w.window.lessons()->close();
    EXPECT_EQ(w.window.document()->state(), w.session);
}

TEST(LessonWindow, PresenterModeShowsTheLessonLargeAndPutsEverythingBack) {
    LessonWindow w("entropy");
    const Theme theme = Themes::current();
    w.window.setPresenting(true);
    EXPECT_TRUE(w.window.isFullScreen());
    EXPECT_EQ(Themes::current(), Theme::Projector);
    EXPECT_FALSE(w.window.eventEditor()->isVisible()) << "the editor is folded away";
    EXPECT_FALSE(w.window.menuBar()->isVisible());
    EXPECT_FALSE(w.panel()->stepList()->isVisible());
    EXPECT_EQ(w.window.dockWidgetArea(w.window.lessons()->dock()), Qt::TopDockWidgetArea);
    EXPECT_GT(w.panel()->textView()->font().pointSizeF(), QApplication::font().pointSizeF() * 1.5);
    w.window.setEditorShown(true);  // F4
    EXPECT_TRUE(w.window.eventEditor()->isVisible());
    QApplication::setActiveWindow(&w.window);  // shortcuts need an active window
    QTest::keyClick(&w.window, Qt::Key_Escape);
    EXPECT_FALSE(w.window.isPresenting());
    EXPECT_FALSE(w.window.isFullScreen());
    EXPECT_EQ(Themes::current(), theme);
    EXPECT_TRUE(w.window.menuBar()->isVisible());
    EXPECT_TRUE(w.panel()->stepList()->isVisible());
    EXPECT_EQ(w.window.dockWidgetArea(w.window.lessons()->dock()), Qt::RightDockWidgetArea);
}

TEST(LessonWindow, ATeacherWritesALessonFromTheWindowAndSavesIt) {
    MainWindow window;
    window.show();
    LessonController *lessons = window.lessons();
    ASSERT_TRUE(lessons->newLesson());
    EXPECT_TRUE(lessons->panel()->isAuthoring());
    window.viewTabs()->setCurrentIndex(7);  // simplex
    lessons->addStep->trigger();
    window.document()->setValue(Side::Q, 0, 0.6);
    window.viewTabs()->setCurrentIndex(0);
    lessons->addStep->trigger();
    ASSERT_EQ(lessons->run()->lesson().steps.size(), 2);
    QTextBrowser *text = lessons->panel()->textView();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Watch D(P||Q) shrink."));
    lessons->panel()->titleEdit()->setText(QString());
    QTest::keyClicks(lessons->panel()->titleEdit(), QStringLiteral("Move Q"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taught.json"));
    lessons->run()->markSaved(path);  // as Save As would after its dialog
    lessons->panel()->textView()->insertPlainText(QStringLiteral(" Now {{kl_pq|3}}."));
    ASSERT_TRUE(lessons->run()->isModified());
    ASSERT_TRUE(lessons->save());
    EXPECT_FALSE(lessons->run()->isModified());
    const Lesson saved = lesson::load(path).value();
    EXPECT_EQ(saved.steps[0].tab, QStringLiteral("simplex"));
    EXPECT_EQ(saved.steps[1].tab, QStringLiteral("charts"));
    EXPECT_EQ(saved.steps[1].title, QStringLiteral("Move Q"));
    EXPECT_EQ(saved.steps[1].text, QStringLiteral("<p>Watch D(P||Q) shrink. Now {{kl_pq|3}}.</p>"));
    EXPECT_TRUE(lesson::rendered(saved, 1).text.contains(QStringLiteral("Now 0.")));
    EXPECT_DOUBLE_EQ(saved.steps[1].state.events[0].q, 0.6);
    EXPECT_TRUE(lessons->close());
}

TEST(LessonHandout, OnePagePerStepAndAnAnswersPageOrNoFileAtAll) {
    QTemporaryDir dir;
    const Lesson asymmetry =
        lesson::builtIn(QStringLiteral("asymmetry"), QStringLiteral("en")).value();
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_FALSE(handout::write(asymmetry, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"), 5)  // 4 steps, answers
        << "pages: " << pdf.count("/Type /Page");
    EXPECT_TRUE(handout::write(Lesson{}, dir.filePath(QStringLiteral("empty.pdf"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("empty.pdf"))));
    EXPECT_TRUE(handout::write(asymmetry, dir.filePath(QStringLiteral("no/such/folder/h.pdf"))));
}

// A teacher sets a step's question and task in a dialog, never in JSON.
TEST(StepDialogTest, SetsAQuestionAndATaskOrSaysWhatIsMissing) {
    LessonStep step;
    step.title = QStringLiteral("Move Q");
    step.state = DocumentState::initial();
    StepDialog dialog(step);
    dialog.focus->setCurrentIndex(dialog.focus->findData(QStringLiteral("kl_pq")));
    dialog.questionKind->setCurrentIndex(2);  // a number
    dialog.question->setText(QStringLiteral("How many bits?"));
    dialog.findChild<QPushButton *>(QStringLiteral("useFocusValue"))->click();
    EXPECT_NEAR(dialog.answer->value(), 0.7188, 5e-5);
    dialog.hasTask->setChecked(true);
    dialog.goal->setPlainText(QStringLiteral("kl_pq < 0.01\nbogus < 1"));
    dialog.openText->setText(QStringLiteral("Bring Q to P."));
    dialog.metText->setText(QStringLiteral("Done."));
    EXPECT_EQ(dialog.read().value_or(QString()).toStdString(),
              "Goal: \"bogus\" is not a quantity (use one of entropy_p, entropy_q, "
              "cross_entropy_pq, cross_entropy_qp, kl_pq, kl_qp, js, normalized_entropy_p, "
              "normalized_entropy_q, perplexity_p, perplexity_q, total_variation, p[i], q[i], p "
              "or q)");
    dialog.goal->setPlainText(QStringLiteral("kl_pq < 0.01\np unchanged"));
    ASSERT_FALSE(dialog.read());
    const LessonStep set = dialog.step();
    EXPECT_EQ(set.focus, QStringLiteral("kl_pq"));
    ASSERT_TRUE(set.predict);
    EXPECT_NEAR(set.predict->answer, 0.7188, 5e-5);
    ASSERT_TRUE(set.task);
    EXPECT_EQ(set.task->goal.size(), 2);
    EXPECT_EQ(set.state, step.state);

    StepDialog again(set);  // opens with what was set
    EXPECT_EQ(again.goal->toPlainText(), QStringLiteral("kl_pq < 0.01\np unchanged"));
    again.questionKind->setCurrentIndex(1);  // choices, but only one
    again.choices->setPlainText(QStringLiteral("Only one"));
    EXPECT_TRUE(again.read());
}
