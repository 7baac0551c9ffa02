// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <dataimport.h>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <session.h>

namespace {

std::string errorOf(const QByteArray &json) {
    const auto result = session::parse(json, QStringLiteral("lesson.json"));
    return result.ok() ? "(no error)" : result.error().message();
}

QByteArray withEvents(const QByteArray &events) {
    return R"({"format": "entropy-explorer-session", "version": 1, "events": )" + events + "}";
}

}  // namespace

TEST(Session, RoundTripKeepsEveryValueBitForBit) {
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    DocumentState state;
    state.mode = EditMode::Weights;
    state.base = entropy::LogBase::Hartleys;
    for (int i = 0; i < 50; ++i) {
        state.appendEvent({defaultLabel(i) + QString::fromUtf8(" é,\"x\""), uniform(rng),
                           uniform(rng) * 1e-200, i % 3 == 0, i % 5 == 0});
    }
    const auto loaded = session::parse(session::serialize(state), "s.json");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_EQ(loaded.value(), state);
}

TEST(Session, ProportionalValuesThatSumToOneAreKeptExactly) {
    DocumentState state = DocumentState::initial();
    state.events[0].p = 0.1 + 0.2;  // not exactly representable sums stay as they were
    state.events[1].p = 1.0 - state.events[0].p - state.events[2].p;
    EXPECT_EQ(session::parse(session::serialize(state), "s.json").value(), state);
}

TEST(Session, OptionalKeysMayBeMissing) {
    const auto state = session::parse(withEvents(R"([{"p": 1, "q": 3}, {"p": 1, "q": 1}])"), "s");
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state.value().base, entropy::LogBase::Bits);
    EXPECT_EQ(state.value().mode, EditMode::Proportional);
    EXPECT_EQ(state.value().labels[1], "B");
    EXPECT_DOUBLE_EQ(state.value().events[0].q, 0.75);  // normalised for proportional editing
}

TEST(Session, BadFilesGiveAnErrorNamingTheFileAndTheProblem) {
    EXPECT_EQ(errorOf("{\"format\": "),
              "lesson.json: not valid JSON (unterminated object at line 1, column 12)");
    EXPECT_EQ(errorOf("[1, 2]"), "lesson.json: the top level is not a JSON object");
    EXPECT_EQ(errorOf(R"({"format": "other", "version": 1})"),
              "lesson.json: not an Entropy Explorer session (\"format\" is not "
              "\"entropy-explorer-session\")");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session"})"),
              "lesson.json: \"version\" is missing or not a whole number");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 3, "events": []})"),
              "lesson.json: session version 3 is not supported (this version of Entropy "
              "Explorer reads versions 1 to 2)");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 1})"),
              "lesson.json: \"events\" is missing or not a non-empty array");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 1, "q": 1}, {"p": "x", "q": 1}])")),
              "lesson.json, event 2: \"p\" must be a finite number >= 0");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 1}])")), "lesson.json, event 1: \"q\" is missing");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": -0.5, "q": 1}])")),
              "lesson.json, event 1: \"p\" must be a finite number >= 0");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 1e999, "q": 1}])")),
              "lesson.json: not valid JSON (illegal number at line 1, column 76)");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 0, "q": 1}])")), "lesson.json: P: all weights are zero");
    EXPECT_EQ(errorOf(withEvents(R"([3])")), "lesson.json, event 1: is not a JSON object");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 1, "q": 1, "label": 7}])")),
              "lesson.json, event 1: \"label\" must be a string");
    EXPECT_EQ(errorOf(withEvents(R"([{"p": 1, "q": 1, "lockedQ": "yes"}])")),
              "lesson.json, event 1: \"lockedQ\" must be true or false");
}

TEST(Session, DeeplyNestedAndNonUtf8InputAreRefusedNotCrashedOn) {
    EXPECT_NE(errorOf(QByteArray(100000, '[')), "(no error)");
    EXPECT_NE(errorOf(withEvents("[{\"label\": \"\xff\xfe\", \"p\": 1, \"q\": 1}]")), "(no error)");
}

TEST(Session, SaveWritesAFileThatLoadsBack) {
    QTemporaryDir dir;
    const QString path = dir.filePath("lesson.json");
    const DocumentState state = DocumentState::initial();
    ASSERT_FALSE(session::save(path, state));
    EXPECT_EQ(session::load(path).value(), state);
}

TEST(Session, FailedSaveSaysSoAndLeavesTheOldFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing-folder/lesson.json");
    const auto error = session::save(path, DocumentState::initial());
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains("missing-folder/lesson.json"));
}

TEST(Session, LoadNamesMissingFilesAndFolders) {
    EXPECT_EQ(session::load("/nonexistent/x.json").error().message(), "x.json: no such file");
    QTemporaryDir dir;
    EXPECT_EQ(session::load(dir.path()).error().reason, "is a folder, not a file");
}

TEST(DataImport, WeightsAreScaledToTheSliderRangeWithoutChangingTheDistribution) {
    entropy::EventTable table{{"a", "b"}, {35, 70}, {1, 3}};
    const DocumentState state =
        dataimport::fitWeightSliders(dataimport::toDocument(table, EditMode::Weights).value());
    EXPECT_DOUBLE_EQ(state.events[0].p, 0.5);
    EXPECT_DOUBLE_EQ(state.events[1].p, 1.0);
    EXPECT_DOUBLE_EQ(state.events[0].q, 1.0 / 3);
    const DocumentState normalised = dataimport::toDocument(table).value();
    EXPECT_DOUBLE_EQ(normalised.events[0].p, 1.0 / 3);
    EXPECT_EQ(normalised.mode, EditMode::Proportional);
}

TEST(Session, ViewAndSampleSettingsSurviveARoundTripAndAreChecked) {
    DocumentState state = DocumentState::initial();
    state.pathT = 0.37;
    state.binaryEvent = 2;
    state.samples = {Side::Q, 123456, 987654321, 7};
    const auto loaded = session::parse(session::serialize(state), "s.json");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_EQ(loaded.value(), state);
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "samples": {"n": 0}})"),
              "lesson.json: \"samples.n\" must be a number from 1 to 1000000");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "samples": {"paths": 2.5}})"),
              "lesson.json: \"samples.paths\" must be a whole number");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}, {"p": 1, "q": 1}], "view": {"binaryEvent": 2}})"),
              "lesson.json: \"view.binaryEvent\" must be a number from 0 to 1");
}

TEST(Session, RenyiOrderAndSimplexContoursSurviveARoundTripAndAreChecked) {
    for (const double alpha : {0.0, 0.5, 3.25, std::numeric_limits<double>::infinity()}) {
        DocumentState state = DocumentState::initial();
        state.renyiAlpha = alpha;
        state.contours = {Side::Q, entropy::PointMeasure::JensenShannon};
        const auto loaded = session::parse(session::serialize(state), "s.json");
        ASSERT_TRUE(loaded.ok()) << loaded.error().message();
        EXPECT_EQ(loaded.value(), state);
    }
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "view": {"renyiAlpha": 6}})"),
              "lesson.json: \"view.renyiAlpha\" must be a number from 0 to 5");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "view": {"renyiAlpha": "infinity"}})"),
              "lesson.json: \"view.renyiAlpha\" must be a number from 0 to 5, or \"inf\"");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "view": {"simplexMeasure": "tv"}})"),
              "lesson.json: \"view.simplexMeasure\" must be one of kl_from_reference, "
              "kl_to_reference, js, cross_entropy");
    EXPECT_EQ(errorOf(R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}], "view": {"simplexReference": "r"}})"),
              "lesson.json: \"view.simplexReference\" must be \"p\" or \"q\"");
}
