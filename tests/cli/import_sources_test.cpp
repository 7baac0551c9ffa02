// SPDX-License-Identifier: MIT
// compute reading P and Q from a CSV table and from two texts.
#include "../support/temp_files.h"
#include "run_executable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

class ImportSources : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &contents) {
        return writeFile(m_dir, name, contents);
    }
    QJsonObject json(const QStringList &arguments) {
        const RunResult run = runExplorer(QStringList{"compute", "--format", "json"} + arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QTemporaryDir m_dir;
};

}  // namespace

TEST_F(ImportSources, CsvWithBomCrlfAndQuotes) {
    const QString csv = write("t.csv", "\xEF\xBB\xBFlabel;p;q\r\n\"a\";1;3\r\n\"b\";1;1\r\n");
    const QJsonObject result = json({"--csv", csv});
    EXPECT_EQ(result["n"].toInt(), 2);
    EXPECT_DOUBLE_EQ(result["events"].toArray()[0].toObject()["q"].toDouble(), 0.75);
}

TEST_F(ImportSources, CsvErrorsNameTheFileLineAndColumn) {
    const QString csv = write("bad.csv", "p,q\n1,2\n3,zz\n");
    const RunResult run = runExplorer({"compute", "--csv", csv});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(),
                HasSubstr("bad.csv, line 3, column 2: 'zz' is not a number"));
}

TEST_F(ImportSources, TwoTextsGiveLetterFrequenciesAndUnseenLettersAreInfinite) {
    const QString english = write("en.txt", "the cat");
    const QString french = write("fr.txt", "le chat");
    const QJsonObject result = json({"--text-p", english, "--text-q", french});
    // Letters t h e c a (P) and l (Q only): P has no 'l', so D(Q||P) is infinite.
    EXPECT_EQ(result["n"].toInt(), 6);
    EXPECT_EQ(result["kl_qp"].toString(), "inf");
    EXPECT_TRUE(result["kl_pq"].isDouble());
    const QJsonObject smoothed =
        json({"--text-p", english, "--text-q", french, "--smoothing", "1"});
    EXPECT_TRUE(smoothed["kl_qp"].isDouble());
}

TEST_F(ImportSources, WordsAndTopKeepTheMostFrequent) {
    const QString a = write("a.txt", "to be or not to be");
    const QString b = write("b.txt", "be here now");
    const QJsonObject result = json({"--text-p", a, "--text-q", b, "--words", "--top", "2"});
    EXPECT_EQ(result["n"].toInt(), 3);  // "be", "to", and the rest as one event
}

TEST_F(ImportSources, TextErrorsAreClear) {
    const QString empty = write("empty.txt", "123 !!");
    const QString fine = write("fine.txt", "abc");
    const QString latin1 = write("latin1.txt", "caf\xe9");
    RunResult run = runExplorer({"compute", "--text-p", empty, "--text-q", fine});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("empty.txt: has no letters"));
    run = runExplorer({"compute", "--text-p", latin1, "--text-q", fine});
    EXPECT_THAT(run.err.toStdString(), HasSubstr("latin1.txt: is not UTF-8 text"));
    run = runExplorer({"compute", "--text-p", fine});
    EXPECT_THAT(run.err.toStdString(), HasSubstr("--text-p and --text-q go together"));
}

TEST_F(ImportSources, PresetsAreListedAndUsableHeadless) {
    const RunResult list = runExplorer({"presets"});
    EXPECT_EQ(list.exitCode, 0);
    const QStringList names = list.out.trimmed().split('\n');
    EXPECT_TRUE(names.contains("fair-die"));
    EXPECT_TRUE(names.contains("sixteen-random-bits"));
    EXPECT_NEAR(json({"--preset", "fair-die"})["entropy_p"].toDouble(), std::log2(6.0), 1e-14);
    const QJsonObject label = json({"--preset", "one-hot-label"});
    EXPECT_NEAR(label["cross_entropy_pq"].toDouble(), -std::log2(0.6), 1e-15);
    const QString png = m_dir.filePath("die.png");
    const RunResult exported = runExplorer({"export", "--preset", "fair-die", "--out", png});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
}
