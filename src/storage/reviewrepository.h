// Authors (local profiles) and the review of alignment gaps: status, comments, history.
#pragma once

#include "core/review.h"

#include <optional>
#include <vector>

namespace ts::storage {

class Database;

class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Author> authors();
    void add(Author &author);
    // The author with this name, created when new.
    Author authorNamed(const std::string &name);

    std::vector<GapReview> reviews();
    std::optional<GapReview> review(const std::string &ruleId, const std::string &objectUid);
    void add(GapReview &review);
    void update(const GapReview &review);
    void remove(Id id);

    std::vector<GapComment> comments(Id reviewId = 0);
    void add(GapComment &comment);
    void removeComment(Id id);

    std::vector<GapEvent> events(Id reviewId = 0);
    void add(GapEvent &event);
    void removeEvent(Id id);

private:
    Database &m_db;
};

} // namespace ts::storage
