// SPDX-License-Identifier: MIT
// Hostile and oversized input: one clear line, exit status 2, quickly, with bounded memory.
#include "run_executable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

class BadInput : public ::testing::Test {
protected:
    void expectRefused(const QStringList &arguments, const std::string &messagePart) {
        QElapsedTimer timer;
        timer.start();
        const RunResult run = runExplorer(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_FALSE(run.crashed);
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_THAT(run.err.toStdString(), HasSubstr(messagePart));
        EXPECT_LT(timer.elapsed(), 20000) << "took too long";
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

}  // namespace

TEST_F(BadInput, TenMillionWeightsStopAtTheEventLimit) {
    QFile weights(file("huge.txt"));
    ASSERT_TRUE(weights.open(QIODevice::WriteOnly));
    const QByteArray block = QByteArray("1\n").repeated(100000);
    for (int i = 0; i < 100; ++i) {
        weights.write(block);  // 10^7 weights, 20 MB
    }
    weights.close();
    expectRefused({"compute", "--p", "@" + file("huge.txt"), "--q", "1"},
                  "too many weights (at most 1000000)");
}

TEST_F(BadInput, AHundredMegabyteSessionIsRefusedBeforeItIsRead) {
    QFile session(file("big.json"));
    ASSERT_TRUE(session.open(QIODevice::WriteOnly));
    ASSERT_TRUE(session.resize(100LL << 20));
    session.close();
    expectRefused({"compute", "--session", file("big.json")}, "big.json: is 100 MB, larger than");
}

TEST_F(BadInput, TruncatedAndNonUtf8SessionsNameTheFile) {
    QFile truncated(file("cut.json"));
    ASSERT_TRUE(truncated.open(QIODevice::WriteOnly));
    truncated.write(
        R"({"format": "entropy-explorer-session", "version": 1, "events": [{"p": 0.5, "q")");
    truncated.close();
    expectRefused({"compute", "--session", file("cut.json")}, "cut.json: not valid JSON");
    QFile binary(file("binary.json"));
    ASSERT_TRUE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\xff\xfe\x00\x01garbage", 11));
    binary.close();
    expectRefused({"compute", "--session", file("binary.json")}, "binary.json: not valid JSON");
}

TEST_F(BadInput, DeeplyNestedJsonIsRefusedNotRecursedInto) {
    QFile nested(file("deep.json"));
    ASSERT_TRUE(nested.open(QIODevice::WriteOnly));
    nested.write(QByteArray(200000, '['));
    nested.close();
    expectRefused({"compute", "--session", file("deep.json")}, "deep.json: not valid JSON");
}

TEST_F(BadInput, MissingValuesAndUnknownOptionsEverywhere) {
    expectRefused({"compute", "--p"}, "Missing value after '--p'");
    expectRefused({"export", "--out"}, "Missing value after '--out'");
    expectRefused({"compute", "--p", "1,1", "--q", "1,1", "--frobnicate"},
                  "Unknown option 'frobnicate'");
    expectRefused({"compute", "--preset", "nope"}, "unknown preset 'nope'");
    expectRefused({"compute", "--p", "1e999", "--q", "1"}, "out of the range of a double");
    expectRefused({"compute", "--csv", QDir::tempPath()}, "is a folder, not a file");
    expectRefused({"frobnicate"}, "unknown command 'frobnicate'");
}
