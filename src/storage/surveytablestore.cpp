#include "storage/surveytablestore.h"

#include "metrics/civildate.h"
#include "storage/database.h"
#include "storage/surveycolumns.h"
#include "storage/surveyrepository.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <string>

namespace ts::storage {
namespace {

// Binds a view without copying: SQLite reads it before the next step.
void bindView(Database &db, sqlite3_stmt *s, int index, std::string_view text)
{
    // An empty view may have no data pointer, which SQLite would store as NULL.
    const char *data = text.data() ? text.data() : "";
    db.check(sqlite3_bind_text(s, index, data, int(text.size()), SQLITE_STATIC), "binding");
}

void bindSmall(Database &db, sqlite3_stmt *s, int index, std::int8_t value)
{
    db.check(value < 0 ? sqlite3_bind_null(s, index) : sqlite3_bind_int(s, index, value),
             "binding");
}

std::string_view textColumn(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

// "YYYY-MM-DD" as days since 1970-01-01, without a std::string per field; nullopt for an empty
// text (no date) and anything else that is not a valid date.
std::optional<std::int32_t> storedDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    for (std::size_t i = 0, part = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        parts[part] = parts[part] * 10 + (text[i] - '0');
    }
    if (!metrics::CivilDate::isValid(parts[0], parts[1], parts[2]))
        return std::nullopt;
    return metrics::CivilDate {parts[0], parts[1], parts[2]}.toDays();
}

using RawStatement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

// One INSERT of many rows costs SQLite far less than as many single-row statements (each
// execution opens cursors, checks the schema and counts foreign keys); 64 rows of 14 values stay
// well below SQLite's limit of 32,766 parameters.
constexpr std::size_t kRowsPerInsert = 64;
constexpr int kColumnsPerRow = 14;

// While a large import runs, a page cache of 64 MiB instead of SQLite's default 2 MiB: fewer
// pages are spilled to the WAL before the commit and read back (measured on 1,000,000 rows:
// store 1.51 -> 1.41 s, peak memory of the import +5 MB, as the parse's peak is higher).
class LargerPageCache
{
public:
    LargerPageCache(Database &db, std::size_t rows)
        : m_db(db)
    {
        if (rows < kRowsForLargerCache)
            return;
        m_previous = db.queryInt("PRAGMA cache_size");
        db.execute("PRAGMA cache_size = " + std::to_string(kCacheSize));
    }
    ~LargerPageCache()
    {
        try {
            if (m_previous)
                m_db.execute("PRAGMA cache_size = " + std::to_string(*m_previous));
        } catch (...) {
            // A cache size left larger costs memory, not correctness.
        }
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    static constexpr std::size_t kRowsForLargerCache = 100000;
    static constexpr int kCacheSize = -65536; // negative: KiB
    Database &m_db;
    std::optional<std::int64_t> m_previous;
};

RawStatement prepareInsert(Database &db, std::size_t rows)
{
    std::string sql = "INSERT INTO survey_responses (uid, import_id, customer_id, date, nps, csat, "
                      "ces, stage, touchpoint, segment, retained, expansion, referral, comment) "
                      "VALUES ";
    for (std::size_t i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    sqlite3_stmt *s = nullptr;
    db.check(sqlite3_prepare_v2(db.handle(), sql.c_str(), int(sql.size()), &s, nullptr),
             "preparing the import");
    return RawStatement(s, sqlite3_finalize);
}

// CivilDate::toString into `out`, without snprintf for the years 0-9999: it runs once a row.
using DateText = std::array<char, 16>;
std::string_view formatDate(std::int32_t days, DateText &out)
{
    const auto date = metrics::CivilDate::fromDays(days);
    if (date.year < 0 || date.year > 9999)
        return std::string_view(out.data(), date.toString().copy(out.data(), out.size()));
    const auto put = [&](std::size_t at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + std::size_t(i)] = char('0' + value % 10);
    };
    put(0, date.year, 4);
    out[4] = '-';
    put(5, date.month, 2);
    out[7] = '-';
    put(8, date.day, 2);
    return std::string_view(out.data(), 10);
}

// The columnar copy of one import, written blob by blob without copying them into SQLite.
void writeColumns(Database &db, Id importId, const metrics::SurveyTable &table)
{
    auto remove = db.prepare("DELETE FROM survey_columns WHERE import_id = ?");
    remove.bind(1, std::int64_t(importId)).run();
    sqlite3_stmt *s = nullptr;
    db.check(sqlite3_prepare_v2(db.handle(),
                                "INSERT INTO survey_columns (import_id, name, data) VALUES (?,?,?)",
                                -1, &s, nullptr),
             "preparing the survey columns");
    const RawStatement guard(s, sqlite3_finalize);
    encodeSurveyColumns(table, [&](std::string_view name, const Blob &bytes) {
        db.check(sqlite3_bind_int64(s, 1, importId), "binding");
        bindView(db, s, 2, name);
        db.check(sqlite3_bind_blob64(s, 3, bytes.data(), bytes.size(), SQLITE_STATIC), "binding");
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE)
            db.check(rc, "writing survey column " + std::string(name));
        sqlite3_reset(s);
    });
}

// One import from its columnar copy; throws std::runtime_error when the copy is damaged.
metrics::SurveyTable readColumns(Database &db, Id importId)
{
    sqlite3_stmt *s = nullptr;
    db.check(sqlite3_prepare_v2(db.handle(),
                                "SELECT data FROM survey_columns WHERE import_id = ? AND name = ?",
                                -1, &s, nullptr),
             "reading survey columns");
    const RawStatement guard(s, sqlite3_finalize);
    return decodeSurveyColumns([&](std::string_view name) {
        sqlite3_reset(s);
        db.check(sqlite3_bind_int64(s, 1, importId), "binding");
        db.check(sqlite3_bind_text(s, 2, name.data(), int(name.size()), SQLITE_TRANSIENT),
                 "binding");
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW) {
            db.check(rc == SQLITE_DONE ? SQLITE_OK : rc, "reading survey columns");
            return Blob();
        }
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(s, 0));
        return data ? Blob(data, std::size_t(sqlite3_column_bytes(s, 0))) : Blob();
    });
}

} // namespace

void storeSurveyTable(Database &db, SurveyImport &record, const metrics::SurveyTable &table)
{
    const LargerPageCache cache(db, table.size());
    Transaction transaction(db);
    insertImportRecord(db, record);
    // Raw statements of kRowsPerInsert rows each: a million rows go through here, every copy and
    // every statement execution counts (see PERFORMANCE.md).
    RawStatement full(nullptr, sqlite3_finalize), last(nullptr, sqlite3_finalize);
    std::array<std::string, kRowsPerInsert> uids;
    std::array<DateText, kRowsPerInsert> dates;
    for (std::size_t first = 0; first < table.size(); first += kRowsPerInsert) {
        const std::size_t rows = std::min(kRowsPerInsert, table.size() - first);
        RawStatement &statement = rows == kRowsPerInsert ? full : last;
        if (!statement)
            statement = prepareInsert(db, rows);
        sqlite3_stmt *s = statement.get();
        for (std::size_t i = 0; i < rows; ++i) {
            const std::size_t row = first + i;
            const int at = int(i) * kColumnsPerRow;
            uids[i] = newUid();
            const std::string_view date = table.date[row] == metrics::kNoDate
                ? std::string_view()
                : formatDate(table.date[row], dates[i]);
            bindView(db, s, at + 1, uids[i]);
            db.check(sqlite3_bind_int64(s, at + 2, record.id), "binding");
            bindView(db, s, at + 3, table.customerId.at(row));
            bindView(db, s, at + 4, date);
            bindSmall(db, s, at + 5, table.nps[row]);
            bindSmall(db, s, at + 6, table.csat[row]);
            bindSmall(db, s, at + 7, table.ces[row]);
            bindView(db, s, at + 8, table.stages.text(table.stage[row]));
            bindView(db, s, at + 9, table.touchpoints.text(table.touchpoint[row]));
            bindView(db, s, at + 10, table.segments.text(table.segment[row]));
            bindSmall(db, s, at + 11, table.retained[row]);
            bindSmall(db, s, at + 12, table.expansion[row]);
            bindSmall(db, s, at + 13, table.referral[row]);
            bindView(db, s, at + 14, table.comment.at(row));
        }
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE)
            db.check(rc,
                     "importing survey rows " + std::to_string(first + 1) + "-"
                         + std::to_string(first + rows));
        sqlite3_reset(s);
    }
    writeColumns(db, record.id, table);
    transaction.commit();
}

namespace {

// The responses that meet `where` (an SQL condition of ours, never user text), in id order.
metrics::SurveyTable rowsWhere(Database &db, const std::string &where)
{
    metrics::SurveyTable table;
    table.reserve(std::size_t(db.queryInt("SELECT COUNT(*) FROM survey_responses WHERE " + where)));
    // IFNULL(x, -1) reads a missing score or flag with one call instead of two (type, value).
    const std::string sql
        = "SELECT customer_id, date, IFNULL(nps, -1), IFNULL(csat, -1), IFNULL(ces, -1), stage, "
          "touchpoint, segment, IFNULL(retained, -1), IFNULL(expansion, -1), IFNULL(referral, "
          "-1), comment FROM survey_responses WHERE "
        + where + " ORDER BY id";
    sqlite3_stmt *s = nullptr; // raw, as in storeSurveyTable: views into SQLite's own buffers
    db.check(sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &s, nullptr), "reading responses");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(s, sqlite3_finalize);
    const auto score = [s](int column) {
        const auto v = std::int8_t(sqlite3_column_int(s, column));
        return v < 0 ? std::optional<int>() : std::optional<int>(v);
    };
    const auto flag = [s](int column) {
        const auto v = std::int8_t(sqlite3_column_int(s, column));
        return v < 0 ? std::optional<bool>() : std::optional<bool>(v != 0);
    };
    metrics::SurveyRecord r;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        r.customerId = textColumn(s, 0);
        r.date = storedDate(textColumn(s, 1));
        r.nps = score(2);
        r.csat = score(3);
        r.ces = score(4);
        r.stage = textColumn(s, 5);
        r.touchpoint = textColumn(s, 6);
        r.segment = textColumn(s, 7);
        r.retained = flag(8);
        r.expansion = flag(9);
        r.referral = flag(10);
        r.comment = textColumn(s, 11);
        table.append(r);
    }
    db.check(rc, "reading responses");
    return table;
}

} // namespace

metrics::SurveyTable loadSurveyRows(Database &db, Id importId)
{
    return rowsWhere(db, importId > 0 ? "import_id = " + std::to_string(importId) : "1");
}

namespace {

// Responses per import, counted by a scan of the whole table (0.3 s for a million; schema 4 has
// no index by import), so only asked when the cheap total below does not add up.
std::map<Id, std::size_t> countsByImport(Database &db)
{
    auto s = db.prepare("SELECT import_id, COUNT(*) FROM survey_responses WHERE import_id IS NOT "
                        "NULL GROUP BY import_id");
    std::map<Id, std::size_t> counts;
    while (s.step())
        counts[s.integer(0)] = std::size_t(s.integer(1));
    return counts;
}

struct ImportCopy
{
    Id id = 0;
    metrics::SurveyTable table;
    std::string problem; // why the copy cannot be used; empty when it can
};

} // namespace

metrics::SurveyTable loadSurveyTable(Database &db, Id importId)
{
    std::vector<ImportCopy> copies;
    {
        auto s = db.prepare(importId > 0 ? "SELECT id FROM survey_imports WHERE id = ?"
                                         : "SELECT id FROM survey_imports ORDER BY id");
        if (importId > 0)
            s.bind(1, std::int64_t(importId));
        while (s.step())
            copies.push_back({s.integer(0), {}, {}});
    }
    for (auto &copy : copies) {
        try {
            copy.table = readColumns(db, copy.id);
        } catch (const std::runtime_error &e) {
            copy.problem = e.what();
        }
    }
    // A copy is stale when responses were added to or removed from its import behind
    // SurveyRepository's back. Every response is either in an import or in none, so the copies
    // add up to the total (a count of the table's pages, 20-30 ms for a million) unless one is
    // stale; only then are the imports counted one by one to find which.
    const auto unattached = importId > 0
        ? 0
        : std::size_t(db.queryInt("SELECT COUNT(*) FROM survey_responses WHERE import_id IS NULL"));
    std::size_t copied = 0;
    for (const auto &copy : copies)
        copied += copy.problem.empty() ? copy.table.size() : 0;
    const auto total = std::size_t(
        importId > 0 ? db.queryInt("SELECT COUNT(*) FROM survey_responses WHERE import_id = "
                                   + std::to_string(importId))
                     : db.queryInt("SELECT COUNT(*) FROM survey_responses"));
    bool broken = false;
    for (const auto &copy : copies)
        broken = broken || !copy.problem.empty();
    if (copied + unattached != total || broken) {
        const auto counts
            = importId > 0 ? std::map<Id, std::size_t> {{importId, total}} : countsByImport(db);
        for (auto &copy : copies) {
            const auto it = counts.find(copy.id);
            const std::size_t rows = it == counts.end() ? 0 : it->second;
            if (copy.problem.empty() && copy.table.size() != rows)
                copy.problem = "its columnar copy has " + std::to_string(copy.table.size())
                    + " rows, the import " + std::to_string(rows);
            if (copy.problem.empty())
                continue;
            // survey_responses is the source of truth: figures stay right, only slower.
            spdlog::warn("{}: survey import {}: {}; reading its {} responses row by row", db.path(),
                         copy.id, copy.problem, rows);
            copy.table = loadSurveyRows(db, copy.id);
        }
    }
    metrics::SurveyTable table;
    for (auto &copy : copies) {
        const std::size_t rows = copy.table.size();
        table.appendTable(std::move(copy.table));
        table.imports.push_back({copy.id, rows});
    }
    if (unattached > 0) {
        auto loose = rowsWhere(db, "import_id IS NULL");
        const std::size_t rows = loose.size();
        table.appendTable(std::move(loose));
        table.imports.push_back({0, rows});
    }
    return table;
}

namespace {

// The first field in which row `row` of the two tables differs; empty when none does.
std::string differingField(const metrics::SurveyRecord &a, const metrics::SurveyRecord &b)
{
    if (a.customerId != b.customerId)
        return "customer_id";
    if (a.date != b.date)
        return "date";
    if (a.nps != b.nps)
        return "nps";
    if (a.csat != b.csat)
        return "csat";
    if (a.ces != b.ces)
        return "ces";
    if (a.stage != b.stage)
        return "stage";
    if (a.touchpoint != b.touchpoint)
        return "touchpoint";
    if (a.segment != b.segment)
        return "segment";
    if (a.retained != b.retained)
        return "retained";
    if (a.expansion != b.expansion)
        return "expansion";
    if (a.referral != b.referral)
        return "referral";
    if (a.comment != b.comment)
        return "comment";
    return {};
}

std::string firstDifference(const metrics::SurveyTable &copy, const metrics::SurveyTable &rows)
{
    if (copy.size() != rows.size())
        return std::to_string(copy.size()) + " rows in the copy, " + std::to_string(rows.size())
            + " responses";
    for (std::size_t i = 0; i < copy.size(); ++i) {
        const auto field = differingField(copy.record(i), rows.record(i));
        if (!field.empty())
            return "response " + std::to_string(i + 1) + " of the import differs in " + field;
    }
    return {};
}

} // namespace

std::vector<std::string> checkSurveyColumns(Database &db)
{
    std::vector<std::pair<Id, std::string>> imports;
    {
        auto s = db.prepare("SELECT id, file_name FROM survey_imports ORDER BY id");
        while (s.step())
            imports.emplace_back(s.integer(0), s.text(1));
    }
    std::vector<std::string> problems;
    for (const auto &[id, fileName] : imports) {
        const std::string import
            = "survey import " + std::to_string(id) + " (" + fileName + "): its columnar copy ";
        const std::string fallback = "; figures are read from its responses instead (slower)";
        std::string difference;
        try {
            difference = firstDifference(readColumns(db, id), loadSurveyRows(db, id));
        } catch (const Error &) {
            throw; // SQLite could not read the file: not a problem of the copy
        } catch (const std::runtime_error &e) {
            problems.push_back(import + "cannot be read: " + e.what() + fallback);
            continue;
        }
        if (!difference.empty())
            problems.push_back(import + "disagrees with its responses: " + difference + fallback);
    }
    return problems;
}

void buildSurveyColumns(Database &db, Id importId)
{
    Transaction transaction(db);
    writeColumns(db, importId, loadSurveyRows(db, importId));
    transaction.commit();
}

void buildMissingSurveyColumns(Database &db)
{
    Transaction transaction(db);
    auto s = db.prepare("SELECT id FROM survey_imports WHERE id NOT IN (SELECT DISTINCT "
                        "import_id FROM survey_columns) ORDER BY id");
    std::vector<Id> missing;
    while (s.step())
        missing.push_back(s.integer(0));
    for (const Id id : missing)
        writeColumns(db, id, loadSurveyRows(db, id));
    transaction.commit();
}

} // namespace ts::storage
