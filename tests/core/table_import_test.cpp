// SPDX-License-Identifier: MIT
#include <entropy/table_import.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using entropy::parseEventCsv;
using entropy::symbolFrequencies;
using testing::ElementsAre;

namespace {
std::string errorOf(std::string_view text) {
    const auto result = parseEventCsv(text, "data.csv");
    return result.ok() ? "(no error)" : result.error().message();
}
}  // namespace

TEST(EventCsv, ReadsLabelPQWithAHeader) {
    const auto table = parseEventCsv("label,p,q\nsun,0.5,0.25\nrain,0.5,0.75\n", "t").value();
    EXPECT_THAT(table.labels, ElementsAre("sun", "rain"));
    EXPECT_THAT(table.p, ElementsAre(0.5, 0.5));
    EXPECT_THAT(table.q, ElementsAre(0.25, 0.75));
}

TEST(EventCsv, ReadsTwoColumnsWithoutHeaderAndLabelsThemAlphabetically) {
    const auto table = parseEventCsv("1,2\n3,4", "t").value();
    EXPECT_THAT(table.labels, ElementsAre("A", "B"));
    EXPECT_THAT(table.q, ElementsAre(2, 4));
}

TEST(EventCsv, AcceptsBomCrlfSemicolonsQuotesAndBlankLines) {
    const auto table =
        parseEventCsv(
            "\xEF\xBB\xBF\"event\";\"p\";\"q\"\r\n\r\n\"a; b\";1;2\r\n\"say \"\"hi\"\"\";3;4\r\n",
            "t")
            .value();
    EXPECT_THAT(table.labels, ElementsAre("a; b", "say \"hi\""));
    EXPECT_THAT(table.p, ElementsAre(1, 3));
}

TEST(EventCsv, ErrorsNameTheLineAndColumn) {
    EXPECT_EQ(errorOf("label,p,q\nA,0.5,0.5\nB,x,0.5\n"),
              "data.csv, line 3, column 2: 'x' is not a number");
    EXPECT_EQ(errorOf("p,q\n1,2\n3\n"), "data.csv, line 3: expected 2 columns but found 1");
    EXPECT_EQ(errorOf("a,b,c,d\n"),
              "data.csv, line 1: expected the columns label,p,q or p,q but found 4 columns");
    EXPECT_EQ(errorOf("A,1,\n"), "data.csv, line 1, column 3: empty cell where a number belongs");
    EXPECT_EQ(errorOf("label,p,q\n"), "data.csv: no rows of numbers");
    EXPECT_EQ(errorOf(""), "data.csv: no rows of numbers");
    EXPECT_EQ(errorOf("A,1,2\n\"B,3,4\n"), "data.csv, line 2: a quoted field is not closed");
}

TEST(EventCsv, LineNumbersCountBlankAndCrlfLines) {
    EXPECT_EQ(errorOf("p,q\r\n\r\n1,2\r\n1,y\r\n"),
              "data.csv, line 4, column 2: 'y' is not a number");
}

TEST(SymbolFrequencies, CountsOverTheCommonAlphabet) {
    const auto table = symbolFrequencies({"a", "b", "a"}, {"b", "c"});
    EXPECT_THAT(table.labels, ElementsAre("a", "b", "c"));
    EXPECT_THAT(table.p, ElementsAre(2, 1, 0));
    EXPECT_THAT(table.q, ElementsAre(0, 1, 1));
}

TEST(SymbolFrequencies, PseudoCountSmoothsEverySymbol) {
    const auto table = symbolFrequencies({"a"}, {"b"}, 0.5);
    EXPECT_THAT(table.p, ElementsAre(1.5, 0.5));
    EXPECT_THAT(table.q, ElementsAre(0.5, 1.5));
}
