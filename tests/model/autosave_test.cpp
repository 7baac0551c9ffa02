// SPDX-License-Identifier: MIT
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <autosave.h>
#include <csignal>
#include <document.h>
#include <gtest/gtest.h>

TEST(Autosave, AChangeIsWrittenAfterTheDelayAndASaveRemovesIt) {
    QTemporaryDir folder;
    Document document;
    Autosave autosave(&document, nullptr, folder.path());
    document.setValue(Side::P, 0, 0.42);
    EXPECT_FALSE(QFile::exists(autosave.path()));  // not at once: a few seconds later
    autosave.flush();
    ASSERT_TRUE(QFile::exists(autosave.path()));
    EXPECT_EQ(Autosave::read(autosave.path()).value(), document.state());
    document.undoStack()->setClean();  // what saving does
    EXPECT_FALSE(QFile::exists(autosave.path()));
}

TEST(Autosave, NothingIsWrittenForAnUnchangedSession) {
    QTemporaryDir folder;
    Document document;
    Autosave autosave(&document, nullptr, folder.path());
    autosave.flush();
    EXPECT_FALSE(QFile::exists(autosave.path()));
    EXPECT_FALSE(autosave.leftover());
}

TEST(Autosave, AKilledRunLeavesASessionTheNextRunRecovers) {
    QTemporaryDir folder;
    const QString path = folder.path();
    // The child edits, autosaves and is killed, as a crash or `kill -9` would end it.
    EXPECT_EXIT(
        {
            Document document;
            Autosave autosave(&document, nullptr, path);
            document.setValue(Side::Q, 2, 0.123);
            autosave.flush();
            std::raise(SIGKILL);
        },
        ::testing::KilledBySignal(SIGKILL), "");
    Document next;
    Autosave autosave(&next, nullptr, path);
    const auto leftover = autosave.leftover();
    ASSERT_TRUE(leftover);
    const auto recovered = Autosave::read(*leftover);
    ASSERT_TRUE(recovered.ok());
    EXPECT_DOUBLE_EQ(recovered.value().events[2].q, 0.123);
    Autosave::discardLeftover(*leftover);
    EXPECT_FALSE(autosave.leftover());
}

TEST(Autosave, AFileOfARunningInstanceIsNotOffered) {
    QTemporaryDir folder;
    QFile own(folder.filePath(QStringLiteral("autosave-%1.json").arg(getppid())));
    ASSERT_TRUE(own.open(QIODevice::WriteOnly));
    own.write("{}");
    own.close();
    Document document;
    EXPECT_FALSE(Autosave(&document, nullptr, folder.path()).leftover());
}
