// SPDX-License-Identifier: MIT
#include "test_distributions.h"

#include <entropy/report.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;
using testing_support::make;

TEST(Report, NumbersReadBackAsTheSameDouble) {
    EXPECT_EQ(entropy::formatNumber(0.46899559358928117), "0.46899559358928117");
    EXPECT_EQ(entropy::formatNumber(1.0), "1");
    EXPECT_EQ(std::stod(entropy::formatNumber(0.1 + 0.2)), 0.1 + 0.2);
}

TEST(Report, JsonHasTheContractKeysAndInfinityAsAString) {
    const auto c = entropy::compare(make({1, 1}), make({1, 0}, "Q")).value();
    const std::string json = entropy::formatJson(c);
    for (const char *key :
         {"\"base\":\"2\"", "\"n\":2", "\"entropy_p\":1", "\"entropy_q\":0",
          "\"cross_entropy_pq\":\"inf\"", "\"cross_entropy_qp\":1", "\"kl_pq\":\"inf\"",
          "\"kl_qp\":1", "\"js\":", "\"events\":[{", "\"surprisal_q\":\"inf\"",
          "\"kl_pq_term\":\"inf\"", "\"kl_qp_term\":0", "\"kl_pq_infinite_indices\":[1]"}) {
        EXPECT_THAT(json, HasSubstr(key));
    }
    EXPECT_EQ(json.back(), '\n');
}

TEST(Report, TableNamesEachQuantityWithItsUnit) {
    const auto c =
        entropy::compare(make({1, 1}), make({1, 3}, "Q"), {.base = entropy::LogBase::Nats}).value();
    const std::string table = entropy::formatTable(c);
    EXPECT_THAT(table, HasSubstr("in nats (log base e). P is the truth, Q the model."));
    EXPECT_THAT(table, HasSubstr("KL divergence D(P||Q)"));
    EXPECT_THAT(table, HasSubstr("p log(p/q)"));
}

TEST(Report, EventCsvHasAHeaderAndOneRowPerEvent) {
    const auto c = entropy::compare(make({1, 1}), make({1, 0}, "Q")).value();
    const std::string csv = entropy::formatEventCsv(c, {"a,b", "c"});
    EXPECT_EQ(csv,
              "label,p,q,surprisal_p,surprisal_q,kl_pq_term,kl_qp_term,cross_entropy_pq_term,"
              "cross_entropy_qp_term\r\n"
              "\"a,b\",0.5,1,1,0,-0.5,1,0,1\r\n"
              "c,0.5,0,1,inf,inf,0,inf,0\r\n");
}

TEST(Report, SummaryCsvListsEveryTotalWithItsUnit) {
    const auto c = entropy::compare(make({1, 1}), make({1, 1}, "Q")).value();
    const std::string csv = entropy::formatSummaryCsv(c);
    EXPECT_THAT(csv, testing::StartsWith("quantity,value,unit\r\nentropy_p,1,bits\r\n"));
    EXPECT_THAT(csv, HasSubstr("kl_qp,0,bits\r\n"));
    EXPECT_THAT(csv, HasSubstr("perplexity_q,2,\r\n"));
}
