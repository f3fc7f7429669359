// Reads the project's documentation for the tests that keep it in step with the binary:
// sections of a Markdown file, and the text of a man page without its roff escapes.
#pragma once

#include <string>
#include <vector>

namespace ts::test {

struct DocSection
{
    std::string heading; // "new" for "### new"
    std::string body; // up to the next heading of this level or above
};

// The whole file, or a failed test naming it.
std::string readDoc(const std::string &relativePath);
// The sections under headings that start with `marks` ("##", "###") in `markdown`.
std::vector<DocSection> sectionsOf(const std::string &markdown, const std::string &marks);
// `roff` with font changes removed and escapes such as \- read as the characters they print.
std::string plainRoff(const std::string &roff);
// The words that follow "touchstone-cli " in `text`: commands, options and placeholders.
std::vector<std::string> wordsAfterProgramName(const std::string &text);

} // namespace ts::test
