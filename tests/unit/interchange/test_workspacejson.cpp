#include "interchange/demo.h"
#include "interchange/workspacejson.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::interchange;

namespace {

Json demoJson()
{
    return toJson(demoWorkspace());
}

// Expects fromJson to fail with a message naming `path`.
void expectError(const Json &json, const std::string &path, const std::string &problem)
{
    try {
        fromJson(json, "in.json");
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK_THAT(e.what(), Catch::StartsWith("in.json: " + path + ": "));
        CHECK_THAT(e.what(), Catch::Contains(problem));
    }
}

} // namespace

TEST_CASE("export, import, export again gives identical JSON", "[interchange]")
{
    const auto first = dumpJson(demoJson());
    const auto second = dumpJson(toJson(fromJson(parseJson(first, "a.json"), "a.json")));
    CHECK(first == second);
}

TEST_CASE("JSON through a workspace file and back is identical", "[interchange]")
{
    const auto json = demoJson();
    test::TempDir dir;
    auto file = storage::WorkspaceFile::create(dir.file("w.cxw"), [&](storage::Database &db) {
        storage::storeWorkspace(db, fromJson(json, "demo"));
    });
    CHECK(dumpJson(toJson(storage::loadWorkspace(file->db()))) == dumpJson(json));
}

TEST_CASE("snapshots carry a whole workspace and survive the round trip", "[interchange]")
{
    auto workspace = demoWorkspace();
    Snapshot snapshot {1,
                       newUid(),
                       "Baseline",
                       "2026-01-05T09:00:00Z",
                       "before the programme",
                       toJson(workspace, false).dump()};
    workspace.snapshots.push_back(snapshot);
    const auto text = dumpJson(toJson(workspace));
    const auto back = fromJson(parseJson(text, "s.json"), "s.json");
    REQUIRE(back.snapshots.size() == 1);
    CHECK(back.snapshots[0].name == "Baseline");
    CHECK(dumpJson(toJson(back)) == text);
}

TEST_CASE("the document names its format and version, and newer versions are refused",
          "[interchange]")
{
    auto json = demoJson();
    CHECK(json["format"] == "touchstone-workspace");
    CHECK(json["version"] == kFormatVersion);
    json["version"] = kFormatVersion + 1;
    expectError(json, "$.version", "newer Touchstone");
    json = demoJson();
    json["format"] = "something-else";
    expectError(json, "$.format", "not a Touchstone workspace");
}

TEST_CASE("errors name the JSON path of the problem", "[interchange]")
{
    auto json = demoJson();
    json["maps"][1]["cards"][3]["stage"] = "00000000-0000-4000-8000-000000000000";
    expectError(json, "$.maps[1].cards[3].stage", "no stage with uid");

    json = demoJson();
    json["maps"][0]["cards"][0].erase("title");
    expectError(json, "$.maps[0].cards[0].title", "missing");

    json = demoJson();
    json["maps"][0]["cards"][0]["severity"] = "apocalyptic";
    expectError(json, "$.maps[0].cards[0].severity", "not one of the allowed values");

    json = demoJson();
    json["survey"]["responses"][5]["nps"] = 14;
    expectError(json, "$.survey.responses[5]", "NPS answer 14");

    json = demoJson();
    json["initiatives"][0]["start"] = "next spring";
    expectError(json, "$.initiatives[0]", "not a quarter");

    json = demoJson();
    json["departments"][1]["goals"][0]["uid"] = json["departments"][0]["uid"];
    expectError(json, "$.departments[1].goals[0].uid", "used twice");

    json = demoJson();
    json["maps"][0]["stages"][1]["name"] = json["maps"][0]["stages"][0]["name"];
    expectError(json, "$.maps[0].stages[1].name", "already on this map");

    json = demoJson();
    json["canvas"]["cx_principles"] = "be nice";
    expectError(json, "$.canvas.cx_principles", "expected an array");
}

TEST_CASE("a card cannot sit in a stage of another map", "[interchange]")
{
    auto json = demoJson();
    json["maps"][1]["cards"][0]["stage"] = json["maps"][0]["stages"][0]["uid"];
    expectError(json, "$.maps[1].cards[0].stage", "another map");
}

TEST_CASE("syntax errors give the line and column", "[interchange]")
{
    CHECK_THROWS_WITH(
        parseJson("{\n  \"format\": \"touchstone-workspace\",\n  oops\n}", "cut.json"),
        Catch::StartsWith("cut.json: not valid JSON") && Catch::Contains("line 3"));
    const auto text = dumpJson(demoJson());
    CHECK_THROWS_WITH(parseJson(text.substr(0, text.size() / 2), "half.json"),
                      Catch::StartsWith("half.json: not valid JSON"));
}

// Found by fuzz_json: nlohmann reports a number too large for a double as out_of_range, which
// parseJson let through, so `import-json` ended in std::terminate instead of a message.
TEST_CASE("a number too large for a double is a bad input, not a crash", "[interchange]")
{
    try {
        parseJson("{\"version\": 1e400}", "huge.json");
        FAIL("parseJson accepted 1e400");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK_THAT(e.what(),
                   Catch::Equals("huge.json: not valid JSON (number overflow parsing '1e400')"));
    }
}

TEST_CASE("a survey import's journey maps and links travel with it, and older files are scoped "
          "by their names",
          "[interchange][scope]")
{
    auto json = demoJson();
    auto &import = json["survey"]["imports"][0];
    // The demo's survey covers all three journeys: it describes every map.
    REQUIRE(import["maps"].size() == 3);
    CHECK(import["stage_links"].size() == 15); // five stage names on each of the three maps
    CHECK(import["touchpoint_links"].size() > 30);
    const auto scoped = fromJson(json, "in.json");
    CHECK(scoped.surveyImports.front().mapIds == std::vector<Id> {1, 2, 3});

    // Scoped to one map by hand: read back exactly so.
    import["maps"] = Json::array({json["maps"][1]["uid"]});
    Json links = Json::array();
    for (const auto &l : import["stage_links"])
        if (l["stage"] == json["maps"][1]["stages"][0]["uid"])
            links.push_back(l);
    import["stage_links"] = links;
    import["touchpoint_links"] = Json::array();
    const auto one = fromJson(json, "in.json");
    const auto &record = one.surveyImports.front();
    CHECK(record.mapIds == std::vector<Id> {2});
    REQUIRE(record.stageLinks.size() == 1);
    CHECK(findById(one.stages, record.stageLinks.front().targetId)->mapId == 2);
    CHECK(dumpJson(toJson(one)) == dumpJson(json));

    // A file from before scopes: no "maps"; its import describes the maps its names match.
    for (const char *key :
         {"maps", "stage_links", "touchpoint_links", "content_hash", "response_ids"})
        import.erase(key);
    CHECK(fromJson(json, "in.json").surveyImports.front().mapIds == std::vector<Id> {1, 2, 3});

    // A link to a stage that does not exist names its path.
    json = demoJson();
    json["survey"]["imports"][0]["stage_links"][0]["stage"]
        = "4b0c8f2e-0000-4000-8000-000000000000";
    expectError(json, "$.survey.imports[0].stage_links[0].stage", "no stage with uid");
}
