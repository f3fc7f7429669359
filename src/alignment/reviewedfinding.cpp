#include "alignment/reviewedfinding.h"

#include "alignment/gapregistry.h"

#include <map>
#include <utility>

namespace ts::alignment {
namespace {

template<typename T, typename Name>
bool lookUp(const std::vector<T> &items, const std::string &uid, const char *kind, Name name,
            ObjectRef &out)
{
    for (const auto &item : items)
        if (item.uid == uid) {
            out = {name(item), kind};
            return true;
        }
    return false;
}

} // namespace

ObjectRef findObject(const Workspace &w, const std::string &uid)
{
    if (uid.rfind("canvas:", 0) == 0)
        return {"Purpose canvas", "canvas"};
    if (uid == "roadmap:portfolio")
        return {"Initiative portfolio", "roadmap"};
    ObjectRef ref;
    for (const auto &c : w.cards)
        if (c.uid == uid)
            return {c.title,
                    c.kind == CardKind::Touchpoint      ? "touchpoint"
                        : c.kind == CardKind::PainPoint ? "painpoint"
                                                        : "card"};
    lookUp(
        w.stages, uid, "stage", [](const Stage &s) { return s.name; }, ref)
        || lookUp(
            w.departmentGoals, uid, "department_goal",
            [](const DepartmentGoal &g) { return g.title; }, ref)
        || lookUp(
            w.orgGoals, uid, "org_goal", [](const OrgGoal &g) { return g.title; }, ref)
        || lookUp(
            w.initiatives, uid, "initiative", [](const Initiative &i) { return i.title; }, ref)
        || lookUp(
            w.metricTargets, uid, "metric_target",
            [](const MetricTarget &t) { return t.metric + " target"; }, ref);
    return ref;
}

std::vector<ReviewedFinding> reviewFindings(const Workspace &w,
                                            const std::vector<Finding> &findings)
{
    std::map<std::pair<std::string, std::string>, const GapReview *> reviews;
    for (const auto &r : w.reviews)
        reviews[{r.ruleId, r.objectUid}] = &r;
    std::vector<ReviewedFinding> out;
    for (const auto &f : findings) {
        ReviewedFinding entry {f, std::nullopt, false};
        if (auto it = reviews.find({f.ruleId, f.objectUid}); it != reviews.end()) {
            entry.review = *it->second;
            reviews.erase(it);
        }
        out.push_back(std::move(entry));
    }
    for (const auto &[key, review] : reviews) {
        const auto object = findObject(w, review->objectUid);
        const auto *rule = GapRegistry::builtIn().rule(review->ruleId);
        if (object.name.empty() || !rule)
            continue; // the object is gone, or the rule retired: nothing left to show
        out.push_back({Finding {.ruleId = rule->id,
                                .severity = rule->severity,
                                .area = rule->area,
                                .objectUid = review->objectUid,
                                .objectKind = object.kind,
                                .title = object.name,
                                .detail = "No longer found: the gap has been fixed.",
                                .fix = {}},
                       *review, true});
    }
    return out;
}

} // namespace ts::alignment
