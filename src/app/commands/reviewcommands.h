// The review of one alignment gap on a shared laptop: status with a reason, assignment, and
// comments, each signed by the reviewer and kept in the review's history.
#pragma once

#include "app/commands/documentcommand.h"
#include "core/review.h"

#include <optional>

namespace ts::app {

// Shared machinery: the review of (rule, object) is created on first use; undo puts the
// review back as it was and removes the history entry or comment this command added.
class ReviewCommand : public DocumentCommand
{
public:
    ReviewCommand(WorkspaceDocument &document, const QString &text, std::string ruleId,
                  std::string objectUid, Id authorId);

protected:
    void apply() override;
    void revert() override;
    // Change the review; add an event or comment by setting them.
    virtual void change(GapReview &review) = 0;
    std::optional<GapEvent> m_event;
    std::optional<GapComment> m_comment;
    Id m_authorId;

private:
    std::string m_ruleId, m_objectUid;
    std::optional<GapReview> m_before;
    std::optional<GapReview> m_after;
};

class SetReviewStatusCommand : public ReviewCommand
{
public:
    SetReviewStatusCommand(WorkspaceDocument &document, std::string ruleId, std::string objectUid,
                           Id authorId, ReviewStatus status, std::string reason);

private:
    void change(GapReview &review) override;
    ReviewStatus m_status;
    std::string m_reason;
};

class AssignReviewCommand : public ReviewCommand
{
public:
    AssignReviewCommand(WorkspaceDocument &document, std::string ruleId, std::string objectUid,
                        Id authorId, Id assigneeId);

private:
    void change(GapReview &review) override;
    Id m_assigneeId;
};

class CommentReviewCommand : public ReviewCommand
{
public:
    CommentReviewCommand(WorkspaceDocument &document, std::string ruleId, std::string objectUid,
                         Id authorId, std::string text);

private:
    void change(GapReview &review) override;
    std::string m_text;
};

// Adds a reviewer's name to the workspace (so comments and history can be signed).
class AddAuthorCommand : public DocumentCommand
{
public:
    AddAuthorCommand(WorkspaceDocument &document, std::string name);
    Id authorId() const { return m_author.id; }

private:
    void apply() override;
    void revert() override;
    Author m_author;
};

} // namespace ts::app
