#include "storage/reviewrepository.h"

#include "core/quarter.h"
#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

namespace ts::storage {
namespace {

constexpr auto kReviewColumns = "id, uid, rule_id, object_uid, status, assignee_id, reason, "
                                "updated_by, updated_at, fixed_by, fixed_at";

GapReview readReview(const Statement &s)
{
    return {s.integer(0),
            s.text(1),
            s.text(2),
            s.text(3),
            fromString<ReviewStatus>(s.text(4)).value_or(ReviewStatus::Open),
            s.integer(5),
            s.text(6),
            s.integer(7),
            s.text(8),
            s.integer(9),
            s.text(10)};
}

void bindReview(Statement &s, const GapReview &r)
{
    s.bind(2, r.uid).bind(3, r.ruleId).bind(4, r.objectUid).bind(5, toString(r.status));
    s.bindId(6, r.assigneeId).bind(7, r.reason).bindId(8, r.updatedById).bind(9, r.updatedAt);
    s.bindId(10, r.fixedById).bind(11, r.fixedAt);
}

std::string scoped(const char *sql, Id reviewId)
{
    return std::string(sql) + (reviewId > 0 ? " WHERE review_id = ?" : "") + " ORDER BY id";
}

} // namespace

std::vector<Author> ReviewRepository::authors()
{
    auto s = m_db.prepare("SELECT id, uid, name FROM authors ORDER BY id");
    std::vector<Author> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2)});
    return out;
}

void ReviewRepository::add(Author &a)
{
    if (a.uid.empty())
        a.uid = newUid();
    requireValid(a, m_db.path() + ": author");
    m_db.prepare("INSERT INTO authors (id, uid, name) VALUES (?,?,?)")
        .bindId(1, a.id)
        .bind(2, a.uid)
        .bind(3, a.name)
        .run();
    a.id = m_db.lastInsertId();
}

Author ReviewRepository::authorNamed(const std::string &name)
{
    auto s = m_db.prepare("SELECT id, uid, name FROM authors WHERE name = ?");
    s.bind(1, name);
    if (s.step())
        return {s.integer(0), s.text(1), s.text(2)};
    Author author {0, {}, name};
    add(author);
    return author;
}

std::vector<GapReview> ReviewRepository::reviews()
{
    auto s
        = m_db.prepare(std::string("SELECT ") + kReviewColumns + " FROM gap_reviews ORDER BY id");
    std::vector<GapReview> out;
    while (s.step())
        out.push_back(readReview(s));
    return out;
}

std::optional<GapReview> ReviewRepository::review(const std::string &ruleId,
                                                  const std::string &objectUid)
{
    auto s = m_db.prepare(std::string("SELECT ") + kReviewColumns
                          + " FROM gap_reviews WHERE rule_id = ? AND object_uid = ?");
    s.bind(1, ruleId).bind(2, objectUid);
    if (!s.step())
        return std::nullopt;
    return readReview(s);
}

void ReviewRepository::add(GapReview &r)
{
    if (r.uid.empty())
        r.uid = newUid();
    auto s = m_db.prepare(std::string("INSERT INTO gap_reviews (") + kReviewColumns
                          + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bindId(1, r.id);
    bindReview(s, r);
    s.run();
    r.id = m_db.lastInsertId();
}

void ReviewRepository::update(const GapReview &r)
{
    auto s = m_db.prepare("UPDATE gap_reviews SET uid = ?2, rule_id = ?3, object_uid = ?4, "
                          "status = ?5, assignee_id = ?6, reason = ?7, updated_by = ?8, "
                          "updated_at = ?9, fixed_by = ?10, fixed_at = ?11 WHERE id = ?1");
    s.bind(1, std::int64_t(r.id));
    bindReview(s, r);
    s.run();
    requireChanged(m_db, "gap review", r.id);
}

void ReviewRepository::remove(Id id)
{
    removeRow(m_db, "gap_reviews", id, "gap review");
}

std::vector<GapComment> ReviewRepository::comments(Id reviewId)
{
    auto s = m_db.prepare(
        scoped("SELECT id, uid, review_id, author_id, text, at FROM gap_comments", reviewId));
    if (reviewId > 0)
        s.bind(1, std::int64_t(reviewId));
    std::vector<GapComment> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.integer(2), s.integer(3), s.text(4), s.text(5)});
    return out;
}

void ReviewRepository::add(GapComment &c)
{
    if (c.uid.empty())
        c.uid = newUid();
    if (c.at.empty())
        c.at = nowIso();
    m_db.prepare("INSERT INTO gap_comments (id, uid, review_id, author_id, text, at) VALUES "
                 "(?,?,?,?,?,?)")
        .bindId(1, c.id)
        .bind(2, c.uid)
        .bind(3, std::int64_t(c.reviewId))
        .bindId(4, c.authorId)
        .bind(5, c.text)
        .bind(6, c.at)
        .run();
    c.id = m_db.lastInsertId();
}

void ReviewRepository::removeComment(Id id)
{
    removeRow(m_db, "gap_comments", id, "comment");
}

std::vector<GapEvent> ReviewRepository::events(Id reviewId)
{
    auto s = m_db.prepare(scoped("SELECT id, uid, review_id, author_id, from_status, to_status, "
                                 "reason, at FROM gap_events",
                                 reviewId));
    if (reviewId > 0)
        s.bind(1, std::int64_t(reviewId));
    std::vector<GapEvent> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.integer(2), s.integer(3),
                       fromString<ReviewStatus>(s.text(4)).value_or(ReviewStatus::Open),
                       fromString<ReviewStatus>(s.text(5)).value_or(ReviewStatus::Open), s.text(6),
                       s.text(7)});
    return out;
}

void ReviewRepository::add(GapEvent &e)
{
    if (e.uid.empty())
        e.uid = newUid();
    if (e.at.empty())
        e.at = nowIso();
    m_db.prepare("INSERT INTO gap_events (id, uid, review_id, author_id, from_status, to_status, "
                 "reason, at) VALUES (?,?,?,?,?,?,?,?)")
        .bindId(1, e.id)
        .bind(2, e.uid)
        .bind(3, std::int64_t(e.reviewId))
        .bindId(4, e.authorId)
        .bind(5, toString(e.from))
        .bind(6, toString(e.to))
        .bind(7, e.reason)
        .bind(8, e.at)
        .run();
    e.id = m_db.lastInsertId();
}

void ReviewRepository::removeEvent(Id id)
{
    removeRow(m_db, "gap_events", id, "review event");
}

} // namespace ts::storage
