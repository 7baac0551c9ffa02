// SPDX-License-Identifier: MIT
#include <entropy/distribution.h>
#include <entropy/weight_list.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using entropy::loadWeightList;
using entropy::parseWeightList;
using testing::ElementsAre;

namespace {
std::string errorOf(std::string_view text, std::string_view where = "P") {
    const auto result = parseWeightList(text, where);
    return result.ok() ? "(no error)" : result.error().message();
}

class TempFile {
public:
    explicit TempFile(const std::string &contents)
        : m_path(std::filesystem::temp_directory_path() /
                 ("weights-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".txt")) {
        std::ofstream(m_path) << contents;
    }
    ~TempFile() { std::filesystem::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};
}  // namespace

TEST(WeightList, ParsesCommasSpacesTabsAndNewlines) {
    EXPECT_THAT(parseWeightList("0.5,0.25", "P").value(), ElementsAre(0.5, 0.25));
    EXPECT_THAT(parseWeightList(" 1, 2\t3\n4\r\n5 \n", "P").value(), ElementsAre(1, 2, 3, 4, 5));
    EXPECT_THAT(parseWeightList("1e-3,+2,3E2", "P").value(), ElementsAre(1e-3, 2, 300));
}

TEST(WeightList, KeepsNegativeAndSpecialValuesForTheDistributionToJudge) {
    const auto weights = parseWeightList("-0.2,inf,nan", "P").value();
    EXPECT_EQ(weights[0], -0.2);
    EXPECT_TRUE(std::isinf(weights[1]));
    EXPECT_TRUE(std::isnan(weights[2]));
}

TEST(WeightList, ErrorsNameTheItemOnOneLine) {
    EXPECT_EQ(errorOf("0.5,abc,0.5"), "P, item 2: 'abc' is not a number");
    EXPECT_EQ(errorOf("0.5,,0.5"),
              "P, item 2: empty item (two separators in a row, or a "
              "leading comma)");
    EXPECT_EQ(errorOf(",0.5"),
              "P, item 1: empty item (two separators in a row, or a leading "
              "comma)");
    EXPECT_EQ(errorOf("0.5,"), "P, item 2: empty item after the last comma");
    EXPECT_EQ(errorOf("0.5,1e999"), "P, item 2: '1e999' is out of the range of a double");
    EXPECT_EQ(errorOf(""), "P: no weights given");
    EXPECT_EQ(errorOf("  \n "), "P: no weights given");
    EXPECT_EQ(errorOf("0.5 0x10"), "P, item 2: '0x10' is not a number");
}

TEST(WeightList, ErrorsNameTheLineInMultiLineText) {
    EXPECT_EQ(errorOf("1\n2\n3x\n", "P (w.txt)"), "P (w.txt), line 3: '3x' is not a number");
}

TEST(WeightList, LongBadTokensAreShortenedInMessages) {
    const std::string token(100, 'z');
    EXPECT_EQ(errorOf(token), "P, item 1: '" + std::string(24, 'z') + "...' is not a number");
}

TEST(WeightList, StopsAtTheEventLimit) {
    std::string text;
    text.reserve((entropy::kMaxEvents + 1) * 2);
    for (std::size_t i = 0; i <= entropy::kMaxEvents; ++i) {
        text += "1,";
    }
    text.pop_back();
    EXPECT_EQ(errorOf(text), "P, item 1000001: too many weights (at most 1000000)");
}

TEST(WeightList, LoadsAFileGivenWithAt) {
    TempFile file("0.1 0.2\n0.7\n");
    EXPECT_THAT(loadWeightList("@" + file.path(), "Q").value(), ElementsAre(0.1, 0.2, 0.7));
}

TEST(WeightList, FileErrorsNameTheDistributionAndTheFile) {
    TempFile file("0.1\nx\n");
    EXPECT_EQ(loadWeightList("@" + file.path(), "Q").error().message(),
              "Q (" + file.path() + "), line 2: 'x' is not a number");
    EXPECT_EQ(loadWeightList("@/nonexistent/w.txt", "P").error().message(),
              "P (/nonexistent/w.txt): no such file");
    const auto directory = std::filesystem::temp_directory_path().string();
    EXPECT_EQ(loadWeightList("@" + directory, "P").error().message(),
              "P (" + directory + "): is a directory, not a file");
    EXPECT_EQ(loadWeightList("@", "P").error().message(), "P: '@' must be followed by a file name");
}
