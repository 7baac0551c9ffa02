// SPDX-License-Identifier: MIT
// A row of controls that wraps in a narrow window instead of widening it.
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <flowlayout.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <views/samplesview.h>

namespace {

void settle() {
    for (int i = 0; i < 3; ++i) {
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

// Five buttons in a flow, in a window of the given width.
class FlowLayoutTest : public ::testing::Test {
protected:
    FlowLayoutTest() {
        auto *flow = new FlowLayout(&row);
        for (const char *text : {"Draw from", "Number of draws", "Seed", "Paths", "Reset"}) {
            buttons.push_back(new QPushButton(QString::fromLatin1(text), &row));
            flow->addWidget(buttons.back());
        }
        row.show();  // polished: the buttons' size hints are final
        settle();
    }
    void showAt(int width) {
        row.resize(width, row.heightForWidth(width));
        settle();
    }
    QWidget row;
    std::vector<QPushButton *> buttons;
};

}  // namespace

TEST_F(FlowLayoutTest, WideEnoughItIsOneLineInOrder) {
    showAt(row.layout()->sizeHint().width());
    for (std::size_t i = 1; i < buttons.size(); ++i) {
        EXPECT_EQ(buttons[i]->y(), buttons[0]->y());
        EXPECT_GT(buttons[i]->x(), buttons[i - 1]->geometry().right());
    }
}

TEST_F(FlowLayoutTest, NarrowItWrapsAndNothingOverlapsOrLeavesTheRow) {
    const int wide = row.layout()->sizeHint().width();
    const int narrow = row.layout()->minimumSize().width() + 10;
    ASSERT_LT(narrow, wide / 2);
    EXPECT_GT(row.heightForWidth(narrow), row.heightForWidth(wide));
    showAt(narrow);
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        EXPECT_TRUE(row.rect().contains(buttons[i]->geometry())) << i;
        EXPECT_EQ(buttons[i]->size(), buttons[i]->sizeHint()) << i;  // never squeezed
        for (std::size_t j = 0; j < i; ++j) {
            EXPECT_FALSE(buttons[i]->geometry().intersects(buttons[j]->geometry())) << i << j;
        }
    }
}

TEST_F(FlowLayoutTest, ItsMinimumWidthIsTheWidestItem) {
    int widest = 0;
    for (const QPushButton *button : buttons) {
        widest = std::max(widest, button->sizeHint().width());
    }
    const QMargins margins = row.layout()->contentsMargins();
    EXPECT_EQ(row.layout()->minimumSize().width(), widest + margins.left() + margins.right());
}

// The Samples tab's controls once needed 825 pixels in one row, which beside the lesson dock
// made the window wider than a 1366 x 768 screen and hid Q's column of the editor.
TEST(SamplesControls, WrapInANarrowTabAndStayWhole) {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto *samples = window.findChild<SamplesView *>();
    window.viewTabs()->setCurrentWidget(samples);
    settle();
    EXPECT_LE(samples->minimumSizeHint().width(), 560);
    QList<QWidget *> controls;
    for (QWidget *control : samples->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(control) || qobject_cast<QSpinBox *>(control) ||
            qobject_cast<QPushButton *>(control)) {
            controls.append(control);
        }
    }
    ASSERT_EQ(controls.size(), 7);  // source, n, seed, paths; draw, animate, reset
    const auto rectOf = [&](QWidget *w) { return QRect(w->mapTo(samples, QPoint()), w->size()); };
    for (const int width : {1000, 560}) {
        // Through the window, as a user would: the window's layout sets the tab's size.
        window.resize(window.width() + width - samples->width(), 900);
        settle();
        ASSERT_EQ(samples->width(), width);
        int rows = 0, lastY = -1;
        for (QWidget *control : controls) {
            EXPECT_TRUE(samples->rect().contains(rectOf(control))) << width;
            EXPECT_GE(control->width(), control->sizeHint().width()) << width;
            rows += rectOf(control).center().y() > lastY + 5 ? 1 : 0;
            lastY = std::max(lastY, rectOf(control).center().y());
        }
        EXPECT_EQ(rows, width == 1000 ? 1 : 2) << width;
    }
}
