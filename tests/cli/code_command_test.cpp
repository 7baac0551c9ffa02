// SPDX-License-Identifier: MIT
// The `code` and `sample` commands end to end: their JSON contracts and bad input.
#include "run_executable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

QJsonObject jsonOf(const QStringList &arguments) {
    const RunResult run = runExplorer(arguments + QStringList{"--format", "json"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return json.object();
}

void expectRefused(const QStringList &arguments, const std::string &messagePart) {
    const RunResult run = runExplorer(arguments);
    EXPECT_EQ(run.exitCode, 2) << arguments.join(' ').toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_THAT(run.err.toStdString(), HasSubstr(messagePart));
}

}  // namespace

TEST(CodeCommand, ColahsExampleCostsItsEntropyWithItsOwnCodeAndMoreWithTheWrongOne) {
    const QJsonObject code =
        jsonOf({"code", "--p", "0.5,0.25,0.125,0.125", "--q", "0.125,0.125,0.25,0.5"});
    EXPECT_EQ(code["expected_length_p_code"].toDouble(), 1.75);
    EXPECT_EQ(code["entropy_p_bits"].toDouble(), 1.75);
    EXPECT_EQ(code["expected_length_q_code_under_p"].toDouble(), 2.625);
    EXPECT_EQ(code["cross_entropy_pq_bits"].toDouble(), 2.625);
    EXPECT_EQ(code["kraft_p"].toDouble(), 1.0);
    const QJsonArray events = code["events"].toArray();
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events[0].toObject()["label"].toString(), "A");
    EXPECT_EQ(events[0].toObject()["codeword_p"].toString(), "0");
    EXPECT_EQ(events[3].toObject()["codeword_q"].toString(), "1");
    EXPECT_EQ(events[3].toObject()["length_p"].toDouble(), 3.0);
    EXPECT_EQ(events[2].toObject()["shannon_length_q"].toDouble(), 2.0);
}

TEST(CodeCommand, AnEventQCallsImpossibleHasNoCodewordAndCostsInfinity) {
    const QJsonObject code = jsonOf({"code", "--p", "1,1", "--q", "1,0"});
    EXPECT_EQ(code["expected_length_q_code_under_p"].toString(), "inf");
    EXPECT_EQ(code["cross_entropy_pq_bits"].toString(), "inf");
    const QJsonObject b = code["events"].toArray()[1].toObject();
    EXPECT_EQ(b["codeword_q"].toString(), "");
    EXPECT_EQ(b["length_q"].toString(), "inf");
    EXPECT_EQ(code["events"].toArray()[0].toObject()["shannon_length_q"].toDouble(), 0.0);
}

TEST(SampleCommand, TheSameSeedGivesTheSameNumbersAndTheContractKeys) {
    const QStringList arguments{"sample", "--preset", "fair-die", "--n", "20000", "--seed", "9"};
    const QJsonObject a = jsonOf(arguments), b = jsonOf(arguments);
    EXPECT_EQ(a, b);
    for (const char *key :
         {"n", "seed", "from", "mean_surprisal_p", "mean_surprisal_q", "log_likelihood_ratio",
          "counts", "bits_p_code", "bits_q_code", "expected_bits_p_code", "expected_bits_q_code"}) {
        EXPECT_TRUE(a.contains(key)) << key;
    }
    EXPECT_EQ(a["n"].toInt(), 20000);
    EXPECT_EQ(a["from"].toString(), "p");
    EXPECT_NEAR(a["mean_surprisal_p"].toDouble(), std::log2(6.0), 1e-12);  // fair: every draw
    int total = 0;
    for (const auto count : a["counts"].toArray()) {
        total += count.toInt();
    }
    EXPECT_EQ(total, 20000);
}

TEST(SampleCommand, FollowsBaseButCountsCodeBitsInBits) {
    const QJsonObject nats =
        jsonOf({"sample", "--p", "1,1", "--q", "1,3", "--n", "500", "--base", "e", "--from", "q"});
    EXPECT_EQ(nats["from"].toString(), "q");
    EXPECT_NEAR(nats["mean_surprisal_p"].toDouble(), std::log(2.0), 1e-12);
    EXPECT_EQ(nats["bits_p_code"].toDouble(), 1.0);
    // Q = (1/4, 3/4) has a one-bit code for each event, so either code costs 1 bit under Q.
    EXPECT_EQ(nats["expected_bits_q_code"].toDouble(), 1.0);
}

TEST(SampleCommand, BadInputExitsTwoWithOneLine) {
    expectRefused({"sample", "--p", "1,1", "--q", "1,1", "--n", "0"}, "--n must be");
    expectRefused({"sample", "--p", "1,1", "--q", "1,1", "--n", "2000000"}, "--n must be");
    expectRefused({"sample", "--p", "1,1", "--q", "1,1", "--seed", "-4"}, "--seed must be");
    expectRefused({"sample", "--p", "1,1", "--q", "1,1", "--from", "r"}, "--from must be p or q");
    expectRefused({"code", "--p", "1,-1", "--q", "1,1"}, "P, event 2");
    expectRefused({"code", "--p", "1,1", "--q", "1,1", "--format", "xml"}, "unknown format");
}
