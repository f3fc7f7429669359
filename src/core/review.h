// The review of alignment gaps on a shared laptop: authors, statuses, comments, history.
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <string>

namespace ts {

struct Author
{
    Id id = 0;
    std::string uid;
    std::string name;
    bool operator==(const Author &) const = default;
};

struct GapReview
{
    Id id = 0;
    std::string uid;
    std::string ruleId;
    std::string objectUid;
    ReviewStatus status = ReviewStatus::Open;
    Id assigneeId = 0;
    std::string reason;
    Id updatedById = 0;
    std::string updatedAt;
    Id fixedById = 0;
    std::string fixedAt;
    bool operator==(const GapReview &) const = default;
};

struct GapComment
{
    Id id = 0;
    std::string uid;
    Id reviewId = 0;
    Id authorId = 0;
    std::string text;
    std::string at;
    bool operator==(const GapComment &) const = default;
};

struct GapEvent
{
    Id id = 0;
    std::string uid;
    Id reviewId = 0;
    Id authorId = 0;
    ReviewStatus from = ReviewStatus::Open;
    ReviewStatus to = ReviewStatus::Open;
    std::string reason;
    std::string at;
    bool operator==(const GapEvent &) const = default;
};

} // namespace ts
