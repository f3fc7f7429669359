// A large export is read in two halves on two threads (SurveyImporter, readRows). Whatever the
// text, the result must be the one a single reader finds: same rows in the same order, same
// lines, same bad rows, same category codes.
#include "metrics/surveyimporter.h"

#include <catch2/catch.hpp>
#include <limits>
#include <random>
#include <thread>

using namespace ts::metrics;

namespace {

ImportResult importWith(const std::string &text, std::size_t twoThreadsFrom)
{
    ImportOptions options;
    options.twoThreadsFrom = twoThreadsFrom;
    return SurveyImporter(options).importText(text, "split.csv");
}

void requireSame(const ImportResult &a, const ImportResult &b)
{
    const SurveyTable &x = a.table, &y = b.table;
    REQUIRE(x.size() == y.size());
    CHECK(x.line == y.line);
    CHECK(x.date == y.date);
    CHECK(x.nps == y.nps);
    CHECK(x.csat == y.csat);
    CHECK(x.ces == y.ces);
    CHECK(x.stage == y.stage);
    CHECK(x.touchpoint == y.touchpoint);
    CHECK(x.segment == y.segment);
    CHECK(x.stages.values() == y.stages.values());
    CHECK(x.touchpoints.values() == y.touchpoints.values());
    CHECK(x.segments.values() == y.segments.values());
    CHECK(x.retained == y.retained);
    CHECK(x.expansion == y.expansion);
    CHECK(x.referral == y.referral);
    for (std::size_t i = 0; i < x.size(); ++i) {
        INFO("row " << i);
        REQUIRE(x.customerId.at(i) == y.customerId.at(i));
        REQUIRE(x.comment.at(i) == y.comment.at(i));
    }
    REQUIRE(a.badRows.size() == b.badRows.size());
    for (std::size_t i = 0; i < a.badRows.size(); ++i) {
        CHECK(a.badRows[i].line == b.badRows[i].line);
        CHECK(a.badRows[i].column == b.badRows[i].column);
        CHECK(a.badRows[i].message == b.badRows[i].message);
    }
    CHECK(a.badRowCount == b.badRowCount);
    CHECK(a.emptyRows == b.emptyRows);
}

// A random export with everything that moves line numbers or record boundaries: quoted comments
// with doubled quotes and line breaks (LF and CRLF), CRLF and LF line ends, blank lines, rows of
// the wrong length, out-of-range scores, a stray quote inside an unquoted field, and sometimes
// a quote left open at the end.
std::string randomExport(std::uint32_t seed)
{
    std::mt19937 random(seed);
    const auto pick = [&](int n) {
        return int(random() % std::uint32_t(n));
    };
    const char *stages[] = {"Awareness", "Purchase", "Onboarding", ""};
    const char *comments[] = {"",
                              "fine",
                              "\"said \"\"no\"\", then left\"",
                              "\"two\nlines\"",
                              "\"three\r\nlines\nhere\"",
                              "\"\n\n\"",
                              "ab\"c",
                              "\"a, b; c\""};
    std::string text = "customer_id,date,nps,csat,stage,segment,retained,comment\n";
    const int rows = 20 + pick(300);
    for (int i = 0; i < rows; ++i) {
        if (pick(25) == 0)
            text += pick(2) ? "\n" : "\r\n";
        text += "C" + std::to_string(i) + ",2025-0" + std::to_string(1 + pick(9)) + "-1"
            + std::to_string(pick(10)) + "," + std::to_string(pick(12)) + ","
            + std::to_string(1 + pick(5)) + "," + stages[pick(4)] + ",S" + std::to_string(pick(3));
        if (pick(30) != 0)
            text += std::string(",") + (pick(2) ? "1" : "0");
        text += std::string(",") + comments[pick(8)];
        text += pick(3) == 0 ? "\r\n" : "\n";
    }
    if (pick(10) == 0)
        text += "C-last,2025-01-01,5,3,Purchase,S1,1,\"never closed\nat the end";
    return text;
}

} // namespace

TEST_CASE("reading in two halves finds the rows, lines and bad rows of one reader",
          "[surveyimporter][split]")
{
    int split = 0, fellBack = 0;
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        const std::string text = randomExport(seed);
        const auto one = importWith(text, std::numeric_limits<std::size_t>::max());
        const auto two = importWith(text, 0);
        CHECK(one.readers == 1);
        requireSame(one, two);
        (two.readers == 2 ? split : fellBack) += 1;
    }
    // Both ways were taken: halves joined, and a split inside a quoted field given up.
    if (std::thread::hardware_concurrency() < 2) {
        WARN("one CPU: every text was read by one reader");
        return;
    }
    CHECK(split > 100);
    CHECK(fellBack > 10);
}

TEST_CASE("a split that falls inside a quoted field with line breaks is given up",
          "[surveyimporter][split]")
{
    std::string text = "customer_id,nps,comment\nC1,9,\"";
    for (int i = 0; i < 1000; ++i)
        text += "line " + std::to_string(i) + "\n";
    text += "\"\nC2,3,short\n";
    const auto one = importWith(text, std::numeric_limits<std::size_t>::max());
    const auto two = importWith(text, 0);
    CHECK(two.readers == 1);
    requireSame(one, two);
    REQUIRE(two.table.size() == 2);
    CHECK(two.table.line == std::vector<std::uint32_t> {2, 1003});
}

TEST_CASE("bad rows of both halves keep their order and the listing limit",
          "[surveyimporter][split]")
{
    std::string text = "customer_id,nps\n";
    for (int i = 0; i < 400; ++i)
        text += "C" + std::to_string(i) + "," + (i % 4 == 0 ? "11" : "7") + "\n";
    ImportOptions options;
    options.twoThreadsFrom = 0;
    options.maxBadRowsListed = 60;
    const auto two = SurveyImporter(options).importText(text, "bad.csv");
    options.twoThreadsFrom = std::numeric_limits<std::size_t>::max();
    const auto one = SurveyImporter(options).importText(text, "bad.csv");
    if (std::thread::hardware_concurrency() >= 2)
        CHECK(two.readers == 2);
    requireSame(one, two);
    CHECK(two.badRowCount == 100);
    REQUIRE(two.badRows.size() == 60);
    CHECK(two.badRows.front().line == 2);
    CHECK(two.badRows.back().line == 2 + 59 * 4);
}
