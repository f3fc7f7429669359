// gaps: the alignment gaps of a workspace, as text grouped by severity and area, or as JSON.
#include "alignment/gapregistry.h"
#include "cli/clicommand.h"
#include "cli/command.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace ts::cli {
namespace {

using alignment::Finding;
using alignment::GapRegistry;
using alignment::GapSeverity;

std::string why(const GapRegistry &registry, const Finding &finding)
{
    const auto *rule = registry.rule(finding.ruleId);
    return rule ? rule->why : std::string();
}

std::array<int, 3> countBySeverity(const std::vector<Finding> &findings)
{
    std::array<int, 3> counts {};
    for (const auto &finding : findings)
        ++counts[std::size_t(finding.severity)];
    return counts;
}

std::string toJson(const GapRegistry &registry, const std::vector<Finding> &findings,
                   const std::string &file)
{
    nlohmann::ordered_json gaps = nlohmann::ordered_json::array();
    for (const auto &f : findings)
        gaps.push_back({{"rule", f.ruleId},
                        {"title", f.title},
                        {"severity", toString(f.severity)},
                        {"area", f.area},
                        {"object", f.objectUid},
                        {"object_kind", f.objectKind},
                        {"detail", f.detail},
                        {"why", why(registry, f)},
                        {"fix", f.fix}});
    const auto counts = countBySeverity(findings);
    nlohmann::ordered_json out;
    out["gaps"] = std::move(gaps);
    out["counts"] = {{"critical", counts[0]}, {"major", counts[1]}, {"minor", counts[2]}};
    return jsonOutput(out, file);
}

// `text` broken into lines of at most `width` characters, each starting with `indent`.
std::string wrapped(const std::string &text, const std::string &indent, std::size_t width = 96)
{
    std::istringstream words(text);
    std::string out, line, word;
    while (words >> word) {
        if (!line.empty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        out += indent + line + "\n";
    return out;
}

std::string upper(std::string text)
{
    for (auto &c : text)
        c = char(std::toupper((unsigned char)c));
    return text;
}

std::string toText(const std::string &file, const GapRegistry &registry,
                   const std::vector<Finding> &findings)
{
    const auto counts = countBySeverity(findings);
    std::string out = file + ": ";
    if (findings.empty())
        return out + "no alignment gaps found\n";
    out += std::to_string(counts[0]) + " critical, " + std::to_string(counts[1]) + " major, "
        + std::to_string(counts[2]) + " minor alignment gaps\n";
    const Finding *previous = nullptr;
    for (const auto &f : findings) {
        if (!previous || previous->severity != f.severity)
            out += "\n" + upper(toString(f.severity)) + "\n";
        if (!previous || previous->severity != f.severity || previous->area != f.area)
            out += "  " + f.area + "\n";
        out += "    [" + f.ruleId + "] " + f.title + "\n";
        out += wrapped(f.detail, "      ");
        out += wrapped("Why it matters: " + why(registry, f), "      ");
        out += wrapped("Where to fix: " + f.fix, "      ");
        previous = &f;
    }
    return out;
}

int run(const CommandLine &line)
{
    const auto path = line.path(0);
    auto file = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    const auto workspace = storage::loadWorkspace(file->db());
    const auto &registry = GapRegistry::builtIn();
    const auto findings = registry.findings(workspace);
    const auto output = line.isSet(QStringLiteral("json"))
        ? toJson(registry, findings, line.argument(0).toStdString()) + "\n"
        : toText(path, registry, findings);
    std::fputs(output.c_str(), stdout);
    return countBySeverity(findings)[0] > 0 ? Problems : Ok;
}

} // namespace

Command gapsCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("gaps");
    spec.description = QStringLiteral("List the alignment gaps by severity and area, each with why "
                                      "it matters and where to fix it.");
    spec.arguments = {workspaceArgument()};
    spec.options = {OptionSpec::flag(QStringLiteral("json"), QStringLiteral("print them as JSON"))};
    spec.exitCodes = {{Ok, QStringLiteral("no critical gap")},
                      {Problems, QStringLiteral("at least one critical gap")},
                      usageExit(),
                      badWorkspaceExit()};
    return {spec, run};
}

} // namespace ts::cli
