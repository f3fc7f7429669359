// Tests for StringDictionary: codes in order of appearance, 0 for no value, many values.
#include "metrics/stringdictionary.h"

#include <catch2/catch.hpp>
#include <string>

using namespace ts::metrics;

TEST_CASE("StringDictionary interns values as stable codes", "[stringdictionary]")
{
    StringDictionary stages;
    CHECK(stages.intern("") == StringDictionary::kNone);
    CHECK(stages.intern("Purchase") == 1);
    CHECK(stages.intern("Retention") == 2);
    CHECK(stages.intern("Purchase") == 1);
    CHECK(stages.text(2) == "Retention");
    CHECK(stages.text(StringDictionary::kNone).empty());
    CHECK(stages.find("Advocacy") == std::nullopt);
    CHECK(stages.size() == 2);
}

TEST_CASE("StringDictionary keeps codes right past its linear-search size", "[stringdictionary]")
{
    StringDictionary segments;
    for (int i = 0; i < 100; ++i)
        CHECK(segments.intern("segment " + std::to_string(i)) == std::uint32_t(i + 1));
    for (int i = 0; i < 100; ++i)
        CHECK(segments.find("segment " + std::to_string(i)) == std::uint32_t(i + 1));
    CHECK(segments.values()[42] == "segment 42");
}
