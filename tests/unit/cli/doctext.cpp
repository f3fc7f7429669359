#include "doctext.h"

#include "helptext.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <sstream>

namespace ts::test {

std::string readDoc(const std::string &relativePath)
{
    const std::string path = std::string(TOUCHSTONE_SOURCE_DIR) + "/" + relativePath;
    std::ifstream in(path, std::ios::binary);
    INFO(path);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<DocSection> sectionsOf(const std::string &markdown, const std::string &marks)
{
    std::vector<DocSection> sections;
    bool inside = false;
    bool code = false; // in a fenced block, where "# " starts a comment, not a heading
    for (const auto &line : linesOf(markdown)) {
        if (line.rfind("```", 0) == 0)
            code = !code;
        const auto level = line.find_first_not_of('#');
        const bool heading = !code && level != std::string::npos && level > 0 && line[level] == ' ';
        if (heading && level <= marks.size()) {
            inside = level == marks.size();
            if (inside)
                sections.push_back({line.substr(level + 1), {}});
        } else if (inside) {
            sections.back().body += line + "\n";
        }
    }
    return sections;
}

std::string plainRoff(const std::string &roff)
{
    static const std::vector<std::pair<std::regex, std::string>> escapes = {
        {std::regex(R"(\\f(\[[^\]]*\]|\(..|.))"), ""}, // font changes: \fB, \f(CW, \f[CR]
        {std::regex(R"(\\-)"), "-"},
        {std::regex(R"(\\&)"), ""},
        {std::regex(R"(\\\(em)"), "\u2014"},
        {std::regex(R"(\\\(en)"), "\u2013"},
        {std::regex(R"(\\[ ~])"), " "},
        {std::regex(R"(\\e)"), "\\"},
    };
    std::string out = roff;
    for (const auto &[pattern, replacement] : escapes)
        out = std::regex_replace(out, pattern, replacement);
    return out;
}

std::vector<std::string> wordsAfterProgramName(const std::string &text)
{
    static const std::regex use("touchstone-cli (-{0,2}[A-Za-z0-9][A-Za-z0-9_-]*)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), use);
         it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}

} // namespace ts::test
