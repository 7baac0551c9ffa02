// SPDX-License-Identifier: MIT
// Lesson files: the built-in lessons, the numbers their text quotes, validation with messages
// that name the place, and the round trip through a file.
#include "lesson.h"

#include "lessonmarkup.h"
#include "lessontask.h"

#include <entropy/compare.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace {

Lesson builtIn(const char *name, const char *language = "en") {
    const auto lesson = lesson::builtIn(QString::fromLatin1(name), QString::fromLatin1(language));
    EXPECT_TRUE(lesson) << name << " " << language;
    return lesson.value_or(Lesson{});
}

entropy::Comparison comparisonOf(const LessonStep &step) {
    return lessontask::compare(step.state, step.state.base, true).value();
}

double quantity(const LessonStep &step, const char *key) {
    return lessonquantity::value(comparisonOf(step), lessonquantity::index(QLatin1String(key)));
}

// A one-step lesson whose step is `step` (merged over a valid default).
QByteArray lessonWith(const QJsonObject &changes) {
    QJsonObject step{
        {"title", "Step"},
        {"text", "<p>Text</p>"},
        {"state", QJsonObject{{"events", QJsonArray{QJsonObject{{"p", 0.5}, {"q", 0.25}},
                                                    QJsonObject{{"p", 0.5}, {"q", 0.75}}}}}}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        step.insert(it.key(), it.value());
    }
    const QJsonObject root{{"format", "entropy-explorer-lesson"},
                           {"version", 1},
                           {"title", "T"},
                           {"steps", QJsonArray{step}}};
    return QJsonDocument(root).toJson();
}

std::string errorFor(const QJsonObject &changes) {
    const auto lesson = lesson::parse(lessonWith(changes), QStringLiteral("lesson.json"));
    return lesson ? std::string("(no error)") : lesson.error().message();
}

}  // namespace

TEST(BuiltInLessons, EveryLessonLoadsInEveryLanguageWithValidStates) {
    ASSERT_EQ(lesson::builtInNames().size(), 5);
    for (const QString &name : lesson::builtInNames()) {
        for (const char *language : {"en", "zh_CN"}) {
            const Lesson lesson = builtIn(qPrintable(name), language);
            EXPECT_EQ(lesson.language, QLatin1String(language)) << name.toStdString();
            ASSERT_FALSE(lesson.steps.isEmpty()) << name.toStdString();
            for (const LessonStep &step : lesson.steps) {
                EXPECT_TRUE(lessontask::compare(step.state, step.state.base))
                    << step.title.toStdString();
                EXPECT_TRUE(lesson::tabNames().contains(step.tab)) << step.title.toStdString();
                EXPECT_FALSE(lesson::unsafeMarkup(step.text)) << step.title.toStdString();
            }
        }
    }
}

// One lesson file per language: the translation changes words, never states, answers or goals.
TEST(BuiltInLessons, TranslationsKeepEveryStateAnswerAndGoal) {
    for (const QString &name : lesson::builtInNames()) {
        const Lesson english = builtIn(qPrintable(name)),
                     chinese = builtIn(qPrintable(name), "zh_CN");
        ASSERT_EQ(english.steps.size(), chinese.steps.size()) << name.toStdString();
        EXPECT_NE(english.title, chinese.title);
        for (int i = 0; i < english.steps.size(); ++i) {
            const LessonStep &en = english.steps[i], &zh = chinese.steps[i];
            EXPECT_EQ(en.state.values(Side::P), zh.state.values(Side::P))
                << name.toStdString() << i;
            EXPECT_EQ(en.state.values(Side::Q), zh.state.values(Side::Q));
            EXPECT_EQ(en.state.base, zh.state.base);
            EXPECT_EQ(en.state.classifier, zh.state.classifier);
            EXPECT_EQ(en.tab, zh.tab);
            EXPECT_EQ(en.focus, zh.focus);
            EXPECT_NE(en.text, zh.text);
            EXPECT_EQ(en.predict.has_value(), zh.predict.has_value());
            if (en.predict) {
                EXPECT_EQ(en.predict->choice, zh.predict->choice);
                EXPECT_EQ(en.predict->answer, zh.predict->answer);
                EXPECT_EQ(en.predict->choices.size(), zh.predict->choices.size());
            }
            EXPECT_EQ(en.task.has_value(), zh.task.has_value());
            if (en.task) {
                EXPECT_EQ(en.task->goal, zh.task->goal);
            }
        }
    }
}

// The numbers the built-in texts show are the core's, filled in from each step's state; they
// read as the material the lessons follow publishes them.
TEST(BuiltInLessons, FilledInNumbersReadAsPublished) {
    const struct {
        const char *lesson;
        int step;
        const char *text;  // as the English step shows it
    } quotes[] = {
        {"information", 0, "<b>0 bits</b>"},
        {"information", 1, "<b>1 bit</b>"},
        {"information", 3, "<b>16 bits</b>"},
        {"information", 4, "<b>0.36</b>, <b>1.61</b> and <b>2.30 nats</b>"},
        {"entropy", 1, "<b>2.585 bits</b>; belle B\u2019s only <b>0.701 bits</b>"},
        {"entropy", 2, "<b>0.0808 bits</b>"},
        {"entropy", 3,
         "<b>2.585 bits</b> of entropy. Q is loaded towards six: its entropy is "
         "<b>2.161 bits</b>"},
        {"cross-entropy", 1, "D(P\u2016Q) = <b>0.2075 bits</b>"},
        {"cross-entropy", 1, "= <b>0.5963 bits</b>"},
        {"cross-entropy", 2, "<b>1.2075</b> = 1 + 0.2075 bits"},
        {"asymmetry", 0, "<b>0.737 bits</b>"},
        {"asymmetry", 2, "D(P\u2016Q) = <b>\u221E</b>: infinite"},
        {"asymmetry", 2, "<b>0.324 bits</b>"},
        {"classification", 0, "<b>0.737 bits</b>"},
        {"classification", 1, "<b>0.322 bits</b>"},
    };
    for (const auto &quote : quotes) {
        const Lesson lesson = builtIn(quote.lesson);
        const QString shown = lesson::rendered(lesson, quote.step).text;
        EXPECT_TRUE(shown.contains(QString::fromUtf8(quote.text)))
            << quote.lesson << " step " << quote.step + 1 << " shows " << shown.toStdString();
    }
    const Lesson asymmetry = builtIn("asymmetry");
    EXPECT_EQ(lesson::rendered(asymmetry, 0).predict->choices[0],
              QStringLiteral("The same, 0.737 bits"));
}

// No result is typed by hand: past the placeholders, a decimal number in a step's words is one
// of its inputs (a probability of its state) or a threshold of its task's goal.
TEST(BuiltInLessons, NoComputedNumberIsTypedByHand) {
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    static const QRegularExpression decimal(QStringLiteral("\\d+\\.\\d+"));
    for (const QString &name : lesson::builtInNames()) {
        for (const char *language : {"en", "zh_CN"}) {
            const Lesson lesson = builtIn(qPrintable(name), language);
            for (int i = 0; i < lesson.steps.size(); ++i) {
                const LessonStep &step = lesson.steps[i];
                QList<double> allowed = step.state.values(Side::P) + step.state.values(Side::Q);
                QStringList words{step.text};
                if (step.predict) {
                    words += step.predict->choices;
                    words.append(step.predict->question);
                }
                if (step.task) {
                    words += {step.task->open, step.task->met};
                    for (const TaskCondition &condition : step.task->goal) {
                        allowed.append(condition.value);
                    }
                }
                for (QString text : words) {
                    text.remove(placeholder);
                    for (auto it = decimal.globalMatch(text); it.hasNext();) {
                        const double typed = it.next().captured(0).toDouble();
                        EXPECT_TRUE(std::ranges::any_of(
                            allowed, [typed](double v) { return std::abs(v - typed) < 1e-12; }))
                            << name.toStdString() << " (" << language << ") step " << i + 1
                            << " types " << typed << " by hand";
                    }
                }
            }
        }
    }
}

// The predictions' answers are the core's too.
TEST(BuiltInLessons, PredictionsAnswerWithTheCoresValues) {
    const Lesson information = builtIn("information"), entropy = builtIn("entropy"),
                 cross = builtIn("cross-entropy"), asymmetry = builtIn("asymmetry");
    const double surprisal = comparisonOf(information.steps[2]).events.surprisalP[0];
    EXPECT_NEAR(information.steps[2].predict->answer, surprisal, 5e-4);
    EXPECT_GT(quantity(entropy.steps[0], "entropy_p"), quantity(entropy.steps[0], "entropy_q"));
    EXPECT_EQ(entropy.steps[0].predict->choice, 0);
    EXPECT_LT(quantity(cross.steps[0], "kl_pq"), quantity(cross.steps[1], "kl_pq"));
    EXPECT_EQ(cross.steps[0].predict->choice, 0);
    EXPECT_LT(quantity(asymmetry.steps[0], "kl_qp"), quantity(asymmetry.steps[0], "kl_pq"));
    EXPECT_EQ(asymmetry.steps[0].predict->choices[asymmetry.steps[0].predict->choice],
              QStringLiteral("Smaller"));
    EXPECT_TRUE(std::isinf(quantity(asymmetry.steps[2], "kl_pq")));
    // What the window and the handout tell the class.
    EXPECT_EQ(lesson::answerText(asymmetry.steps[0]).toStdString(),
              "Smaller (KL divergence D(Q\u2016P) = 0.5310 bits)");
    EXPECT_EQ(lesson::answerText(information.steps[2]), QStringLiteral("2.585 bits"));
    EXPECT_TRUE(lesson::answerText(asymmetry.steps[1]).isEmpty());
}

TEST(LessonText, PlaceholdersFillInAndBadOnesAreRefusedWithTheirPlace) {
    EXPECT_EQ(errorFor({{"text", "<p>{{kl}}</p>"}}),
              "lesson.json, step 1: \"text\": {{kl}}: unknown quantity \"kl\"");
    EXPECT_EQ(errorFor({{"text", "<p>{{p[2]|3}}</p>"}}),
              "lesson.json, step 1: \"text\": {{p[2]|3}}: step 1 has 2 events (the first is [0])");
    EXPECT_EQ(errorFor({{"text", "<p>{{kl_pq@3}}</p>"}}),
              "lesson.json, step 1: \"text\": {{kl_pq@3}}: there is no step 3");
    EXPECT_EQ(errorFor({{"text", "<p>{{ kl_pq | x }}</p>"}}),
              "lesson.json, step 1: \"text\": \"{{\" starts no placeholder such as {{kl_pq|3}}");
    const Lesson lesson =
        lesson::parse(lessonWith({{"text",
                                   "<p>{{kl_pq}} {{kl_pq|2|number}} {{q[1]|2}} "
                                   "{{surprisal_q[0]|0}} {{perplexity_p|1}}</p>"}}),
                      QStringLiteral("l.json"))
            .value();
    EXPECT_EQ(lesson::rendered(lesson, 0).text,
              QStringLiteral("<p>0.2075 bits 0.21 0.75 2 bits 2.0</p>"));
}

// Each task is open when its step starts, and an edit a student would make meets it.
TEST(BuiltInLessons, EveryTaskStartsOpenAndCanBeMet) {
    const auto solve = [](const LessonStep &step, const QList<double> &q) {
        return edits::setDistribution(step.state, Side::Q, q).value();
    };
    const Lesson asymmetry = builtIn("asymmetry");
    const LessonStep &infinite = asymmetry.steps[3];
    EXPECT_FALSE(lessontask::allMet(infinite.task->goal, infinite.state, infinite.state));
    const DocumentState smoothed = solve(infinite, {0.5, 0.4, 0.1});
    EXPECT_TRUE(lessontask::allMet(infinite.task->goal, infinite.state, smoothed));
    // "p unchanged": the same finite divergence reached by moving P does not count.
    const DocumentState movedP =
        edits::setDistribution(infinite.state, Side::P, {0.5, 0.5, 0}).value();
    EXPECT_FALSE(lessontask::allMet(infinite.task->goal, infinite.state, movedP));

    const LessonStep &zero = asymmetry.steps[1];
    EXPECT_FALSE(lessontask::allMet(zero.task->goal, zero.state, zero.state));
    EXPECT_TRUE(lessontask::allMet(zero.task->goal, zero.state, solve(zero, {0.6, 0.3, 0.1})));

    const Lesson entropy = builtIn("entropy");
    for (const int i : {1, 3}) {
        const LessonStep &step = entropy.steps[i];
        EXPECT_FALSE(lessontask::allMet(step.task->goal, step.state, step.state));
        EXPECT_TRUE(lessontask::allMet(step.task->goal, step.state,
                                       solve(step, QList<double>(6, 1.0 / 6))));
    }
    const Lesson classification = builtIn("classification");
    const LessonStep &label = classification.steps[0];
    EXPECT_FALSE(lessontask::allMet(label.task->goal, label.state, label.state));
    EXPECT_TRUE(
        lessontask::allMet(label.task->goal, label.state, solve(label, {0.01, 0.01, 0.97, 0.01})));
    const LessonStep &softmax = classification.steps[2];
    EXPECT_TRUE(softmax.state.classifier.enabled);
    EXPECT_FALSE(lessontask::allMet(softmax.task->goal, softmax.state, softmax.state));
    EXPECT_TRUE(lessontask::allMet(softmax.task->goal, softmax.state,
                                   edits::setTemperature(softmax.state, 0.5).value()));
}

TEST(LessonTask, ConditionsParseFormatAndCompare) {
    const auto parsed = [](const char *text) {
        return std::get<TaskCondition>(lessontask::parse(QString::fromLatin1(text), 3));
    };
    EXPECT_EQ(parsed("kl_qp == inf").value, INFINITY);
    EXPECT_EQ(parsed("p[2] unchanged").op, TaskCondition::Op::Unchanged);
    EXPECT_EQ(lessontask::format(parsed("kl_pq  <=   0.05")), QStringLiteral("kl_pq <= 0.05"));
    const auto reason = [](const char *text) {
        const auto result = lessontask::parse(QString::fromLatin1(text), 3);
        return std::holds_alternative<QString>(result) ? std::get<QString>(result).toStdString()
                                                       : std::string("(parsed)");
    };
    EXPECT_NE(reason("kl < 1").find("is not a quantity"), std::string::npos);
    EXPECT_NE(reason("p[3] < 0.5").find("only 3 events"), std::string::npos);
    EXPECT_NE(reason("kl_pq ~ 1").find("is not a comparison"), std::string::npos);
    EXPECT_NE(reason("kl_pq < lots").find("needs a number"), std::string::npos);
    EXPECT_NE(reason("p < 0.5").find("can only be \"unchanged\""), std::string::npos);

    DocumentState state = DocumentState::initial();  // P (0.6, 0.3, 0.1), Q (0.2, 0.3, 0.5)
    const entropy::Comparison c = lessontask::compare(state, state.base).value();
    EXPECT_TRUE(lessontask::met(parsed("q[1] == 0.3"), state, state, c));
    EXPECT_TRUE(lessontask::met(parsed("kl_pq > 0.5"), state, state, c));
    EXPECT_FALSE(lessontask::met(parsed("kl_pq == inf"), state, state, c));
    EXPECT_TRUE(lessontask::met(parsed("q unchanged"), state, state, c));
}

TEST(LessonFile, RoundTripsThroughAFile) {
    Lesson lesson = builtIn("asymmetry");
    lesson.steps[0].predict->tolerance = 0.0;
    Prediction numeric{QStringLiteral("How many bits?"), {}, 0, 0.737, 0.01};
    lesson.steps[2].predict = numeric;
    const auto again = lesson::parse(lesson::serialize(lesson), QStringLiteral("a.json"));
    ASSERT_TRUE(again) << again.error().message();
    EXPECT_EQ(again.value(), lesson);
}

TEST(LessonFile, EveryProblemNamesTheFileTheStepAndTheKey) {
    EXPECT_EQ(errorFor({{"predict", QJsonObject{{"question", "Q?"}, {"answer", "two"}}}}),
              "lesson.json, step 1: \"predict.answer\" must be a number");
    EXPECT_EQ(errorFor({{"predict", QJsonObject{{"question", "Q?"},
                                                {"choices", QJsonArray{"a", "b"}},
                                                {"answer", 2}}}}),
              "lesson.json, step 1: \"predict.answer\" must be the index of one of the choices "
              "(at least two), 0 for the first");
    EXPECT_EQ(
        errorFor({{"predict",
                   QJsonObject{
                       {"question", "Q?"}, {"answer", 1}, {"tolerance", 0.1}, {"unit", "nats"}}}}),
        "lesson.json, step 1: \"predict.unit\" must be \"bits\", the unit of the step's "
        "state");
    EXPECT_EQ(errorFor({{"text", "<p onclick=\"x()\">Hi</p>"}}),
              "lesson.json, step 1: \"text\": tags take no attributes (<p onclick=\"x()\">)");
    EXPECT_NE(errorFor({{"text", "<script>x()</script>"}}).find("the tag <script> is not allowed"),
              std::string::npos);
    EXPECT_EQ(errorFor({{"focus", "kl"}}).rfind("lesson.json, step 1: \"focus\" must be one of", 0),
              0u);
    EXPECT_EQ(errorFor({{"state", QJsonObject{{"preset", "nope"}}}}),
              "lesson.json, step 1: \"state.preset\" is not a preset (see entropy-explorer "
              "presets)");
    EXPECT_EQ(errorFor({{"state",
                         QJsonObject{{"preset", "fair-die"}, {"view", QJsonObject{{"tab", "x"}}}}}})
                  .rfind("lesson.json, step 1: \"state.view.tab\" must be one of charts, ", 0),
              0u);
    EXPECT_EQ(errorFor({{"state",
                         QJsonObject{{"events", QJsonArray{QJsonObject{{"p", -1}, {"q", 1}}}}}}}),
              "lesson.json, step 1, event 1: \"p\" must be a finite number >= 0");
    EXPECT_EQ(errorFor({{"task", QJsonObject{{"goal", QJsonArray{"kl_pq < 1", "kl_pq ~ 1"}},
                                             {"open", "o"},
                                             {"met", "m"}}}}),
              "lesson.json, step 1: \"task.goal\", condition 2: \"~\" is not a comparison (use <, "
              "<=, >, >=, ==, != or unchanged)");
    EXPECT_EQ(errorFor({{"task", QJsonObject{{"goal", QJsonArray{"kl_pq < 1"}}, {"open", "o"}}}}),
              "lesson.json, step 1: \"task.met\" must be a non-empty string");
    EXPECT_EQ(errorFor({{"title", ""}}),
              "lesson.json, step 1: \"title\" must be a non-empty string");

    const auto whole = lesson::parse(R"({"format": "entropy-explorer-lesson", "version": 9})",
                                     QStringLiteral("l.json"));
    EXPECT_EQ(whole.error().message(),
              "l.json: lesson version 9 is not supported (this version of "
              "Entropy Explorer reads versions 1 to 1)");
    const auto session = lesson::parse(R"({"format": "entropy-explorer-session", "version": 2})",
                                       QStringLiteral("s.json"));
    EXPECT_EQ(session.error().message(),
              "s.json: not an Entropy Explorer lesson (\"format\" is not "
              "\"entropy-explorer-lesson\")");
}

TEST(LessonFile, FindTakesANameOrAPath) {
    EXPECT_EQ(lesson::find(QStringLiteral("entropy"), QStringLiteral("zh_CN")).value().title,
              QStringLiteral("熵"));
    EXPECT_EQ(lesson::find(QStringLiteral("entropy"), QStringLiteral("fr")).value().language,
              QStringLiteral("en"));
    EXPECT_EQ(lesson::find(QStringLiteral("nonsense"), QStringLiteral("en")).error().message(),
              "nonsense: not a built-in lesson (information, entropy, cross-entropy, asymmetry, "
              "classification) or a lesson file");
    EXPECT_EQ(lesson::find(QStringLiteral("/no/such.json"), QStringLiteral("en")).error().message(),
              "such.json: no such file");
}

// What a teacher types in the step's text box is written in the subset lessons load.
TEST(LessonMarkup, AnEditedDocumentBecomesTheSafeSubset) {
    QTextDocument document;
    document.setHtml(
        QStringLiteral("<p style=\"color:red\">Big <span style=\"font-weight:700\">bold</span></p>"
                       "<p>log<sub>2</sub> and x<sup>2</sup>, <i>p</i> &lt; 1</p>"
                       "<ul><li>one</li><li>two</li></ul><ol><li>first</li></"
                       "ol><table><tr><td>cell</td></tr></table>"));
    const QString markup = lessonmarkup::fromDocument(document);
    EXPECT_EQ(markup.toStdString(),
              std::string("<p>Big <b>bold</b></p><p>log<sub>2</sub> and x<sup>2</sup>, "
                          "<i>p</i> &lt; 1</p><ul><li>one</li><li>two</li></ul>"
                          "<ol><li>first</li></ol><p>cell</p>"));
    EXPECT_FALSE(lesson::unsafeMarkup(markup));
}
