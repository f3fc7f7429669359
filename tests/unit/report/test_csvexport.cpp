#include "interchange/demo.h"
#include "metrics/csvreader.h"
#include "report/csvexport.h"

#include <catch2/catch.hpp>

using namespace ts;

namespace {

// Parses CSV text back with the survey importer's RFC 4180 reader.
std::vector<std::vector<std::string>> parse(const std::string &text)
{
    metrics::CsvReader reader(text, ',');
    metrics::CsvRow row;
    std::vector<std::vector<std::string>> rows;
    while (reader.next(row)) {
        REQUIRE(row.error.empty());
        rows.emplace_back(row.fields.begin(), row.fields.end());
    }
    return rows;
}

} // namespace

TEST_CASE("fields with commas, quotes and line breaks are quoted", "[report][csv]")
{
    CHECK(report::csvField("plain") == "plain");
    CHECK(report::csvField("a, b") == "\"a, b\"");
    CHECK(report::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(report::csvField("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("the demo's touchpoints, pain points and initiatives as CSV read back intact",
          "[report][csv]")
{
    const auto w = interchange::demoWorkspace();
    std::size_t touchpoints = 0, pains = 0;
    for (const auto &c : w.cards) {
        touchpoints += c.kind == CardKind::Touchpoint;
        pains += c.kind == CardKind::PainPoint;
    }
    const auto t = parse(report::touchpointsCsv(w));
    REQUIRE(t.size() == touchpoints + 1);
    CHECK(t[0][2] == "touchpoint");
    for (const auto &r : t)
        CHECK(r.size() == t[0].size());

    const auto p = parse(report::painPointsCsv(w));
    REQUIRE(p.size() == pains + 1);
    CHECK(p[1][3] == "critical"); // most severe first
    bool multiLineEvidence = false;
    for (const auto &r : p)
        multiLineEvidence |= r[5].find('\n') != std::string::npos;
    CHECK(multiLineEvidence); // verbatim quotes, one per line, survive the round trip

    const auto i = parse(report::initiativesCsv(w));
    REQUIRE(i.size() == w.initiatives.size() + 1);
    CHECK(i[1][0] == w.initiatives[0].title);
    CHECK(i[1].back() == w.initiatives[0].uid);
}
