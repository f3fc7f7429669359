#include "surveysample.h"

#include "core/ids.h"
#include "core/surveyscope.h"

namespace ts::test {

void addResponses(Workspace &w, const std::string &stage, const std::string &touchpoint)
{
    if (w.surveyImports.empty()) {
        SurveyImport import;
        import.id = 1;
        import.uid = newUid();
        import.fileName = "survey.csv";
        import.importedAt = "2026-01-05T09:00:00Z";
        w.surveyImports.push_back(import);
    }
    for (int i = 0; i < 40; ++i) {
        SurveyResponse r;
        r.id = Id(w.responses.size() + 1);
        r.uid = newUid();
        r.importId = w.surveyImports.front().id;
        r.customerId = "c" + std::to_string(r.id);
        r.date = "2026-01-05";
        r.nps = i < 20 ? 10 : i < 30 ? 8 : 3;
        r.stage = stage;
        r.touchpoint = touchpoint;
        w.responses.push_back(r);
    }
    auto &import = w.surveyImports.front();
    import.rows = int(w.responses.size());
    // Scoped as an import of these names is: to the maps they name, linked by name.
    std::vector<std::string> stages, touchpoints;
    for (const auto &r : w.responses) {
        stages.push_back(r.stage);
        touchpoints.push_back(r.touchpoint);
    }
    linkSurveyImport(import, w, mapsNamedBy(w, stages, touchpoints), stages, touchpoints);
}

} // namespace ts::test
