// SPDX-License-Identifier: MIT
// Keyboard and screen-reader use of the window, without a mouse: the focus order, F6 between
// areas, editing a bar of the distributions chart by keys, and the descriptions a screen reader
// reads, which follow every edit.
#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <analysis.h>
#include <charts/groupedbarchart.h>
#include <charts/perevent_charts.h>
#include <document.h>
#include <editors/eventeditor.h>
#include <editors/eventroweditor.h>
#include <focuscycle.h>
#include <gtest/gtest.h>
#include <lessoncontroller.h>
#include <lessonrun.h>
#include <mainwindow.h>
#include <panels/lessonpanel.h>
#include <panels/numberspanel.h>
#include <panels/predictionbox.h>

namespace {

class Keyboard : public ::testing::Test {
protected:
    Keyboard() {
        QLocale::setDefault(QLocale::c());
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QCoreApplication::processEvents();
    }
    DistributionChart *distributions() {
        window.viewTabs()->setCurrentIndex(0);
        return static_cast<DistributionChart *>(window.charts()[0]);
    }

    MainWindow window;
};

}  // namespace

TEST_F(Keyboard, TabRunsAlongEachRowAndTheRemoveButtonComesLast) {
    EventRowEditor *row = window.eventEditor()->row(0);
    const QList<QWidget *> expected{
        row->labelEdit(),      row->slider(Side::P), row->spinBox(Side::P),
        row->lockBox(Side::P), row->slider(Side::Q), row->spinBox(Side::Q),
        row->lockBox(Side::Q), row->removeButton(),  window.eventEditor()->row(1)->labelEdit()};
    expected.front()->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *at = QApplication::focusWidget();
        EXPECT_EQ(at, expected[i]) << "step " << i << ": " << at->metaObject()->className();
    }
}

TEST_F(Keyboard, TheWindowOpensWithTheFirstPSliderFocused) {
    EXPECT_EQ(window.focusWidget(), window.eventEditor()->row(0)->slider(Side::P));
}

TEST_F(Keyboard, ArrowKeysOnARemoveButtonGoNowhere) {
    QToolButton *remove = window.eventEditor()->row(0)->removeButton();
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Down);
    QTest::keyClick(remove, Qt::Key_Right);
    EXPECT_EQ(window.focusWidget(), remove);
    EXPECT_EQ(window.document()->state().size(), 3);
}

TEST_F(Keyboard, F6MovesBetweenTheEditorTheNumbersAndTheViews) {
    window.focusEditor();
    window.focusCycle()->next();
    EXPECT_TRUE(window.numbersPanel()->isAncestorOf(QApplication::focusWidget()))
        << QApplication::focusWidget()->metaObject()->className();
    window.focusCycle()->next();
    EXPECT_TRUE(window.viewTabs()->isAncestorOf(QApplication::focusWidget()) ||
                window.viewTabs() == QApplication::focusWidget());
    window.focusCycle()->next();
    EXPECT_TRUE(window.eventEditor()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget()->parentWidget()->inherits("QTabBar") ||
                QApplication::focusWidget()->inherits("QTabBar"));
    window.focusCycle()->previous();
    EXPECT_TRUE(window.viewTabs()->isAncestorOf(QApplication::focusWidget()) ||
                window.viewTabs() == QApplication::focusWidget());
}

TEST_F(Keyboard, ArrowsChooseABarAndStepItsValueAsOneUndoStepEach) {
    DistributionChart *chart = distributions();
    chart->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(chart->selectedBar());
    EXPECT_EQ(chart->selectedBar()->event, 0);
    QTest::keyClick(chart, Qt::Key_Right);  // A's Q
    EXPECT_EQ(chart->selectedBar()->side, Side::Q);
    window.document()->undoStack()->clear();
    QTest::keyClick(chart, Qt::Key_Up);
    EXPECT_NEAR(window.document()->state().events[0].q, 0.21, 1e-12);
    window.analysis()->flush();
    QTest::keyClick(chart, Qt::Key_PageUp);
    EXPECT_NEAR(window.document()->state().events[0].q, 0.31, 1e-12);
    EXPECT_EQ(window.document()->undoStack()->count(), 2);
    window.analysis()->flush();
    EXPECT_TRUE(chart->accessibleDescription().startsWith("Selected: Q(A) = 0.3100."))
        << chart->accessibleDescription().toStdString();
}

TEST_F(Keyboard, EveryPerEventChartReadsTheChosenBarFirst) {
    auto *surprisal = static_cast<GroupedBarChart *>(window.charts()[1]);
    window.viewTabs()->setCurrentIndex(0);
    surprisal->setFocus();
    QCoreApplication::processEvents();
    QTest::keyClick(surprisal, Qt::Key_Right);
    QTest::keyClick(surprisal, Qt::Key_Right);  // B's P
    ASSERT_TRUE(surprisal->selectedBar());
    EXPECT_EQ(surprisal->selectedBar()->event, 1);
    EXPECT_TRUE(surprisal->accessibleDescription().startsWith("Selected: "))
        << surprisal->accessibleDescription().toStdString();
    EXPECT_TRUE(surprisal->accessibleDescription().contains("1.7370"))  // -log2 0.3
        << surprisal->accessibleDescription().toStdString();
    const QString before = window.document()->state().labels[1];
    QTest::keyClick(surprisal, Qt::Key_Up);  // a chart of terms is read, not edited
    EXPECT_EQ(window.document()->undoStack()->count(), 0);
    EXPECT_EQ(window.document()->state().labels[1], before);
}

TEST_F(Keyboard, ChartDescriptionsReadTheValuesAndFollowEdits) {
    DistributionChart *chart = distributions();
    window.analysis()->flush();
    chart->refresh();
    EXPECT_TRUE(chart->accessibleDescription().contains("A: P 0.6000, Q 0.2000."))
        << chart->accessibleDescription().toStdString();
    window.document()->setValue(Side::Q, 2, 0.0);
    window.analysis()->flush();
    chart->refresh();
    EXPECT_TRUE(chart->accessibleDescription().contains("C: P 0.1000, Q 0.0000."))
        << chart->accessibleDescription().toStdString();
    auto *terms = window.charts()[2];
    terms->refresh();
    EXPECT_TRUE(terms->accessibleDescription().contains(
        "D(P‖Q) is infinite because Q gives C probability 0."))
        << terms->accessibleDescription().toStdString();
}

TEST_F(Keyboard, EachNumberIsNamedByItsQuantityAndReadWithItsUnit) {
    window.analysis()->flush();
    const auto labels = window.numbersPanel()->findChildren<QLabel *>();
    const auto kl = std::find_if(labels.begin(), labels.end(), [](QLabel *label) {
        return label->accessibleName() == "KL divergence D(P‖Q)";
    });
    ASSERT_NE(kl, labels.end());
    EXPECT_EQ((*kl)->accessibleDescription(), "0.7188 bits");
    EXPECT_TRUE((*kl)->focusPolicy() & Qt::TabFocus);
}

// A lesson run with the keyboard alone: F6 reaches the lesson panel, a choice is picked with
// Space, answered with Enter, and Page Down moves on.
TEST_F(Keyboard, ALessonRunsWithTheKeyboardAlone) {
    ASSERT_TRUE(window.lessons()->openBuiltIn(QStringLiteral("entropy")));
    QApplication::setActiveWindow(&window);  // shortcuts need an active window
    QCoreApplication::processEvents();       // the choices show once the panel is laid out
    window.focusEditor();
    for (int i = 0; i < 3; ++i) {
        window.focusCycle()->next();
    }
    LessonPanel *panel = window.lessons()->panel();
    ASSERT_TRUE(panel->isAncestorOf(QApplication::focusWidget()))
        << QApplication::focusWidget()->metaObject()->className();
    QAbstractButton *first = panel->predictionBox()->choices()->button(0);
    first->setFocus();  // as Tab from the step text reaches it
    QTest::keyClick(first, Qt::Key_Space);
    EXPECT_TRUE(first->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(window.lessons()->run()->predictionOpen());
    EXPECT_TRUE(panel->predictionBox()->verdict().startsWith(QStringLiteral("Right!")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_EQ(window.lessons()->run()->current(), 1);
}
