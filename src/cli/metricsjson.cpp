#include "cli/metricsjson.h"

#include "metrics/smallsample.h"

#include <cmath>

namespace ts::cli {

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

namespace {

using Json = nlohmann::ordered_json;

// One decimal for percentages and means, as people read them; rates keep what they need.
double round1(double v)
{
    return rounded(v, 1);
}

Json proportion(const std::optional<metrics::Proportion> &p, const char *valueKey = "value")
{
    if (!p)
        return nullptr;
    return {{valueKey, round1(p->value)},
            {"n", p->n},
            {"ci95", {round1(p->low), round1(p->high)}},
            {"small_sample", metrics::isSmallSample(p->n)}};
}

Json logit(const metrics::LogisticResult &r)
{
    if (!r.fit)
        return {{"odds_ratio", nullptr}, {"refused", r.refusal}, {"n", r.n}};
    const auto &f = *r.fit;
    return {{"odds_ratio", std::round(f.oddsRatio * 1000) / 1000},
            {"ci95",
             {std::round(f.oddsRatioLow * 1000) / 1000, std::round(f.oddsRatioHigh * 1000) / 1000}},
            {"p", f.slope.p},
            {"n", f.n},
            {"of", "churn per point of the score"}};
}

// {"rho", "n", "p"}, or {"rho": null, "refused": why, "n"} as the regression is refused.
Json spearman(const metrics::SpearmanResult &s)
{
    if (!s.fit)
        return {{"rho", nullptr}, {"refused", s.refusal}, {"n", s.n}};
    return {{"rho", std::round(s.fit->rho * 1000) / 1000}, {"n", s.fit->n}, {"p", s.fit->p}};
}

Json bands(const std::array<metrics::BandRate, 3> &rates)
{
    Json out = Json::object();
    for (const auto &band : rates)
        out[std::string(band.label)] = proportion(band.rate, "rate");
    return out;
}

Json retention(const metrics::RetentionLinkage &r)
{
    if (!r.retention)
        return nullptr;
    Json out = proportion(r.retention, "rate");
    out["churn_rate"] = proportion(r.churn, "rate");
    out["by_nps_segment"] = {{"promoter", proportion(r.promoterRetention, "rate")},
                             {"passive", proportion(r.passiveRetention, "rate")},
                             {"detractor", proportion(r.detractorRetention, "rate")}};
    out["churn_by_csat"] = bands(r.churnByCsat);
    out["churn_by_ces"] = bands(r.churnByCes);
    out["spearman_nps"] = spearman(r.nps.spearman);
    out["spearman_csat"] = spearman(r.csat.spearman);
    out["spearman_ces"] = spearman(r.ces.spearman);
    out["logit_nps"] = logit(r.nps.churnLogit);
    out["logit_csat"] = logit(r.csat.churnLogit);
    out["logit_ces"] = logit(r.ces.churnLogit);
    return out;
}

} // namespace

Json figuresJson(const metrics::MetricFigures &f)
{
    Json out;
    out["responses"] = f.responses;
    if (f.nps)
        out["nps"] = {{"value", round1(f.nps->value)},
                      {"n", f.nps->n},
                      {"ci95", {round1(f.nps->low), round1(f.nps->high)}},
                      {"small_sample", metrics::isSmallSample(f.nps->n)},
                      {"promoters", f.nps->promoters},
                      {"passives", f.nps->passives},
                      {"detractors", f.nps->detractors}};
    else
        out["nps"] = nullptr;
    out["csat"] = proportion(f.csat);
    if (f.ces)
        out["ces"]
            = {{"mean", std::round(f.ces->mean * 100) / 100},
               {"n", f.ces->n},
               {"ci95", {std::round(f.ces->low * 100) / 100, std::round(f.ces->high * 100) / 100}},
               {"small_sample", metrics::isSmallSample(f.ces->n)},
               {"easy_share", round1(f.ces->easy.value)}};
    else
        out["ces"] = nullptr;
    out["retention"] = retention(f.retention);
    return out;
}

Json metricsJson(const metrics::MetricFigures &overall, const metrics::GroupedFigures *groups)
{
    Json out = figuresJson(overall);
    out["groups"] = Json::array();
    if (groups)
        for (const auto &g : groups->groups) {
            Json group = figuresJson(g.figures);
            Json entry = {{"by", std::string(metrics::groupByName(groups->by))}, {"key", g.key}};
            for (auto &[key, value] : group.items())
                entry[key] = value;
            out["groups"].push_back(entry);
        }
    // The responses in no group (no stage, no date, ...) are in the overall figures only; say
    // how many, so a trend is not read as covering every response.
    if (groups)
        out["not_grouped"] = {{"responses", groups->withoutKey},
                              {"missing", std::string(metrics::groupKeyName(groups->by))}};
    return out;
}

} // namespace ts::cli
