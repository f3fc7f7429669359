// Purpose canvas rules: the two strategies, and the CX vision tied to the brand promise.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"

namespace ts::alignment {
namespace {

const char *const kStrategyWhy
    = "The business purpose only reaches customers through two strategies: the business "
      "strategy (how the organisation means to make its numbers) and the customer strategy "
      "(how it means to build its relationship with customers, and the customer metrics that "
      "show it). Most organisations write the first and skip the second: that is the missing "
      "connection. Without both, nothing ties the purpose to the experience customers actually "
      "have, and the experience drifts towards whatever moves the spreadsheet.";

const char *const kVisionWhy
    = "The CX vision says what experience the organisation means to give, and it has to "
      "support the brand promise: customers judge the brand by whether each experience keeps "
      "that promise. An empty vision leaves every department to invent its own; a vision that "
      "is not tied to the brand promise lets marketing promise one thing while the front line "
      "delivers another.";

Finding canvasGap(GapSeverity severity, const std::string &block, const std::string &title,
                  const std::string &detail, const std::string &fix)
{
    return Finding {.severity = severity,
                    .objectUid = "canvas:" + block,
                    .objectKind = "canvas",
                    .title = title,
                    .detail = detail,
                    .fix = fix};
}

std::vector<Finding> missingStrategies(const Workspace &w, const GapSettings &)
{
    std::vector<Finding> out;
    if (isBlank(w.canvas.businessStrategy))
        out.push_back(canvasGap(GapSeverity::Critical, "business_strategy",
                                "Business strategy missing",
                                "The purpose canvas has no business strategy, so the business "
                                "purpose is connected to nothing the organisation plans to do.",
                                "Purpose canvas: write the business strategy in its block, "
                                "between the business purpose and the CX vision."));
    if (isBlank(w.canvas.customerStrategy))
        out.push_back(canvasGap(GapSeverity::Critical, "customer_strategy",
                                "Customer strategy missing",
                                "The purpose canvas has no customer strategy: nothing says how "
                                "the organisation means to build its relationship with "
                                "customers, or which customer metrics will show it.",
                                "Purpose canvas: write the customer strategy in its block, next "
                                "to the business strategy, and name the customer metrics it "
                                "relies on."));
    return out;
}

std::vector<Finding> untiedVision(const Workspace &w, const GapSettings &)
{
    const auto &canvas = w.canvas;
    std::string title = "CX vision not tied to the brand promise";
    std::string detail;
    std::string fix;
    if (isBlank(canvas.cxVision)) {
        title = "CX vision missing";
        detail = "The purpose canvas has no CX vision: there is no shared statement of the "
                 "experience customers should have.";
        fix = "Purpose canvas: write the CX vision, then tie it to the brand promise.";
    } else if (isBlank(canvas.brandPromise)) {
        detail = "The CX vision has no brand promise to support: the brand promise block is "
                 "empty.";
        fix = "Purpose canvas: write the brand promise and tie the CX vision to it.";
    } else if (!canvas.visionTiedToBrand) {
        detail = "The CX vision and the brand promise are both written, but the vision is not "
                 "marked as supporting the promise.";
        fix = "Purpose canvas: check the CX vision against the brand promise, reword it where "
              "it does not support the promise, then tie the two.";
    } else {
        return {};
    }
    return {canvasGap(GapSeverity::Major, "cx_vision", title, detail, fix)};
}

} // namespace

std::vector<GapRule> purposeRules()
{
    return {
        GapRule {"strategy-missing", "Business or customer strategy missing", kStrategyWhy,
                 GapSeverity::Critical, area::Purpose, missingStrategies},
        GapRule {"cx-vision-untied", "CX vision empty or not tied to the brand promise", kVisionWhy,
                 GapSeverity::Major, area::Purpose, untiedVision},
    };
}

} // namespace ts::alignment
