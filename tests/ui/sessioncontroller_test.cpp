// SPDX-License-Identifier: MIT
#include "../support/temp_files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <appsettings.h>
#include <dialogs/textimportdialog.h>
#include <document.h>
#include <gtest/gtest.h>
#include <mainwindow.h>
#include <session.h>
#include <sessioncontroller.h>

namespace {

class SessionControllerTest : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &contents) {
        return writeFile(m_dir, name, contents);
    }
    Document &document() const { return *window.document(); }
    SessionController &controller() const { return *window.sessionController(); }

    QTemporaryDir m_dir;
    MainWindow window;
};

}  // namespace

TEST_F(SessionControllerTest, SaveThenOpenRestoresTheSessionAndTheTitle) {
    document().setValue(Side::P, 0, 0.123);
    document().setLocked(Side::Q, 2, true);
    const DocumentState edited = document().state();
    EXPECT_TRUE(window.isWindowModified());
    const QString path = m_dir.filePath("lesson.json");
    ASSERT_FALSE(controller().saveTo(path));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().startsWith("lesson.json"));

    controller().newSession();  // not modified, so nothing to ask
    EXPECT_NE(document().state(), edited);
    ASSERT_FALSE(controller().load(path));
    EXPECT_EQ(document().state(), edited);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(AppSettings().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

TEST_F(SessionControllerTest, ABadFileLeavesTheOpenSessionExactlyAsItWas) {
    document().setValue(Side::Q, 1, 0.7);
    const DocumentState before = document().state();
    const int steps = document().undoStack()->count();
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("{\"format\": 1}"),
                                  QByteArray(R"({"format": "entropy-explorer-session",
                                     "version": 1, "events": [{"p": -1, "q": 1}]})")}) {
        const auto error = controller().load(write("bad.json", bad));
        ASSERT_TRUE(error);
        EXPECT_TRUE(error->startsWith("bad.json")) << error->toStdString();
        EXPECT_EQ(document().state(), before);
        EXPECT_EQ(document().undoStack()->count(), steps);
        EXPECT_TRUE(window.isWindowModified());
    }
}

TEST_F(SessionControllerTest, AFailedSaveKeepsTheDocumentModified) {
    document().setValue(Side::P, 1, 0.5);
    const auto error = controller().saveTo(m_dir.filePath("no-folder/x.json"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(controller().path().isEmpty());
}

TEST(TextImportDialog, PreviewCountsEventsAndNamesOneSidedOnes) {
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        return writeFile(dir, name, text);
    };
    TextImportDialog dialog;
    dialog.setFiles(write("p.txt", "aab"), write("q.txt", "abc"));
    EXPECT_EQ(dialog.chosenState().size(), 3);
    EXPECT_TRUE(dialog.previewText().contains("Only in Q: c"))
        << dialog.previewText().toStdString();
    dataimport::TextOptions options;
    options.pseudoCount = 0.5;
    dialog.setOptions(options);
    EXPECT_FALSE(dialog.previewText().contains("Only in"));
    EXPECT_DOUBLE_EQ(dialog.chosenState().events[0].p, 2.5 / 4.5);
}
