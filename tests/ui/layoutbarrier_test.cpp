// SPDX-License-Identifier: MIT
// A readout's new text re-lays out the window only when it needs another height, or, once it
// holds still, another minimum size.
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>
#include <layoutbarrier.h>

namespace {

// Counts the layout requests that reach the window.
class LayoutRequests : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        count += event->type() == QEvent::LayoutRequest;
        return QObject::eventFilter(watched, event);
    }
};

class LayoutBarrierTest : public ::testing::Test {
protected:
    LayoutBarrierTest() {
        label->setWordWrap(true);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(box);
        layout->addStretch(1);
        window.resize(300, 600);
        window.show();
        settle();
        window.installEventFilter(&requests);
    }
    static void settle() {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
    }

    QWidget window;
    QLabel *label = new QLabel(QStringLiteral("D(P\u2016Q) = 0.1234 bits"));
    LayoutBarrier *box = new LayoutBarrier(label, &window);
    LayoutRequests requests;
};

}  // namespace

TEST_F(LayoutBarrierTest, ANewTextOfTheSameHeightStaysInTheBox) {
    const QRect before = box->geometry();
    label->setText(QStringLiteral("D(P\u2016Q) = 0.5678 bits"));
    settle();
    EXPECT_EQ(requests.count, 0);
    EXPECT_EQ(box->geometry(), before);
    EXPECT_EQ(label->geometry(), box->rect());
}

TEST_F(LayoutBarrierTest, ATextThatNeedsMoreLinesGrowsTheBox) {
    const int before = box->height();
    label->setText(QString(QStringLiteral("a longer readout that wraps ")).repeated(8));
    settle();
    EXPECT_GE(requests.count, 1);
    EXPECT_GT(box->height(), before);
    EXPECT_EQ(box->height(), label->heightForWidth(box->width()));
    EXPECT_EQ(label->geometry(), box->rect());
}

TEST_F(LayoutBarrierTest, AfterANarrowerWindowTheLabelStillGetsTheHeightItNeeds) {
    label->setText(QString(QStringLiteral("a readout ")).repeated(6));
    settle();
    window.resize(150, 600);
    settle();
    EXPECT_GE(box->height(), label->heightForWidth(box->width()));
}

TEST_F(LayoutBarrierTest, AWiderMinimumIsPassedOnOnceTheTextHoldsStill) {
    // One line still, but a word wider than the box: the window's minimum must grow, and does
    // once the text has held still (not at each step of a drag).
    const QString wide = QString(60, QLatin1Char('W'));
    label->setText(wide);
    settle();
    EXPECT_EQ(requests.count, 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return requests.count >= 1; }, LayoutBarrier::kSettleMs * 5));
    settle();
    EXPECT_EQ(box->minimumSizeHint(), label->minimumSizeHint());
    EXPECT_GE(window.minimumSizeHint().width(), label->minimumSizeHint().width());
}
