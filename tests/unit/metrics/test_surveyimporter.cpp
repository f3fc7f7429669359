// Tests for SurveyImporter on fixture exports: layouts, mapping, values, bad rows and their lines.
#include "core/error.h"
#include "importhelpers.h"
#include "metrics/surveyimporter.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts::metrics;

using ts::test::days;
using ts::test::fixture;
using ts::test::importError;

TEST_CASE("SurveyImporter reads a plain export and reports bad rows with their lines",
          "[surveyimporter]")
{
    ImportOptions options;
    // Its year-last dates (01/10/2024, 10.01.2024) could each be day or month first: the order
    // is given (it used to be guessed from the separator, reading the two as the same day).
    options.dateOrder = DateOrder::Mdy;
    const ImportResult result = SurveyImporter(options).importFile(fixture("generic_bad.csv"));
    const SurveyTable &table = result.table;
    CHECK(result.layout.format == Format::Generic);
    REQUIRE(table.size() == 4);
    CHECK(table.line == std::vector<std::uint32_t> {2, 7, 10, 12});
    CHECK(table.customerId.at(1) == "C6");
    CHECK(table.comment.at(1) == "multi\nline comment");
    CHECK(table.date[2] == days(2024, 1, 10)); // 01/10/2024 read month first, as asked
    CHECK(table.date[3] == days(2024, 10, 1)); // and so 10.01.2024 too, in the same column
    REQUIRE(result.dateOrder);
    CHECK(result.dateOrder->basis == DateOrderBasis::Option);
    CHECK(table.nps == std::vector<std::int8_t> {9, 10, 0, -1});
    CHECK(table.retained == std::vector<std::int8_t> {1, 0, 0, -1});
    CHECK(result.emptyRows == 1);

    REQUIRE(result.badRowCount == 4);
    REQUIRE(result.badRows.size() == 4);
    CHECK(result.badRows[0].line == 3);
    CHECK(result.badRows[0].column == "nps");
    CHECK(result.badRows[0].message == "column \"nps\" (nps): \"11\" is out of range 0-10");
    CHECK(result.badRows[1].line == 4);
    CHECK(result.badRows[1].message
          == "column \"date\" (date): \"2024-13-01\" is not a calendar day");
    CHECK(result.badRows[2].line == 5);
    CHECK(result.badRows[2].column == "retained");
    CHECK(result.badRows[3].line == 6);
    CHECK(result.badRows[3].column.empty());
    CHECK(result.badRows[3].message == "expected 10 columns, found 9");
    CHECK(result.unmappedColumns.empty());
}

TEST_CASE("SurveyImporter reads a Qualtrics export", "[surveyimporter]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("qualtrics.csv"));
    const SurveyTable &table = result.table;
    CHECK(result.layout.format == Format::Qualtrics);
    const ColumnMapping &mapping = result.mapping;
    CHECK(mapping.columnOf(Field::Date) == 5u); // RecordedDate
    CHECK(mapping.columnOf(Field::CustomerId) == 7u); // ExternalReference
    CHECK(mapping.columnOf(Field::Nps) == 9u); // Q1, by its question
    CHECK(mapping.columnOf(Field::Csat) == 11u);
    CHECK(mapping.columnOf(Field::Ces) == 12u);
    CHECK(mapping.columnOf(Field::Comment) == 13u);
    CHECK_FALSE(mapping.fields[10]); // Q1_NPS_GROUP

    REQUIRE(table.size() == 4);
    CHECK(table.line == std::vector<std::uint32_t> {4, 5, 7, 9});
    CHECK(table.date[0] == days(2024, 3, 1));
    CHECK(table.nps == std::vector<std::int8_t> {10, 6, 8, 9});
    CHECK(table.csat == std::vector<std::int8_t> {5, 2, 4, -1});
    CHECK(table.ces == std::vector<std::int8_t> {7, 3, 5, -1});
    CHECK(table.retained == std::vector<std::int8_t> {1, 0, 1, -1});
    CHECK(table.comment.at(0) == "Fast, friendly support");
    CHECK(table.comment.at(1) == "Too slow.\nWaited a week.");
    CHECK(table.customerId.at(3).empty());
    CHECK(table.stages.values() == std::vector<std::string> {"Purchase", "Retention", "Advocacy"});
    REQUIRE(result.badRows.size() == 1);
    CHECK(result.badRows[0].line == 8);
    CHECK(result.badRows[0].column == "Q1");
}

TEST_CASE("SurveyImporter reads a SurveyMonkey export", "[surveyimporter]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("surveymonkey.csv"));
    const SurveyTable &table = result.table;
    CHECK(result.layout.format == Format::SurveyMonkey);
    CHECK(result.badRowCount == 0);
    REQUIRE(table.size() == 3);
    CHECK(table.line == std::vector<std::uint32_t> {3, 4, 5});
    CHECK(table.customerId.at(0) == "114000001");
    CHECK(table.date[2] == days(2024, 3, 15)); // End Date, read as M/D/YYYY
    CHECK(table.nps == std::vector<std::int8_t> {9, 3, 10});
    CHECK(table.csat == std::vector<std::int8_t> {5, 2, 5}); // answer labels
    CHECK(table.retained == std::vector<std::int8_t> {1, 0, 1}); // Churned No/Yes inverted
    CHECK(table.comment.at(2) == "She said \"wow\"");
    CHECK(table.stages.text(table.stage[1]) == "Retention");
    CHECK(std::find(result.unmappedColumns.begin(), result.unmappedColumns.end(),
                    "Which products do you own? - Pro")
          != result.unmappedColumns.end());
}

TEST_CASE("SurveyImporter handles BOM, CRLF, semicolons and tabs", "[surveyimporter]")
{
    ImportOptions dayFirst;
    dayFirst.dateOrder = DateOrder::Dmy;
    const ImportResult semicolon = SurveyImporter(dayFirst).importText(
        "\xEF\xBB\xBF"
        "Customer;Date;NPS;Comment\r\nC1;1.3.2024;9;\"gut; sehr gut\"\r\nC2;2.3.2024;4;\r\n");
    CHECK(semicolon.delimiter == ';');
    REQUIRE(semicolon.table.size() == 2);
    CHECK(semicolon.table.customerId.at(0) == "C1");
    CHECK(semicolon.table.comment.at(0) == "gut; sehr gut");
    CHECK(semicolon.table.nps[1] == 4);

    const ImportResult tab = SurveyImporter().importText("nps\tcsat\n9\t5\n");
    CHECK(tab.delimiter == '\t');
    CHECK(tab.table.csat == std::vector<std::int8_t> {5});

    const std::string utf16("\xFF\xFE"
                            "n\0p\0s\0\n\0"
                            "7\0\n\0",
                            14);
    const ImportResult wide = SurveyImporter().importText(utf16);
    CHECK(wide.encoding == TextEncoding::Utf16Le);
    CHECK(wide.table.nps == std::vector<std::int8_t> {7});
}

TEST_CASE("SurveyImporter follows overrides and the requested format", "[surveyimporter]")
{
    ImportOptions options;
    options.overrides = {"Score=nps", "Who=customer_id"};
    options.format = Format::Generic;
    const ImportResult result = SurveyImporter(options).importText("Who,Score\nA,8\nB,10\n");
    CHECK(result.table.nps == std::vector<std::int8_t> {8, 10});
    CHECK(result.table.customerId.at(1) == "B");
}

TEST_CASE("SurveyImporter stores churned as not retained and flags a contradiction",
          "[surveyimporter]")
{
    const ImportResult result
        = SurveyImporter().importText("nps,retained,churned\n9,1,0\n3,,yes\n5,1,1\n");
    CHECK(result.table.retained == std::vector<std::int8_t> {1, 0});
    REQUIRE(result.badRows.size() == 1);
    CHECK(result.badRows[0].line == 4);
    CHECK_THAT(result.badRows[0].message, Catch::Contains("retained and churned say the same"));
}

TEST_CASE("SurveyImporter counts every bad row but describes only the first ones",
          "[surveyimporter]")
{
    ImportOptions options;
    options.maxBadRowsListed = 2;
    const ImportResult result = SurveyImporter(options).importText("nps\n11\n12\n13\n5\n");
    CHECK(result.badRowCount == 3);
    CHECK(result.badRows.size() == 2);
    CHECK(result.table.size() == 1);
}

TEST_CASE("SurveyImporter reports malformed CSV rows by line", "[surveyimporter]")
{
    const ImportResult result
        = SurveyImporter().importText("nps,comment\n9,\"ok\"x\n8,fine\n7,\"never closed\n");
    REQUIRE(result.badRows.size() == 2);
    CHECK(result.badRows[0].line == 2);
    CHECK(result.badRows[0].message == "unexpected text after a closing quote");
    CHECK(result.badRows[1].line == 4);
    CHECK(result.badRows[1].message == "a quoted field is never closed");
    CHECK(result.table.nps == std::vector<std::int8_t> {8});
}

TEST_CASE("SurveyImporter fails whole files with a message naming the file", "[surveyimporter]")
{
    ImportOptions quote;
    quote.delimiter = '"';
    CHECK(importError("a,b\n1,2\n", quote)
          == "test.csv: a CSV delimiter cannot be a quote or a line end");
    CHECK(importError("") == "test.csv: the file is empty");
    CHECK(importError("\n\n") == "test.csv: the file is empty");
    CHECK_THAT(
        importError("colour,size\nred,L\n"),
        Catch::StartsWith("test.csv: no column matches a survey field (columns: colour, size)"));
    ImportOptions badOverride;
    badOverride.overrides = {"nps=score"};
    CHECK_THAT(importError("nps\n9\n", badOverride), Catch::StartsWith("test.csv: column mapping"));
    CHECK_THAT(importError("\"nps\n9\n"), Catch::Contains("test.csv:1: header row"));

    try {
        SurveyImporter().importFile(fixture("does-not-exist.csv"));
        FAIL("no error");
    } catch (const ts::Error &error) {
        CHECK(error.kind() == ts::ErrorKind::BadInput);
        CHECK_THAT(error.what(), Catch::Contains("does-not-exist.csv: cannot open"));
    }
    CHECK_THROWS_WITH(SurveyImporter().importFile(TOUCHSTONE_TEST_DATA),
                      Catch::Contains("is a folder"));
}

TEST_CASE("SurveyImporter refuses a pipe at once instead of waiting for a writer (issue 14)",
          "[surveyimporter][hostile]")
{
    char folder[] = "/tmp/touchstone-fifo-XXXXXX";
    REQUIRE(::mkdtemp(folder));
    const std::string fifo = std::string(folder) + "/export.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opening a FIFO for reading blocks until a writer comes: had the importer opened it, this
    // test would hang (CTest's timeout) instead of failing.
    CHECK_THROWS_WITH(SurveyImporter().importFile(fifo),
                      Catch::Equals(fifo
                                    + ": is not a regular file (a pipe, device or socket); "
                                      "save the export as a file first"));
    CHECK_THROWS_WITH(SurveyImporter().importFile("/dev/zero"),
                      Catch::Contains("/dev/zero: is not a regular file"));
    ::unlink(fifo.c_str());
    ::rmdir(folder);
}
