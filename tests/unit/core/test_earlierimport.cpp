// Telling a second import of the same survey (core/earlierimport.h), checked on generated ids
// whose overlap is known.
#include "core/earlierimport.h"

#include <catch2/catch.hpp>
#include <random>

using namespace ts;

namespace {

// `count` distinct pseudo-random 64-bit hashes starting at element `from` of one fixed stream.
std::vector<std::uint64_t> hashes(std::size_t from, std::size_t count)
{
    std::mt19937_64 random(20261206);
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i < from + count; ++i) {
        const auto h = random();
        if (i >= from)
            out.push_back(h);
    }
    return out;
}

SurveyImport importOf(std::vector<std::uint64_t> ids, std::string hash = {})
{
    SurveyImport import;
    import.contentHash = std::move(hash);
    import.responseIds = sampleResponseIds(std::move(ids));
    return import;
}

} // namespace

TEST_CASE("a small import keeps every response id, a large one about 4,096", "[core][earlier]")
{
    const auto small = sampleResponseIds(hashes(0, 1000));
    CHECK(small.bits == 0);
    CHECK(small.hashes.size() == 1000);
    CHECK(std::is_sorted(small.hashes.begin(), small.hashes.end()));
    const auto large = sampleResponseIds(hashes(0, 1'000'000));
    CHECK(large.bits == 8); // 1,000,000 / 2^8 = 3,906 kept; 2^7 would keep 7,812
    CHECK(large.hashes.size() <= 4096);
    CHECK(large.hashes.size() > 3000);
    for (const auto h : large.hashes)
        CHECK((h & 0xff) == 0);
    // Ids given twice count once.
    auto twice = hashes(0, 10);
    twice.insert(twice.end(), twice.begin(), twice.end());
    CHECK(sampleResponseIds(twice).hashes.size() == 10);
}

TEST_CASE("the same file, or shared response ids, tell an earlier import", "[core][earlier]")
{
    const std::vector<SurveyImport> earlier
        = {importOf(hashes(0, 500), "aaaa"), importOf(hashes(500, 500), "bbbb")};
    SECTION("the same bytes")
    {
        const auto found = findEarlierImport(earlier, importOf({}, "bbbb"), 500);
        REQUIRE(found);
        CHECK(found->import == &earlier[1]);
        CHECK(found->sameFile);
        CHECK(found->sharedResponses == 500);
    }
    SECTION("a later export that holds 200 of the second import's responses, exactly counted")
    {
        const auto found = findEarlierImport(earlier, importOf(hashes(800, 400), "cccc"), 400);
        REQUIRE(found);
        CHECK(found->import == &earlier[1]);
        CHECK_FALSE(found->sameFile);
        CHECK(found->sharedResponses == 200);
    }
    SECTION("new responses only")
    {
        CHECK_FALSE(findEarlierImport(earlier, importOf(hashes(1000, 300), "dddd"), 300));
    }
    SECTION("no ids and another file: nothing to tell")
    {
        CHECK_FALSE(findEarlierImport(earlier, importOf({}, "eeee"), 10));
        CHECK_FALSE(findEarlierImport(earlier, importOf({}), 10));
    }
}

TEST_CASE("shared responses of large imports are estimated from their samples", "[core][earlier]")
{
    // 300,000 of the new import's 600,000 ids were in the earlier 1,000,000.
    const std::vector<SurveyImport> earlier = {importOf(hashes(0, 1'000'000))};
    const auto found = findEarlierImport(earlier, importOf(hashes(700'000, 600'000)), 600'000);
    REQUIRE(found);
    // Sampled at 2^-8 about 1,170 shared hashes are seen: the estimate is within a few percent.
    CHECK(found->sharedResponses == Approx(300'000).epsilon(0.1));
}
