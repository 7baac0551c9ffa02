// SPDX-License-Identifier: MIT
// Classifier mode in the document: P and Q derived from the controls, undoable, saved.
#include <entropy/families.h>

#include <QUndoStack>

#include <cmath>
#include <document.h>
#include <gtest/gtest.h>
#include <session.h>

namespace {

// The default session (P = 0.6, 0.3, 0.1; Q = 0.2, 0.3, 0.5) in classifier mode.
Document &classifierDocument(Document &document) {
    EXPECT_TRUE(document.enterClassifier());
    return document;
}

}  // namespace

TEST(Classifier, EnteringIsOneNamedStepThatMakesPOneHotAndKeepsQ) {
    Document document;
    const DocumentState before = document.state();
    ASSERT_TRUE(document.enterClassifier());
    const DocumentState &state = document.state();
    EXPECT_TRUE(state.classifier.enabled);
    EXPECT_EQ(state.classifier.trueClass, 0);  // the most likely event of P
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(state.events[i].p, i == 0 ? 1.0 : 0.0);
        EXPECT_NEAR(state.events[i].q, before.events[i].q, 1e-15);
        EXPECT_NEAR(state.classifier.logits[i], std::log(before.events[i].q / 0.5), 1e-15);
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), Document::enterClassifierText());
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), before);
}

TEST(Classifier, EnteringWithManyTinyProbabilitiesKeepsQExactlyUniform) {
    Document document;
    DocumentState uniform;
    for (int i = 0; i < 65536; ++i) {
        uniform.appendEvent({defaultLabel(i), 1.0 / 65536, 1.0 / 65536});
    }
    document.reset(uniform);
    ASSERT_TRUE(document.enterClassifier());
    EXPECT_EQ(document.state().classifier.logits[7], 0.0);  // not clamped at the limit
    EXPECT_NEAR(document.state().events[7].q, 1.0 / 65536, 1e-20);
}

TEST(Classifier, ControlsDeriveQAsSoftmaxAndPAsSmoothedOneHot) {
    Document document;
    classifierDocument(document);
    document.setTrueClass(2);
    document.setLogit(1, 3.0);
    document.setTemperature(0.5);
    document.setSmoothing(0.3);
    const ClassifierState &c = document.state().classifier;
    const std::vector<double> logits(c.logits.begin(), c.logits.end());
    const auto q = entropy::families::softmax(logits, 0.5);
    const auto p = entropy::families::smoothedOneHot(3, 2, 0.3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(document.state().events[i].q, q[std::size_t(i)]);
        EXPECT_EQ(document.state().events[i].p, p[std::size_t(i)]);
    }
}

TEST(Classifier, TemperatureSurvivesUndoOfAnotherEdit) {
    Document document;
    classifierDocument(document);
    document.setTemperature(2.0);
    document.setLogit(0, 1.5);
    document.undoStack()->undo();
    EXPECT_EQ(document.state().classifier.temperature, 2.0);
    EXPECT_TRUE(document.state().classifier.enabled);
}

TEST(Classifier, OneTemperatureDragIsOneUndoStep) {
    Document document;
    classifierDocument(document);
    const int drag = Document::newDragId();
    for (const double t : {1.2, 1.5, 2.5, 3.0}) {
        document.setTemperature(t, drag);
    }
    EXPECT_EQ(document.undoStack()->count(), 2);  // entering, then the drag
    EXPECT_EQ(document.state().classifier.temperature, 3.0);
}

TEST(Classifier, ControlsAreClampedToTheirRanges) {
    Document document;
    classifierDocument(document);
    document.setTemperature(100.0);
    document.setSmoothing(-1.0);
    document.setLogit(0, -1e9);
    const ClassifierState &c = document.state().classifier;
    EXPECT_EQ(c.temperature, ClassifierState::kMaxTemperature);
    EXPECT_EQ(c.smoothing, 0.0);
    EXPECT_EQ(c.logits[0], -ClassifierState::kLogitLimit);
    EXPECT_FALSE(document.setTrueClass(7));
}

TEST(Classifier, EditingPOrQDirectlyLeavesClassifierModeAndUndoReturns) {
    Document document;
    classifierDocument(document);
    document.setTemperature(2.0);
    ASSERT_TRUE(document.setValue(Side::Q, 0, 0.5));
    EXPECT_FALSE(document.state().classifier.enabled);
    document.undoStack()->undo();
    EXPECT_TRUE(document.state().classifier.enabled);
    EXPECT_EQ(document.state().classifier.temperature, 2.0);
}

TEST(Classifier, ControlsDoNothingOutsideClassifierMode) {
    Document document;
    EXPECT_FALSE(document.setTemperature(2.0));
    EXPECT_FALSE(document.setLogit(0, 1.0));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(Classifier, SessionRoundTripKeepsEveryControlBitForBit) {
    Document document;
    classifierDocument(document);
    document.setTemperature(1.7);
    document.setSmoothing(0.05);
    document.setTrueClass(1);
    document.setLogit(2, -3.25);
    const auto loaded = session::parse(session::serialize(document.state()), "c.json");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_EQ(loaded.value(), document.state());
    EXPECT_TRUE(loaded.value().classifier.enabled);
}

TEST(Classifier, BadClassifierInASessionNamesTheKey) {
    const QByteArray start = R"({"format": "entropy-explorer-session", "version": 2,
        "events": [{"p": 1, "q": 1}, {"p": 1, "q": 1}], "classifier": )";
    const auto error = [&](const QByteArray &classifier) {
        const auto result = session::parse(start + classifier + "}", "c.json");
        return result.ok() ? std::string("(no error)") : result.error().message();
    };
    EXPECT_EQ(error(R"({"logits": [0]})"),
              "c.json: \"classifier.logits\" must be an array with one number per event (2)");
    EXPECT_EQ(error(R"({"logits": [0, 0], "temperature": 0})"),
              "c.json: \"classifier.temperature\" must be a number from 0.1 to 5");
    EXPECT_EQ(error(R"({"logits": [0, 0], "trueClass": 2})"),
              "c.json: \"classifier.trueClass\" must be a number from 0 to 1");
    EXPECT_EQ(error(R"({"logits": [0, "x"]})"),
              "c.json, event 2: \"classifier.logits\" must be numbers from -10 to 10");
    EXPECT_EQ(error(R"({"logits": [1, 0]})"), "(no error)");
}
