// SPDX-License-Identifier: MIT
// The `lessons` and `lesson` commands end to end: listing, checking and handouts, with one-line
// errors that name the place and leave no file behind.
#include "run_executable.h"

#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

TEST(LessonsCommand, ListsTheBuiltInLessonsOnePerLine) {
    const RunResult run = runExplorer({"lessons"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.toStdString(),
              "information\nentropy\ncross-entropy\nasymmetry\nclassification\n");
    EXPECT_EQ(runExplorer({"lessons", "extra"}).exitCode, 2);
}

TEST(LessonCommand, CheckPrintsTheStepsWithTheirQuestionsAndTasks) {
    const RunResult run = runExplorer({"lesson", "asymmetry", "--check"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.toStdString(),
              "Asymmetry and infinity (en, 4 steps)\n"
              "1. Two directions  [charts]  [predict]\n"
              "2. D is never negative  [charts]  [task: kl_pq < 0.001, p unchanged]\n"
              "3. A model that says impossible  [charts]\n"
              "4. Make it finite  [charts]  [task: kl_pq < inf, p unchanged]\n");
    const RunResult chinese = runExplorer({"lesson", "entropy", "--check", "--lang", "zh_CN"});
    EXPECT_THAT(chinese.out.toStdString(), HasSubstr("1. 两位美女"));
}

TEST(LessonCommand, ABadLessonFileIsOneLineNamingTheStepAndTheKey) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "entropy-explorer-lesson", "version": 1, "title": "T", "steps": [
        {"title": "One", "text": "<p>ok</p>", "state": {"preset": "fair-die"}},
        {"title": "Two", "text": "<p>ok</p>", "state": {"preset": "fair-die"},
         "predict": {"question": "How many?", "answer": "lots", "tolerance": 1}}]})");
    file.close();
    for (const QStringList &arguments :
         {QStringList{"lesson", path, "--check"},
          QStringList{"lesson", path, "--out", dir.filePath(QStringLiteral("h.pdf"))}}) {
        const RunResult run = runExplorer(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_EQ(run.err.toStdString(),
                  "entropy-explorer lesson: bad.json, step 2: "
                  "\"predict.answer\" must be a number\n");
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("h.pdf"))));
}

TEST(LessonCommand, WritesAHandoutWithNoDisplayOrRefusesWithOneLine) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("handout.pdf"));
    const RunResult run =
        runExplorer({"lesson", "classification", "--out", out, "--lang", "zh_CN"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4).startsWith("%PDF"));

    const struct {
        QStringList arguments;
        const char *message;
    } refusals[] = {
        {{"lesson", "nonsense", "--check"}, "nonsense: not a built-in lesson"},
        {{"lesson", "entropy"}, "give --check or --out FILE.pdf"},
        {{"lesson", "entropy", "--check", "--out", "x.pdf"}, "give --check or --out FILE.pdf"},
        {{"lesson", "entropy", "--out", dir.filePath("h.png")}, "a handout is a PDF (.pdf)"},
        {{"lesson", "--check"}, "give one lesson"},
        {{"lesson", "entropy", "--check", "--lang", "fr"}, "unknown language 'fr'"},
        {{"lesson", "entropy", "--out", dir.filePath("no/such/folder/h.pdf")}, "Cannot write"},
    };
    for (const auto &[arguments, message] : refusals) {
        const RunResult refused = runExplorer(arguments);
        EXPECT_EQ(refused.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.toStdString();
        EXPECT_THAT(refused.err.toStdString(), HasSubstr(message));
    }
    EXPECT_FALSE(QFile::exists(dir.filePath("h.png")));
}
