// SPDX-License-Identifier: MIT
// The `fit` command end to end: its JSON contract, both directions, an infinite reverse fit
// and bad input.
#include "run_executable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

QJsonObject fitOf(const QStringList &arguments) {
    const RunResult run =
        runExplorer(QStringList{"fit"} + arguments + QStringList{"--format", "json"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return json.object();
}

}  // namespace

TEST(FitCommand, FarApartHumpsGiveACoveringForwardFitAndASeekingReverseFit) {
    const QJsonObject both = fitOf({"--preset", "two-humps-far-apart"});
    EXPECT_EQ(both["events"].toDouble(), 40);
    EXPECT_EQ(both["unit"].toString(), "bits");
    const QJsonObject forward = both["forward"].toObject(), reverse = both["reverse"].toObject();
    EXPECT_EQ(forward["direction"].toString(), "forward");
    EXPECT_EQ(forward["minimises"].toString(), "D(P||Q_theta)");
    EXPECT_NEAR(forward["sigma"].toDouble(), 13.5, 0.05);
    EXPECT_EQ(forward["local_minima"].toArray().size(), 1);
    EXPECT_EQ(reverse["direction"].toString(), "reverse");
    EXPECT_NEAR(reverse["mu"].toDouble(), 10.0, 0.05);
    EXPECT_NEAR(reverse["sigma"].toDouble(), 2.76, 5e-3);
    const QJsonArray minima = reverse["local_minima"].toArray();
    ASSERT_GE(minima.size(), 2);
    EXPECT_TRUE(minima[0].toObject()["global"].toBool());
    EXPECT_FALSE(minima[1].toObject()["global"].toBool());
    EXPECT_EQ(minima[0].toObject()["objective"].toDouble(), reverse["objective"].toDouble());
}

TEST(FitCommand, ReverseFitOfAPWithAZeroIsInfiniteWithAdvice) {
    const QJsonObject reverse =
        fitOf({"--p", "0.5,0.5,0", "--q", "1,1,1", "--direction", "reverse"});
    EXPECT_EQ(reverse["direction"].toString(), "reverse");
    EXPECT_TRUE(reverse["infinite"].toBool());
    EXPECT_EQ(reverse["objective"].toString(), "inf");
    EXPECT_TRUE(reverse["mu"].isNull());
    EXPECT_TRUE(reverse["local_minima"].toArray().isEmpty());
    EXPECT_THAT(reverse["advice"].toString().toStdString(), HasSubstr("Smooth P"));
}

TEST(FitCommand, OneDirectionPutsItsFitAtTheTopLevelInTheUnitOfBase) {
    const QJsonObject forward =
        fitOf({"--preset", "two-humps", "--direction", "forward", "--base", "e"});
    EXPECT_EQ(forward["direction"].toString(), "forward");
    EXPECT_EQ(forward["unit"].toString(), "nats");
    EXPECT_NEAR(forward["sigma"].toDouble(), 6.92, 5e-3);
    EXPECT_NEAR(forward["objective"].toDouble(),
                fitOf({"--preset", "two-humps", "--direction", "forward"})["objective"].toDouble() *
                    std::log(2.0),
                1e-12);
    EXPECT_FALSE(forward.contains("reverse"));
}

TEST(FitCommand, TableNamesEachDirectionAndTheGlobalMinimum) {
    const RunResult run = runExplorer({"fit", "--preset", "two-humps", "--base", "e"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out.toStdString(), HasSubstr("forward fit, minimising D(P||Q_theta)"));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("reverse fit, minimising D(Q_theta||P)"));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("global"));
    EXPECT_THAT(run.out.toStdString(), HasSubstr("nats"));
}

TEST(FitCommand, UnknownDirectionIsRefusedInOneLine) {
    const RunResult run = runExplorer({"fit", "--preset", "two-humps", "--direction", "sideways"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("--direction must be forward, reverse or both"));
}
