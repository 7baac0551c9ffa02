// SPDX-License-Identifier: MIT
// The `compute` command end to end: the contract of README's "Command line" section.
#include "run_executable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;
using testing::StartsWith;

namespace {

QJsonObject computeJson(const QStringList &extra) {
    const RunResult run = runExplorer(QStringList{"compute", "--format", "json"} + extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return json.object();
}

void expectBadInput(const QStringList &arguments, const std::string &messagePart) {
    const RunResult run = runExplorer(arguments);
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2) << arguments.join(' ').toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "partial output: " << run.out.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_THAT(run.err.toStdString(), HasSubstr(messagePart));
}

}  // namespace

TEST(ComputeCommand, JsonHasEveryContractKeyWithScipyValues) {
    const QJsonObject json = computeJson({"--p", "0.5,0.5", "--q", "0.9,0.1"});
    EXPECT_EQ(json["base"].toString(), "2");
    EXPECT_EQ(json["n"].toInt(), 2);
    EXPECT_NEAR(json["kl_pq"].toDouble(), 0.7369655941662062, 1e-15);
    EXPECT_NEAR(json["entropy_q"].toDouble(), 0.46899559358928117, 1e-15);
    EXPECT_DOUBLE_EQ(json["entropy_p"].toDouble(), 1.0);
    for (const char *key : {"cross_entropy_pq", "cross_entropy_qp", "kl_qp", "js"}) {
        EXPECT_TRUE(json[key].isDouble()) << key;
    }
    const QJsonArray events = json["events"].toArray();
    ASSERT_EQ(events.size(), 2);
    const QJsonObject second = events[1].toObject();
    EXPECT_DOUBLE_EQ(second["q"].toDouble(), 0.1);
    EXPECT_NEAR(second["surprisal_q"].toDouble(), -std::log2(0.1), 1e-15);
    for (const char *key : {"p", "surprisal_p", "kl_pq_term", "kl_qp_term"}) {
        EXPECT_TRUE(second[key].isDouble()) << key;
    }
}

TEST(ComputeCommand, NumbersKeepFullDoublePrecision) {
    const RunResult run = runExplorer({"compute", "--format", "json", "--p", "9,1", "--q", "1,1"});
    EXPECT_THAT(run.out.toStdString(), HasSubstr("\"entropy_p\":0.4689955935892811"));
}

TEST(ComputeCommand, BaseEAndTenChangeTheUnit) {
    EXPECT_NEAR(
        computeJson({"--p", "0.5,0.5", "--q", "0.9,0.1", "--base", "e"})["kl_pq"].toDouble(),
        0.5108256237659907, 1e-15);
    const QJsonObject json = computeJson({"--p", "1,1", "--q", "1,1", "--base", "10"});
    EXPECT_EQ(json["base"].toString(), "10");
    EXPECT_NEAR(json["entropy_p"].toDouble(), std::log10(2.0), 1e-15);
}

TEST(ComputeCommand, InfiniteValuesAreTheStringInf) {
    const QJsonObject json = computeJson({"--p", "1,1", "--q", "1,0"});
    EXPECT_EQ(json["kl_pq"].toString(), "inf");
    EXPECT_EQ(json["cross_entropy_pq"].toString(), "inf");
    EXPECT_TRUE(json["kl_qp"].isDouble());
    EXPECT_EQ(json["events"].toArray()[1].toObject()["surprisal_q"].toString(), "inf");
}

TEST(ComputeCommand, ReadsWeightsFromAFileOf65536Events) {
    QTemporaryDir dir;
    const QString path = dir.filePath("uniform.txt");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 65536; ++i) {
        file.write(i % 8 == 7 ? "1\n" : "1 ");
    }
    file.close();
    const QJsonObject json = computeJson({"--p", "@" + path, "--q", "@" + path});
    EXPECT_EQ(json["n"].toInt(), 65536);
    EXPECT_NEAR(json["entropy_p"].toDouble(), 16.0, 1e-12);
    EXPECT_EQ(json["kl_pq"].toDouble(), 0.0);
}

TEST(ComputeCommand, TableIsTheDefaultAndNamesTheUnit) {
    const RunResult run = runExplorer({"compute", "--p", "0.5,0.5", "--q", "0.25,0.75"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out.toStdString(), HasSubstr("in bits (log base 2)"));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("0.2075187496"));
}

TEST(ComputeCommand, BadInputGivesOneLineAndExitStatusTwo) {
    expectBadInput({"compute", "--p", "0.5,0.5", "--q", "1,1,1"}, "P has 2 events but Q has 3");
    expectBadInput({"compute", "--p", "0.5,-0.2", "--q", "1,1"},
                   "P, event 2: negative weight -0.2");
    expectBadInput({"compute", "--p", "0.5,abc", "--q", "1,1"}, "P, item 2: 'abc' is not a number");
    expectBadInput({"compute", "--p", "nan,1", "--q", "1,1"}, "P, event 1: weight is not a number");
    expectBadInput({"compute", "--p", "inf,1", "--q", "1,1"}, "P, event 1: infinite weight inf");
    expectBadInput({"compute", "--p", "0,0", "--q", "1,1"}, "P: all weights are zero");
    expectBadInput({"compute", "--p", "", "--q", "1,1"}, "P: no weights given");
    expectBadInput({"compute", "--q", "1,1"}, "missing --p");
    expectBadInput({"compute", "--p", "1,1", "--q", "1,1", "--base", "3"}, "unknown base '3'");
    expectBadInput({"compute", "--p", "1,1", "--q", "1,1", "--format", "xml"},
                   "unknown format 'xml'");
    expectBadInput({"compute", "--p", "1,1", "--q", "1,1", "--bogus"}, "Unknown option 'bogus'");
    expectBadInput({"compute", "--p", "1,1", "--q", "1,1", "extra"}, "unexpected argument 'extra'");
    expectBadInput({"compute", "--p", "1,1", "--q"}, "Missing value after '--q'");
    expectBadInput({"compute", "--p", "@/nonexistent/file", "--q", "1,1"},
                   "P (/nonexistent/file): no such file");
    expectBadInput({"compute", "--p", "@" + QDir::tempPath(), "--q", "1,1"}, "is a directory");
}

TEST(ComputeCommand, NegativeValuesAreReadAsValuesNotOptions) {
    expectBadInput({"compute", "--p", "-1,2", "--q", "1,1"}, "P, event 1: negative weight -1");
}

TEST(ComputeCommand, HelpAndVersionWorkWithoutADisplay) {
    const RunResult help = runExplorer({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_THAT(help.out.toStdString(), HasSubstr("compute"));
    const RunResult version = runExplorer({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_THAT(version.out.toStdString(), StartsWith("entropy-explorer 0."));
    const RunResult computeHelp = runExplorer({"compute", "--help"});
    EXPECT_EQ(computeHelp.exitCode, 0);
    EXPECT_THAT(computeHelp.out.toStdString(), HasSubstr("--format"));
}

TEST(ComputeCommand, NoDisplayAndNoCommandExplainsTheHeadlessCommands) {
    const RunResult run = runExplorer({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("no display"));
    EXPECT_THAT(run.err.toStdString(), HasSubstr("entropy-explorer compute"));
}

TEST(ComputeCommand, AlphaAddsRenyisDivergencesAndEntropies) {
    const QJsonObject two = computeJson({"--p", "1,1", "--q", "1,3", "--alpha", "2"});
    EXPECT_EQ(two["renyi_alpha"].toDouble(), 2.0);
    EXPECT_NEAR(two["renyi_pq"].toDouble(), std::log2(4.0 / 3.0), 1e-15);  // log2 sum p^2/q
    EXPECT_NEAR(two["renyi_entropy_p"].toDouble(), 1.0, 1e-15);
    const QJsonObject one = computeJson({"--p", "1,1", "--q", "1,3", "--alpha", "1"});
    EXPECT_EQ(one["renyi_pq"].toDouble(), one["kl_pq"].toDouble());
    const QJsonObject infinite = computeJson({"--p", "1,1", "--q", "1,0", "--alpha", "inf"});
    EXPECT_EQ(infinite["renyi_alpha"].toString(), "inf");
    EXPECT_EQ(infinite["renyi_pq"].toString(), "inf");
    EXPECT_FALSE(computeJson({"--p", "1,1", "--q", "1,3"}).contains("renyi_pq"));
    expectBadInput({"compute", "--p", "1,1", "--q", "1,3", "--alpha", "-0.5"},
                   "--alpha must be a number >= 0 or inf");
    expectBadInput({"compute", "--p", "1,1", "--q", "1,3", "--alpha", "two"}, "--alpha must be");
}
