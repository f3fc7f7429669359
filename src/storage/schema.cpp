#include "storage/schema.h"

#include "storage/database.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"

#include <spdlog/spdlog.h>

namespace ts::storage {
namespace {

// Version 1: the whole domain (canvas, departments, maps, cards, surveys, roadmap, reviews).
constexpr std::string_view kVersion1 = R"SQL(
CREATE TABLE canvas (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  organisation TEXT NOT NULL DEFAULT '', business_purpose TEXT NOT NULL DEFAULT '',
  business_strategy TEXT NOT NULL DEFAULT '', customer_strategy TEXT NOT NULL DEFAULT '',
  cx_vision TEXT NOT NULL DEFAULT '', brand_promise TEXT NOT NULL DEFAULT '',
  vision_tied_to_brand INTEGER NOT NULL DEFAULT 0, cx_principles TEXT NOT NULL DEFAULT '[]',
  employee_behaviours TEXT NOT NULL DEFAULT '[]', employee_experience TEXT NOT NULL DEFAULT '');
INSERT INTO canvas (id) VALUES (1);
CREATE TABLE org_goals (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL);
CREATE TABLE communication_items (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, audience TEXT NOT NULL, message TEXT NOT NULL,
  channel TEXT NOT NULL, date TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE departments (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, leader TEXT NOT NULL,
  role TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE department_goals (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
  title TEXT NOT NULL, description TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX department_goals_by_department ON department_goals(department_id);
CREATE TABLE goal_links (
  department_goal_id INTEGER NOT NULL REFERENCES department_goals(id) ON DELETE CASCADE,
  org_goal_id INTEGER NOT NULL REFERENCES org_goals(id) ON DELETE CASCADE,
  PRIMARY KEY (department_goal_id, org_goal_id)) WITHOUT ROWID;
CREATE INDEX goal_links_by_org_goal ON goal_links(org_goal_id);
CREATE TABLE personas (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, segment TEXT NOT NULL,
  photo BLOB, goals TEXT NOT NULL, needs TEXT NOT NULL, frustrations TEXT NOT NULL,
  quote TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE maps (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  persona_id INTEGER REFERENCES personas(id) ON DELETE SET NULL,
  description TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX maps_by_persona ON maps(persona_id);
CREATE TABLE stages (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  name TEXT NOT NULL, color TEXT NOT NULL, emotion_as_is INTEGER, emotion_to_be INTEGER,
  feeling TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX stages_by_map ON stages(map_id, position);
CREATE TABLE lanes (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, title TEXT NOT NULL, visible INTEGER NOT NULL, position INTEGER NOT NULL);
CREATE INDEX lanes_by_map ON lanes(map_id, position);
CREATE TABLE cards (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
  lane_id INTEGER NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, notes TEXT NOT NULL,
  channel TEXT, online INTEGER,
  department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
  current_score REAL, target_score REAL, severity INTEGER, frequency INTEGER,
  evidence TEXT NOT NULL, dimension TEXT);
CREATE INDEX cards_by_cell ON cards(map_id, stage_id, lane_id, position);
CREATE INDEX cards_by_stage ON cards(stage_id);
CREATE INDEX cards_by_lane ON cards(lane_id);
CREATE INDEX cards_by_department ON cards(department_id);
CREATE TABLE card_links (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  from_card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  to_card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, UNIQUE (from_card_id, to_card_id));
CREATE INDEX card_links_to ON card_links(to_card_id);
CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL,
  dimension TEXT NOT NULL, department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
  owner TEXT NOT NULL, status TEXT NOT NULL, start_quarter TEXT NOT NULL, end_quarter TEXT NOT NULL,
  cost REAL, effort REAL, metric TEXT NOT NULL, expected_change REAL, position INTEGER NOT NULL);
CREATE INDEX initiatives_by_department ON initiatives(department_id);
CREATE TABLE initiative_links (
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  card_id INTEGER REFERENCES cards(id) ON DELETE CASCADE,
  stage_id INTEGER REFERENCES stages(id) ON DELETE CASCADE,
  org_goal_id INTEGER REFERENCES org_goals(id) ON DELETE CASCADE,
  department_goal_id INTEGER REFERENCES department_goals(id) ON DELETE CASCADE,
  CHECK ((card_id IS NOT NULL) + (stage_id IS NOT NULL) + (org_goal_id IS NOT NULL)
         + (department_goal_id IS NOT NULL) = 1));
CREATE INDEX initiative_links_by_initiative ON initiative_links(initiative_id, position);
CREATE INDEX initiative_links_by_card ON initiative_links(card_id);
CREATE INDEX initiative_links_by_stage ON initiative_links(stage_id);
CREATE INDEX initiative_links_by_org_goal ON initiative_links(org_goal_id);
CREATE INDEX initiative_links_by_department_goal ON initiative_links(department_goal_id);
CREATE TABLE survey_imports (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL, rows INTEGER NOT NULL, rejected INTEGER NOT NULL);
CREATE TABLE survey_responses (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL,
  import_id INTEGER REFERENCES survey_imports(id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL, date TEXT NOT NULL,
  nps INTEGER CHECK (nps BETWEEN 0 AND 10), csat INTEGER CHECK (csat BETWEEN 1 AND 5),
  ces INTEGER CHECK (ces BETWEEN 1 AND 7), stage TEXT NOT NULL, touchpoint TEXT NOT NULL,
  segment TEXT NOT NULL, retained INTEGER, expansion INTEGER, referral INTEGER,
  comment TEXT NOT NULL);
CREATE INDEX survey_responses_by_import ON survey_responses(import_id);
CREATE TABLE authors (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE);
CREATE TABLE gap_reviews (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, rule_id TEXT NOT NULL, object_uid TEXT NOT NULL,
  status TEXT NOT NULL, assignee_id INTEGER REFERENCES authors(id) ON DELETE SET NULL,
  reason TEXT NOT NULL, updated_by INTEGER REFERENCES authors(id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL, fixed_by INTEGER REFERENCES authors(id) ON DELETE SET NULL,
  fixed_at TEXT NOT NULL, UNIQUE (rule_id, object_uid));
CREATE TABLE gap_comments (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  review_id INTEGER NOT NULL REFERENCES gap_reviews(id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES authors(id) ON DELETE SET NULL, text TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX gap_comments_by_review ON gap_comments(review_id);
CREATE TABLE gap_events (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
  review_id INTEGER NOT NULL REFERENCES gap_reviews(id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES authors(id) ON DELETE SET NULL, from_status TEXT NOT NULL,
  to_status TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX gap_events_by_review ON gap_events(review_id);
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, created_at TEXT NOT NULL,
  note TEXT NOT NULL, data TEXT NOT NULL);
)SQL";

// Version 2: targets and industry benchmarks per metric (overall or per stage).
constexpr std::string_view kVersion2 = R"SQL(
CREATE TABLE metric_targets (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, metric TEXT NOT NULL, scope TEXT NOT NULL,
  target REAL NOT NULL, benchmark REAL, UNIQUE (metric, scope));
)SQL";

// Version 3: a columnar copy of each survey import (surveycolumns.h), so figures over a million
// responses read 15 blobs instead of a million rows. survey_responses stays the source of truth
// (JSON export, undo); the copy goes with its import (CASCADE) and is built from the rows of
// every existing import by the migration.
constexpr std::string_view kVersion3 = R"SQL(
CREATE TABLE survey_columns (
  import_id INTEGER NOT NULL REFERENCES survey_imports(id) ON DELETE CASCADE,
  name TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, name)) WITHOUT ROWID;
)SQL";

// Schema 4: no index of every response by its import. Keeping one cost 0.2 s of the 1.4 s that
// storing 1,000,000 responses takes (PERFORMANCE.md), and what it served is rare: figures read
// the columnar copy, and only undoing an import (ON DELETE CASCADE), rebuilding a stale copy and
// counting per import when a copy does not add up scan the table instead (a million rows in
// about 0.1 s). The responses that belong to no import, which loadSurveyTable reads on every
// recompute, keep an index of their own: a partial one, which costs the others nothing.
constexpr std::string_view kVersion4 = R"SQL(
DROP INDEX IF EXISTS survey_responses_by_import;
CREATE INDEX IF NOT EXISTS survey_responses_unattached ON survey_responses(import_id) WHERE import_id IS NULL;
)SQL";

// Schema 5: which journey maps each survey import describes, and the stages and touchpoint cards
// its names stand for (core/surveyscope.h), so scores stay on their map and a renamed stage keeps
// its figures; and what tells a second import of the same file or responses. Existing imports
// are scoped to the maps their names match (scopeImportsByName). The indexes on stage, card
// and map keep deleting those (ON DELETE CASCADE) from scanning the links.
constexpr std::string_view kVersion5 = R"SQL(
ALTER TABLE survey_imports ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_imports ADD COLUMN response_id_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_imports ADD COLUMN response_ids BLOB;
CREATE TABLE survey_import_maps (
  import_id INTEGER NOT NULL REFERENCES survey_imports(id) ON DELETE CASCADE,
  map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  PRIMARY KEY (import_id, map_id)) WITHOUT ROWID;
CREATE INDEX survey_import_maps_by_map ON survey_import_maps(map_id);
CREATE TABLE survey_stage_links (
  import_id INTEGER NOT NULL REFERENCES survey_imports(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
  PRIMARY KEY (import_id, name, stage_id)) WITHOUT ROWID;
CREATE INDEX survey_stage_links_by_stage ON survey_stage_links(stage_id);
CREATE TABLE survey_touchpoint_links (
  import_id INTEGER NOT NULL REFERENCES survey_imports(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  PRIMARY KEY (import_id, name, card_id)) WITHOUT ROWID;
CREATE INDEX survey_touchpoint_links_by_card ON survey_touchpoint_links(card_id);
)SQL";

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "the whole glossary", kVersion1},
        {2, "metric targets and benchmarks", kVersion2},
        {3, "columnar copy of survey imports", kVersion3, buildMissingSurveyColumns},
        {4, "no index of responses by import", kVersion4},
        {5, "survey imports scoped to journey maps", kVersion5, scopeImportsByName},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database &db, int target)
{
    if (target == 0)
        target = currentSchemaVersion();
    const auto from = db.queryInt("PRAGMA user_version");
    for (const auto &migration : migrations()) {
        if (migration.version <= from || migration.version > target)
            continue;
        Transaction transaction(db);
        db.execute(migration.sql);
        if (migration.fill)
            migration.fill(db);
        db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.execute("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
        spdlog::info("{}: migrated to schema {} ({})", db.path(), migration.version,
                     migration.about);
    }
}

} // namespace ts::storage
