// Reading a PDF back with poppler-utils (pdftotext, pdfinfo, pdftoppm), for the report tests.
#pragma once

#include <QSizeF>
#include <QString>
#include <string>
#include <vector>

namespace ts::test {

// The text of pages [first, last] (0: from the start / to the end), as pdftotext reads it.
std::string pdfText(const std::string &pdf, int first = 0, int last = 0);
// Runs of white space (line breaks too) as one space: a wrapped line reads as one.
std::string squeezed(const std::string &text);
int pdfPageCount(const std::string &pdf);
// The size of one page in points.
QSizeF pdfPageSize(const std::string &pdf, int page);
// For every page, rendered at `dpi` in grey: the share of non-white pixels between
// `top` and `bottom` (fractions of the page height, e.g. 0.1 and 0.9 to leave out the header
// and footer).
std::vector<double> pdfInkShares(const std::string &pdf, int dpi, double top = 0,
                                 double bottom = 1);

} // namespace ts::test
