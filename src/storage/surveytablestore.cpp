#include "storage/surveytablestore.h"

#include "metrics/civildate.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <memory>

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
    db.check(value < 0 ? sqlite3_bind_null(s, index) : sqlite3_bind_int(s, index, value), "binding");
}

std::int8_t smallColumn(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL ? metrics::SurveyTable::kMissing
                                                          : std::int8_t(sqlite3_column_int(s, column));
}

std::string_view textColumn(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

} // namespace

void storeSurveyTable(Database &db, SurveyImport &record, const metrics::SurveyTable &table)
{
    if (record.uid.empty())
        record.uid = newUid();
    Transaction transaction(db);
    db.prepare("INSERT INTO survey_imports (id, uid, file_name, imported_at, rows, rejected) VALUES (?,?,?,?,?,?)")
        .bindId(1, record.id).bind(2, record.uid).bind(3, record.fileName).bind(4, record.importedAt)
        .bind(5, record.rows).bind(6, record.rejected).run();
    record.id = db.lastInsertId();
    // A raw statement: a million rows go through here, every copy counts (see PERFORMANCE.md).
    sqlite3_stmt *s = nullptr;
    db.check(sqlite3_prepare_v2(db.handle(),
                                "INSERT INTO survey_responses (uid, import_id, customer_id, date, nps, csat, "
                                "ces, stage, touchpoint, segment, retained, expansion, referral, comment) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                -1, &s, nullptr),
             "preparing the import");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(s, sqlite3_finalize);
    std::string date;
    for (std::size_t row = 0; row < table.size(); ++row) {
        const std::string uid = newUid();
        date = table.date[row] == metrics::kNoDate ? std::string() : metrics::CivilDate::fromDays(table.date[row]).toString();
        bindView(db, s, 1, uid);
        db.check(sqlite3_bind_int64(s, 2, record.id), "binding");
        bindView(db, s, 3, table.customerId.at(row));
        bindView(db, s, 4, date);
        bindSmall(db, s, 5, table.nps[row]);
        bindSmall(db, s, 6, table.csat[row]);
        bindSmall(db, s, 7, table.ces[row]);
        bindView(db, s, 8, table.stages.text(table.stage[row]));
        bindView(db, s, 9, table.touchpoints.text(table.touchpoint[row]));
        bindView(db, s, 10, table.segments.text(table.segment[row]));
        bindSmall(db, s, 11, table.retained[row]);
        bindSmall(db, s, 12, table.expansion[row]);
        bindSmall(db, s, 13, table.referral[row]);
        bindView(db, s, 14, table.comment.at(row));
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE)
            db.check(rc, "importing survey row " + std::to_string(row + 1));
        sqlite3_reset(s);
    }
    transaction.commit();
}

metrics::SurveyTable loadSurveyTable(Database &db, Id importId)
{
    metrics::SurveyTable table;
    table.reserve(std::size_t(db.queryInt("SELECT COUNT(*) FROM survey_responses")));
    std::string sql = "SELECT customer_id, date, nps, csat, ces, stage, touchpoint, segment, retained, "
                      "expansion, referral, comment FROM survey_responses";
    if (importId > 0)
        sql += " WHERE import_id = " + std::to_string(importId);
    sql += " ORDER BY id";
    sqlite3_stmt *s = nullptr; // raw, as in storeSurveyTable: views into SQLite's own buffers
    db.check(sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &s, nullptr), "reading responses");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(s, sqlite3_finalize);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        metrics::SurveyRecord r;
        r.customerId = textColumn(s, 0);
        const auto date = textColumn(s, 1);
        if (date.size() == 10) {
            const metrics::CivilDate d{std::atoi(std::string(date.substr(0, 4)).c_str()),
                                       std::atoi(std::string(date.substr(5, 2)).c_str()),
                                       std::atoi(std::string(date.substr(8, 2)).c_str())};
            if (metrics::CivilDate::isValid(d.year, d.month, d.day))
                r.date = d.toDays();
        }
        auto optional = [&](int column) {
            const auto v = smallColumn(s, column);
            return v < 0 ? std::optional<int>() : std::optional<int>(v);
        };
        auto flag = [&](int column) {
            const auto v = smallColumn(s, column);
            return v < 0 ? std::optional<bool>() : std::optional<bool>(v != 0);
        };
        r.nps = optional(2);
        r.csat = optional(3);
        r.ces = optional(4);
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

} // namespace ts::storage
