#include "app/commands/reviewcommands.h"

#include "app/workspacedocument.h"
#include "core/quarter.h"
#include "storage/positions.h"
#include "storage/reviewrepository.h"

#include <QObject>

namespace ts::app {

ReviewCommand::ReviewCommand(WorkspaceDocument &document, const QString &text, std::string ruleId,
                             std::string objectUid, Id authorId)
    : DocumentCommand(document, text)
    , m_authorId(authorId)
    , m_ruleId(std::move(ruleId))
    , m_objectUid(std::move(objectUid))
{ }

void ReviewCommand::apply()
{
    storage::ReviewRepository reviews(db());
    if (!m_after) { // the first time: work out the change; redo replays it with the same ids
        m_before = reviews.review(m_ruleId, m_objectUid);
        GapReview review = m_before.value_or(
            GapReview {0, {}, m_ruleId, m_objectUid, ReviewStatus::Open, 0, "", 0, "", 0, ""});
        change(review);
        review.updatedById = m_authorId;
        review.updatedAt = nowIso();
        m_after = review;
    }
    if (m_before)
        reviews.update(*m_after);
    else
        reviews.add(*m_after);
    if (m_event) {
        m_event->reviewId = m_after->id;
        reviews.add(*m_event);
    }
    if (m_comment) {
        m_comment->reviewId = m_after->id;
        reviews.add(*m_comment);
    }
}

void ReviewCommand::revert()
{
    storage::ReviewRepository reviews(db());
    if (m_event)
        reviews.removeEvent(m_event->id);
    if (m_comment)
        reviews.removeComment(m_comment->id);
    if (m_before)
        reviews.update(*m_before);
    else
        reviews.remove(m_after->id);
}

SetReviewStatusCommand::SetReviewStatusCommand(WorkspaceDocument &document, std::string ruleId,
                                               std::string objectUid, Id authorId,
                                               ReviewStatus status, std::string reason)
    : ReviewCommand(document,
                    QObject::tr("Mark gap %1").arg(QString::fromStdString(toString(status))),
                    std::move(ruleId), std::move(objectUid), authorId)
    , m_status(status)
    , m_reason(std::move(reason))
{ }

void SetReviewStatusCommand::change(GapReview &review)
{
    m_event = GapEvent {0, {}, 0, m_authorId, review.status, m_status, m_reason, nowIso()};
    review.status = m_status;
    review.reason = m_reason;
}

AssignReviewCommand::AssignReviewCommand(WorkspaceDocument &document, std::string ruleId,
                                         std::string objectUid, Id authorId, Id assigneeId)
    : ReviewCommand(document, QObject::tr("Assign gap"), std::move(ruleId), std::move(objectUid),
                    authorId)
    , m_assigneeId(assigneeId)
{ }

void AssignReviewCommand::change(GapReview &review)
{
    const auto *assignee = findById(document().workspace().authors, m_assigneeId);
    m_event = GapEvent {0,
                        {},
                        0,
                        m_authorId,
                        review.status,
                        review.status,
                        "assigned to " + (assignee ? assignee->name : std::string("nobody")),
                        nowIso()};
    review.assigneeId = m_assigneeId;
}

CommentReviewCommand::CommentReviewCommand(WorkspaceDocument &document, std::string ruleId,
                                           std::string objectUid, Id authorId, std::string text)
    : ReviewCommand(document, QObject::tr("Comment on gap"), std::move(ruleId),
                    std::move(objectUid), authorId)
    , m_text(std::move(text))
{ }

void CommentReviewCommand::change(GapReview &)
{
    m_comment = GapComment {0, {}, 0, m_authorId, m_text, nowIso()};
}

AddAuthorCommand::AddAuthorCommand(WorkspaceDocument &document, std::string name)
    : DocumentCommand(document,
                      QObject::tr("Add reviewer \"%1\"").arg(QString::fromStdString(name)))
    , m_author {0, {}, std::move(name)}
{ }

void AddAuthorCommand::apply()
{
    storage::ReviewRepository(db()).add(m_author);
}

void AddAuthorCommand::revert()
{
    storage::removeRow(db(), "authors", m_author.id, "author");
}

} // namespace ts::app
