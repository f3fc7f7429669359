// Tests for CsvReader: RFC 4180 quoting, line ends, BOM, delimiter detection, line numbers.
#include "metrics/csvreader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace ts::metrics;

namespace {

struct Record
{
    std::size_t line;
    std::vector<std::string> fields;
    std::string error;
};

std::vector<Record> readAll(std::string text, char delimiter = 0)
{
    CsvReader reader(std::move(text), delimiter);
    std::vector<Record> records;
    CsvRow row;
    while (reader.next(row))
        records.push_back(
            {row.line, {row.fields.begin(), row.fields.end()}, std::string(row.error)});
    return records;
}

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE("CsvReader splits plain records and numbers their lines", "[csvreader]")
{
    const auto records = readAll("a,b,c\n1,2,3\n4,5,6");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == Fields {"a", "b", "c"});
    CHECK(records[1].fields == Fields {"1", "2", "3"});
    CHECK(records[2].fields == Fields {"4", "5", "6"}); // no line end after the last record
    CHECK(records[2].line == 3);
}

TEST_CASE("CsvReader reads quoted fields with delimiters and doubled quotes", "[csvreader]")
{
    const auto records = readAll("\"x, y\",\"say \"\"hi\"\"\",z,\"\"\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields {"x, y", "say \"hi\"", "z", ""});
    CHECK(records[0].error.empty());
}

TEST_CASE("CsvReader keeps line breaks inside quotes and counts physical lines", "[csvreader]")
{
    const auto records = readAll("id,comment\n1,\"line one\nline two\"\n2,\"a\r\nb\"\r\n3,ok\n");
    REQUIRE(records.size() == 4);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields[1] == "line one\nline two");
    CHECK(records[2].line == 4);
    CHECK(records[2].fields[1] == "a\r\nb");
    CHECK(records[3].line == 6);
}

TEST_CASE("CsvReader accepts CRLF, LF and lone CR line ends", "[csvreader]")
{
    CHECK(readAll("a,b\r\n1,2\r\n")[1].fields == Fields {"1", "2"});
    const auto oldMac = readAll("a,b\r1,2\r");
    REQUIRE(oldMac.size() == 2);
    CHECK(oldMac[1].fields == Fields {"1", "2"});
    CHECK(oldMac[1].line == 2);
}

TEST_CASE("CsvReader skips a UTF-8 byte order mark", "[csvreader]")
{
    CsvReader reader("\xEF\xBB\xBF"
                     "customer,nps\nC1,9\n");
    CsvRow row;
    REQUIRE(reader.next(row));
    CHECK(reader.hadByteOrderMark());
    CHECK(row.fields[0] == "customer");
}

TEST_CASE("CsvReader detects comma, semicolon and tab from the header", "[csvreader]")
{
    CHECK(CsvReader::detectDelimiter("a,b,c\n") == ',');
    CHECK(CsvReader::detectDelimiter("a;b;c\n1,5;2;3") == ';');
    CHECK(CsvReader::detectDelimiter("a\tb\tc") == '\t');
    // Delimiters inside quotes do not count: two semicolons beat the quoted commas.
    CHECK(CsvReader::detectDelimiter("\"x,y,z\";b;c") == ';');
    CHECK(CsvReader::detectDelimiter("single") == ',');

    const auto semicolon = readAll("nps;comment\n9;\"fine; really\"\n");
    CHECK(semicolon[1].fields == Fields {"9", "fine; really"});
    const auto tab = readAll("nps\tcomment\n9\tgood, thanks\n");
    CHECK(tab[1].fields == Fields {"9", "good, thanks"});
}

TEST_CASE("CsvReader follows Excel's sep= line and an explicit delimiter", "[csvreader]")
{
    CsvReader reader("sep=;\na;b\n1;2\n");
    CHECK(reader.delimiter() == ';');
    CsvRow row;
    REQUIRE(reader.next(row));
    CHECK(row.line == 2);
    CHECK(row.fields.size() == 2);
    CHECK(readAll("a|b\n1|2", '|')[1].fields == Fields {"1", "2"});
}

TEST_CASE("CsvReader keeps empty fields and skips blank lines", "[csvreader]")
{
    const auto records = readAll("a,b,\n\n\n,,\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields {"a", "b", ""});
    CHECK(records[1].fields == Fields {"", "", ""});
    CHECK(records[1].line == 4);
}

TEST_CASE("CsvReader reads a quoted field after stray spaces", "[csvreader]")
{
    CHECK(readAll("1, \"x, y\" ,z")[0].fields == Fields {"1", "x, y", "z"});
}

TEST_CASE("CsvReader reports malformed quoting on the record's line", "[csvreader]")
{
    const auto unclosed = readAll("a,b\n1,\"oops\n2,3\n");
    REQUIRE(unclosed.size() == 2);
    CHECK(unclosed[1].line == 2);
    CHECK(unclosed[1].error == "a quoted field is never closed");

    const auto trailing = readAll("\"a\"b,c\nd,e\n");
    REQUIRE(trailing.size() == 2);
    CHECK(trailing[0].error == "unexpected text after a closing quote");
    CHECK(trailing[0].fields.size() == 2);
    CHECK(trailing[1].error.empty());
}

TEST_CASE("CsvReader's views stay valid while later records are read", "[csvreader]")
{
    CsvReader reader("\"first \"\"one\"\"\",x\n\"second \"\"two\"\"\",y\n");
    CsvRow first, second;
    REQUIRE(reader.next(first));
    REQUIRE(reader.next(second));
    CHECK(first.fields[0] == "first \"one\"");
    CHECK(second.fields[0] == "second \"two\"");
    CHECK(!reader.next(second));
}

TEST_CASE("CsvReader estimates the rows left for reserving", "[csvreader]")
{
    CsvReader reader("a\n1\n2\n3\n");
    CHECK(reader.estimateRemainingRows() >= 4);
}
