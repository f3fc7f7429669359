#include "storage/surveyrepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"

#include <set>

namespace ts::storage {
namespace {

std::optional<int> optInt(const Statement &s, int column)
{
    auto v = s.optInteger(column);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

std::optional<bool> optBool(const Statement &s, int column)
{
    auto v = s.optInteger(column);
    return v ? std::optional<bool>(*v != 0) : std::nullopt;
}

} // namespace

std::vector<SurveyImport> SurveyRepository::imports()
{
    auto s = m_db.prepare(
        "SELECT id, uid, file_name, imported_at, rows, rejected FROM survey_imports ORDER BY id");
    std::vector<SurveyImport> out;
    while (s.step())
        out.push_back(
            {s.integer(0), s.text(1), s.text(2), s.text(3), int(s.integer(4)), int(s.integer(5))});
    readImportScopes(m_db, out);
    return out;
}

void insertImportRecord(Database &db, SurveyImport &record)
{
    if (record.uid.empty())
        record.uid = newUid();
    db.prepare("INSERT INTO survey_imports (id, uid, file_name, imported_at, rows, rejected) "
               "VALUES (?,?,?,?,?,?)")
        .bindId(1, record.id)
        .bind(2, record.uid)
        .bind(3, record.fileName)
        .bind(4, record.importedAt)
        .bind(5, record.rows)
        .bind(6, record.rejected)
        .run();
    record.id = db.lastInsertId();
    writeImportScope(db, record);
}

void SurveyRepository::addImport(SurveyImport &record, std::vector<SurveyResponse> &responses)
{
    Transaction transaction(m_db);
    insertImportRecord(m_db, record);
    insertResponses(responses, record.id);
    buildSurveyColumns(m_db, record.id);
    transaction.commit();
}

void SurveyRepository::removeImport(Id id)
{
    removeRow(m_db, "survey_imports", id, "survey import");
}

void SurveyRepository::addResponses(std::vector<SurveyResponse> &responses)
{
    Transaction transaction(m_db);
    insertResponses(responses, 0);
    // Responses added to an existing import make its columnar copy stale: rebuild it.
    std::set<Id> imports;
    for (const auto &r : responses)
        if (r.importId > 0)
            imports.insert(r.importId);
    for (const Id id : imports)
        buildSurveyColumns(m_db, id);
    transaction.commit();
}

void SurveyRepository::insertResponses(std::vector<SurveyResponse> &responses, Id importId)
{
    auto s
        = m_db.prepare("INSERT INTO survey_responses (id, uid, import_id, customer_id, date, nps, "
                       "csat, ces, stage, touchpoint, segment, retained, expansion, referral, "
                       "comment) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (auto &r : responses) {
        if (r.uid.empty())
            r.uid = newUid();
        if (importId > 0)
            r.importId = importId;
        requireValid(r, m_db.path() + ": survey response");
        s.bindId(1, r.id)
            .bind(2, r.uid)
            .bindId(3, r.importId)
            .bind(4, r.customerId)
            .bind(5, r.date);
        s.bind(6, r.nps).bind(7, r.csat).bind(8, r.ces).bind(9, r.stage).bind(10, r.touchpoint);
        s.bind(11, r.segment).bind(12, r.retained).bind(13, r.expansion).bind(14, r.referral);
        s.bind(15, r.comment).run();
        r.id = m_db.lastInsertId();
    }
}

std::vector<SurveyResponse> SurveyRepository::responses()
{
    auto s = m_db.prepare("SELECT id, uid, import_id, customer_id, date, nps, csat, ces, stage, "
                          "touchpoint, segment, retained, expansion, referral, comment FROM "
                          "survey_responses ORDER BY id");
    std::vector<SurveyResponse> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.integer(2), s.text(3), s.text(4), optInt(s, 5),
                       optInt(s, 6), optInt(s, 7), s.text(8), s.text(9), s.text(10), optBool(s, 11),
                       optBool(s, 12), optBool(s, 13), s.text(14)});
    return out;
}

std::int64_t SurveyRepository::responseCount()
{
    return m_db.queryInt("SELECT COUNT(*) FROM survey_responses");
}

SurveyState SurveyRepository::state()
{
    // Only the responses of no import are counted, through their partial index: counting all of
    // them walks the whole table (20-40 ms for a million, on every edit), and those of an import
    // come and go with it, which the import count and highest import id show.
    auto s
        = m_db.prepare("SELECT (SELECT COUNT(*) FROM survey_imports), (SELECT IFNULL(MAX(id), 0) "
                       "FROM survey_imports), (SELECT IFNULL(SUM(id), 0) FROM survey_imports), "
                       "(SELECT COUNT(*) FROM survey_responses WHERE import_id IS NULL), (SELECT "
                       "IFNULL(MAX(id), 0) FROM survey_responses)");
    s.step();
    return {s.integer(0), s.integer(1), s.integer(2), s.integer(3), s.integer(4)};
}

std::vector<MetricTarget> SurveyRepository::targets()
{
    auto s = m_db.prepare(
        "SELECT id, uid, metric, scope, target, benchmark FROM metric_targets ORDER BY id");
    std::vector<MetricTarget> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.real(4), s.optReal(5)});
    return out;
}

void SurveyRepository::add(MetricTarget &t)
{
    if (t.uid.empty())
        t.uid = newUid();
    requireValid(t, m_db.path() + ": metric target");
    m_db.prepare("INSERT INTO metric_targets (id, uid, metric, scope, target, benchmark) VALUES "
                 "(?,?,?,?,?,?)")
        .bindId(1, t.id)
        .bind(2, t.uid)
        .bind(3, t.metric)
        .bind(4, t.scope)
        .bind(5, t.target)
        .bind(6, t.benchmark)
        .run();
    t.id = m_db.lastInsertId();
}

void SurveyRepository::update(const MetricTarget &t)
{
    requireValid(t, m_db.path() + ": metric target");
    m_db.prepare("UPDATE metric_targets SET metric = ?, scope = ?, target = ?, benchmark = ? WHERE "
                 "id = ?")
        .bind(1, t.metric)
        .bind(2, t.scope)
        .bind(3, t.target)
        .bind(4, t.benchmark)
        .bind(5, std::int64_t(t.id))
        .run();
    requireChanged(m_db, "metric target", t.id);
}

void SurveyRepository::removeTarget(Id id)
{
    removeRow(m_db, "metric_targets", id, "metric target");
}

} // namespace ts::storage
