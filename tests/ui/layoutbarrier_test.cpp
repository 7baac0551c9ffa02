// SPDX-License-Identifier: MIT
// A readout's new text re-lays out the window only when it needs another height, or, once it
// holds still, another minimum size.
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
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
    EXPECT_EQ(box->minimumSizeHint().width(), label->minimumSizeHint().width());
    EXPECT_GE(window.minimumSizeHint().width(), label->minimumSizeHint().width());
}

TEST(LayoutBarrierInSplitter, AWrappedTextIsNotSqueezedUnderItsHeight) {
    // The numbers panel under the tabs: a splitter gives the box what its minimum allows, and
    // a wrapped text squeezed below its height draws its last line over the next widget.
    QSplitter splitter(Qt::Vertical);
    splitter.addWidget(new QWidget);
    auto *label = new QLabel(QString(QStringLiteral("a remedy that wraps ")).repeated(12));
    label->setWordWrap(true);
    auto *box = new LayoutBarrier(label);
    splitter.addWidget(box);
    splitter.resize(200, 400);
    splitter.show();
    splitter.setSizes({390, 10});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    EXPECT_GE(box->height(), label->heightForWidth(box->width()));
    EXPECT_GT(box->height(), 3 * label->fontMetrics().height());

    splitter.resize(120, 400);  // narrower: more lines, a greater minimum
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    splitter.setSizes({390, 10});
    EXPECT_GE(box->height(), label->heightForWidth(box->width()));
}
