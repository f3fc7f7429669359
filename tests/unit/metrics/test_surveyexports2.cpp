// Tests for issue 13 items 3-7 and 9: the legacy Qualtrics layout, labelled scales, value-aware
// mapping and its refusals, localised headers, SurveyMonkey multi-select groups and the file and
// response hashes, each on a fixture laid out as its tool writes it (tests/data/survey).
#include "core/error.h"
#include "importhelpers.h"
#include "metrics/contenthash.h"
#include "metrics/mappingreport.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace ts::metrics;

using ts::test::days;
using ts::test::fixture;
using ts::test::importError;

TEST_CASE("A legacy Qualtrics export (V1,V2,... then labels) is detected and filtered",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("qualtrics_legacy.csv"));
    CHECK(result.layout.format == Format::Qualtrics);
    CHECK(result.layout.legacyQualtrics);
    CHECK(result.layout.headerRows == 2);
    // V columns are named by their label, Q columns keep their id with the text as question.
    CHECK(result.layout.columns[6].name == "Status");
    CHECK(result.layout.columns[6].importId == "V7");
    CHECK(result.layout.columns[10].name == "Q1");
    CHECK(result.layout.columns[10].question
          == "How likely are you to recommend Acme to a friend or colleague?");
    CHECK(result.filtered.preview == 1); // R_1aZ..., Status 1
    CHECK(result.filtered.unfinished == 1); // R_5gH..., Finished 0
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    CHECK(table.line == std::vector<std::uint32_t> {3, 4, 7, 8});
    // NPS kept: 10, 6, 9, 8 -> 2 promoters, 1 passive, 1 detractor: (2 - 1) / 4 = +25.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 4);
    CHECK(figures.nps->value == Approx(25.0));
    // CSAT 5, 2, 4, 4 -> 3 of 4 satisfied; CES 7, 3, 6, 5.
    REQUIRE(figures.csat);
    CHECK(figures.csat->value == Approx(75.0));
    CHECK(table.ces == std::vector<std::int8_t> {7, 3, 6, 5});
    // EndDate (85) beats StartDate (80).
    CHECK(table.date
          == std::vector<std::int32_t> {days(2016, 3, 1), days(2016, 3, 2), days(2016, 3, 10),
                                        days(2016, 3, 15)});
    CHECK(result.layout.columns[*result.mapping.columnOf(Field::Date)].name == "EndDate");
    // ExternalDataReference names the customer; ResponseID is the response's own id.
    CHECK(table.customerId.at(0) == "C001");
    CHECK(table.comment.at(0) == "Fast, friendly support");
    CHECK(result.responseIdColumn == "ResponseID");
    CHECK(result.responseIdHashes.size() == 4);
    CHECK(result.responseIdHashes[0] == hashBytes("R_3fHqYzTpLm1aBcD"));
}

TEST_CASE(
    "Format qualtrics (--format qualtrics) on a file with neither Qualtrics header is refused",
    "[surveyexports]")
{
    ImportOptions qualtrics;
    qualtrics.format = Format::Qualtrics;
    const std::string message = importError("ResponseId,Q1\nR_1,9\nR_2,10\nR_3,4\n", qualtrics);
    CHECK_THAT(message,
               Catch::StartsWith("test.csv: --format qualtrics was given, but the file "
                                 "has neither the third header row"));
    CHECK_THAT(message, Catch::Contains("V1,V2,V3"));
    CHECK_THAT(message, Catch::Contains("--format generic"));
    // A legacy V id names its column in --map: V8 is StartDate.
    ImportOptions startDate;
    startDate.overrides = {"V8=date"};
    const ImportResult started
        = SurveyImporter(startDate).importFile(fixture("qualtrics_legacy.csv"));
    CHECK(started.layout.columns[*started.mapping.columnOf(Field::Date)].name == "StartDate");
    CHECK(started.mapping.reasons[7] == "--map \"V8=date\"");
    CHECK_FALSE(started.mapping.fields[8]); // EndDate lost the date to the --map
    // The legacy layout is taken when asked for, too.
    const ImportResult legacy
        = SurveyImporter(qualtrics).importFile(fixture("qualtrics_legacy.csv"));
    CHECK(legacy.layout.legacyQualtrics);
    CHECK(legacy.table.size() == 4);
}

TEST_CASE("A yes/no recommend column does not take nps from the 0-10 one beside it",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("recommend_yesno.csv"));
    CHECK(result.mapping.columnOf(Field::Nps) == 3u);
    CHECK_FALSE(result.mapping.fields[2]);
    CHECK(result.mapping.reasons[2] == "yes/no values, not 0-10 scores");
    // 10, 9, 3, 8, 6, 10 -> 3 promoters, 1 passive, 2 detractors: (3 - 2) / 6 = +16.7.
    const MetricFigures figures = computeFigures(result.table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 6);
    CHECK(figures.nps->value == Approx(100.0 / 6));
    const std::vector<std::string> report = describeMapping(result);
    CHECK(report
          == std::vector<std::string> {
              "\"Customer ID\" -> customer_id: header wording \"customer id\"",
              "\"Date\" -> date: header wording \"date\"",
              "\"Would you recommend us?\" -> not imported: yes/no values, not 0-10 scores",
              "\"How likely are you to recommend us? (0-10)\" -> nps: header wording "
              "\"recommend\"",
              "\"Comments\" -> comment: header wording \"comments\""});
}

TEST_CASE("Two columns naming nps equally well with 0-10 values are refused", "[surveyexports]")
{
    const std::string text = "How likely are you to recommend us?,How likely are you to "
                             "recommend our app?\n9,7\n10,3\n6,8\n";
    const std::string message = importError(text);
    CHECK_THAT(message,
               Catch::StartsWith("test.csv: columns \"How likely are you to recommend "
                                 "us?\" and \"How likely are you to recommend our "
                                 "app?\" name nps equally well"));
    CHECK_THAT(message,
               Catch::Contains("--map \"How likely are you to recommend us?=nps\" or --map "
                               "\"How likely are you to recommend our app?=nps\""));
    // The --map it suggests settles it.
    ImportOptions chosen;
    chosen.overrides = {"How likely are you to recommend our app?=nps"};
    const ImportResult result = SurveyImporter(chosen).importText(text, "test.csv");
    CHECK(result.table.nps == std::vector<std::int8_t> {7, 3, 8});
    CHECK(result.mapping.reasons[1] == "--map \"How likely are you to recommend our app?=nps\"");
    // Two comment columns are harmless: the first is kept, and the report says so.
    const ImportResult comments
        = SurveyImporter().importText("nps,Comment,Comments\n9,a,b\n", "test.csv");
    CHECK(comments.mapping.columnOf(Field::Comment) == 1u);
    CHECK_THAT(comments.mapping.reasons[2],
               Catch::Contains("the first of the columns naming it equally well (harmless for "
                               "comment)"));
}

TEST_CASE("Generic Score and Rating headers are decided by their values or refused",
          "[surveyexports]")
{
    // Rating holds only 1-5: nps, csat or ces? The import asks.
    const std::string message = importError(
        std::string("Customer,Date,Score,Rating\nC01,2024-03-01,0,5\nC02,2024-03-02,9,4\n"));
    CHECK(message
          == "test.csv: column \"Rating\": the header does not say which score it holds, and its "
             "2 sampled values are whole numbers 4-5, which could be nps (0-10), csat (1-5) or "
             "ces (1-7); say which with --map \"Rating=nps\", --map \"Rating=csat\" or --map "
             "\"Rating=ces\" (or --map \"Rating=ignore\")");
    CHECK_THAT(importError(std::string("Customer,Rating\nC01,3\nC02,7\n")),
               Catch::Contains("whole numbers 3-7, which could be nps"));
    // "Total" or "Points" could count anything: not a score by its values.
    CHECK_THAT(importError(std::string("Customer,Total\nC01,9\nC02,0\n")),
               Catch::StartsWith("test.csv: no column gives nps, csat, ces, retained or churned"));
    ImportOptions csat;
    csat.overrides = {"Rating=csat"};
    const ImportResult result = SurveyImporter(csat).importFile(fixture("generic_score.csv"));
    // Score: 0, 9, 10, 7, 8, 10 (a 0, and values above 7) is nps by its values:
    // 3 promoters, 2 passives, 1 detractor: (3 - 1) / 6 = +33.3.
    CHECK(result.mapping.columnOf(Field::Nps) == 2u);
    CHECK(result.mapping.reasons[2] == "values: 0-10 whole numbers (0-10) under a generic header");
    const MetricFigures figures = computeFigures(result.table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->value == Approx(200.0 / 6));
    // Rating 5, 4, 2, 3, 4, 5 -> 4 of 6 satisfied.
    REQUIRE(figures.csat);
    CHECK(figures.csat->value == Approx(400.0 / 6));
    // Without the --map, the fixture is refused for its Rating column.
    CHECK_THROWS_WITH(SurveyImporter().importFile(fixture("generic_score.csv")),
                      Catch::Contains("column \"Rating\"")
                          && Catch::Contains("--map \"Rating=csat\""));
}

TEST_CASE("An import with no score and no outcome column is refused", "[surveyexports]")
{
    const std::string message
        = importError("customer_id,stage,comment\nC1,Purchase,ok\nC2,Retention,fine\n");
    CHECK(message
          == "test.csv: no column gives nps, csat, ces, retained or churned (columns: "
             "customer_id, stage, comment); name the score column with --map "
             "COLUMN=nps|csat|ces");
    // The yes/no column passed over leaves no nps: refused too, not an import of nulls.
    CHECK(importError("Customer ID,Would you recommend us?\nC1,Yes\nC2,No\n")
          == "test.csv: no column gives nps, csat, ces, retained or churned (columns: Customer "
             "ID, Would you recommend us?); name the score column with --map COLUMN=nps|csat|ces; "
             "passed over: \"Would you recommend us?\" (yes/no values, not 0-10 scores)");
    for (const char *header :
         {"Promoter Score", "Recommendation", "Recommendation (0-10)", "Weiterempfehlung (0-10)",
          "Wahrscheinlichkeit der "
          "Weiterempfehlung",
          "recommandation", "recomendación", "aanbeveling"}) {
        INFO(header);
        CHECK(guessField(header)->field == Field::Nps);
    }
}

TEST_CASE("A German Excel export: Windows-1252, semicolons, German headers and ja/nein",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("german_excel.csv"));
    CHECK(result.encoding == TextEncoding::Windows1252);
    CHECK(result.delimiter == ';');
    CHECK(result.badRowCount == 0);
    const ColumnMapping &mapping = result.mapping;
    CHECK(mapping.columnOf(Field::CustomerId) == 0u); // Kundennummer
    CHECK(mapping.columnOf(Field::Date) == 1u); // Datum
    CHECK(mapping.columnOf(Field::Nps) == 2u); // ... Weiterempfehlung (0-10)
    CHECK(mapping.columnOf(Field::Csat) == 3u); // Zufriedenheit
    CHECK(mapping.columnOf(Field::Ces) == 4u); // Aufwand
    CHECK(mapping.columnOf(Field::Stage) == 5u); // Kundenphase
    CHECK(mapping.columnOf(Field::Touchpoint) == 6u); // Kontaktpunkt
    CHECK(mapping.columnOf(Field::Churned) == 7u); // GEKÜNDIGT: Ü folds to ü
    CHECK(mapping.columnOf(Field::Comment) == 8u); // Kommentar
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 5);
    // 14.03.2024 proves day first.
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 14), days(2024, 4, 2),
                                        days(2024, 4, 28), days(2024, 5, 3)});
    // NPS 9, 6, 10, 9, 3 -> 3 promoters, 2 detractors: (3 - 2) / 5 = +20.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->value == Approx(20.0));
    // CSAT 5, 3, 4, 4, 1 -> 3 of 5 satisfied.
    CHECK(figures.csat->value == Approx(60.0));
    // Gekündigt nein, ja, Nein, nein, JA -> retained 1, 0, 1, 1, 0.
    CHECK(table.retained == std::vector<std::int8_t> {1, 0, 1, 1, 0});
    CHECK(table.comment.at(2) == "Schnelle Lieferung, prima Qualität");
    CHECK(table.stages.values() == std::vector<std::string> {"Kauf", "Service", "Kündigung"});
}

TEST_CASE("French, Spanish and Dutch headers map as English ones do", "[surveyexports]")
{
    const auto fieldsOf = [](const std::string &header) {
        const ImportResult result = SurveyImporter().importText(header + "\n", "test.csv");
        std::vector<std::optional<Field>> fields = result.mapping.fields;
        return fields;
    };
    using F = std::optional<Field>;
    CHECK(fieldsOf("recommandation,satisfaction,effort,résilié,étape,point de contact,"
                   "commentaire,date")
          == std::vector<F> {Field::Nps, Field::Csat, Field::Ces, Field::Churned, Field::Stage,
                             Field::Touchpoint, Field::Comment, Field::Date});
    CHECK(fieldsOf("Recomendación,Satisfacción,Esfuerzo,Fecha,Etapa,Punto de contacto,"
                   "Comentario,Cancelado")
          == std::vector<F> {Field::Nps, Field::Csat, Field::Ces, Field::Date, Field::Stage,
                             Field::Touchpoint, Field::Comment, Field::Churned});
    CHECK(fieldsOf("Aanbeveling,Tevredenheid,Moeite,Datum,Fase,Contactmoment,Opgezegd,Opmerking")
          == std::vector<F> {Field::Nps, Field::Csat, Field::Ces, Field::Date, Field::Stage,
                             Field::Touchpoint, Field::Churned, Field::Comment});
    // Accented capitals fold like ASCII ones.
    CHECK(
        fieldsOf("RÉSILIÉ,ÉTAPE,SATISFACCIÓN,Verlängert,Inspanning")
        == std::vector<F> {Field::Churned, Field::Stage, Field::Csat, Field::Retained, Field::Ces});
}

TEST_CASE("A Qualtrics TSV in UTF-16 with ease and satisfaction labels, and the labels read",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("qualtrics_utf16.tsv"));
    CHECK(result.encoding == TextEncoding::Utf16Le);
    CHECK(result.delimiter == '\t');
    CHECK(result.layout.format == Format::Qualtrics);
    CHECK(result.filtered.preview == 1); // R_5d...
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    // A 5-point ease scale on CES' 1-7: Extremely easy 7, Somewhat easy 5, Somewhat difficult 3,
    // Neither 4.
    CHECK(table.ces == std::vector<std::int8_t> {7, 5, 3, 4});
    // CSAT: Extremely satisfied 5, Somewhat satisfied 4, Somewhat dissatisfied 2, Neither 3.
    CHECK(table.csat == std::vector<std::int8_t> {5, 4, 2, 3});
    // NPS "10 - Extremely likely", 7, "0 - Not at all likely", 9 -> (2 - 1) / 4 = +25.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->value == Approx(25.0));
    // Only the labels of kept rows are reported ("Extremely difficult" was a preview's).
    const std::vector<std::string> report = describeMapping(result);
    CHECK(std::count(report.begin(), report.end(),
                     "\"Q2\" (ces): labels read as: Somewhat difficult = 3, Neither easy nor "
                     "difficult = 4, Somewhat easy = 5, Extremely easy = 7")
          == 1);
    CHECK(std::count(report.begin(), report.end(),
                     "\"Q3\" (csat): labels read as: Somewhat dissatisfied = 2, Neither satisfied "
                     "nor dissatisfied = 3, Somewhat satisfied = 4, Extremely satisfied = 5")
          == 1);
    CHECK(std::count(report.begin(), report.end(),
                     "\"Q1\" (How likely are you to recommend Acme to a friend or colleague?) -> "
                     "nps: header wording \"recommend\"")
          == 1);
    REQUIRE(result.labelsRead.size() == 2); // no label on nps: "10 - ..." is a number
    CHECK(result.responseIdColumn == "ResponseId");
    CHECK(result.responseIdHashes
          == std::vector<std::uint64_t> {
              hashBytes("R_2aBcDeFgHiJkLmN"), hashBytes("R_3bCdEfGhIjKlMnO"),
              hashBytes("R_4cDeFgHiJkLmNoP"), hashBytes("R_6eFgHiJkLmNoPqR")});
}

TEST_CASE("A 7-point satisfaction label on csat is a bad value that says why", "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importText(
        "Overall satisfaction\nVery satisfied\nModerately satisfied\nSlightly dissatisfied\n",
        "test.csv");
    CHECK(result.table.csat == std::vector<std::int8_t> {5});
    REQUIRE(result.badRows.size() == 2);
    CHECK(result.badRows[0].line == 3);
    CHECK_THAT(result.badRows[0].message,
               Catch::StartsWith("column \"Overall satisfaction\" (csat): \"Moderately "
                                 "satisfied\" is a 7-point satisfaction label, which csat's 1-5 "
                                 "cannot hold without deciding what counts as satisfied"));
}

TEST_CASE("A SurveyMonkey multi-select question is one touchpoint; Custom Data 1 is the customer",
          "[surveyexports]")
{
    const ImportResult result
        = SurveyImporter().importFile(fixture("surveymonkey_multiselect.csv"));
    CHECK(result.layout.format == Format::SurveyMonkey);
    const ColumnMapping &mapping = result.mapping;
    REQUIRE(mapping.groups.size() == 1);
    CHECK(mapping.groups[0].field == Field::Touchpoint);
    CHECK(mapping.groups[0].question == "Which channel(s) did you use?");
    CHECK(mapping.groups[0].columns == std::vector<std::size_t> {10, 11, 12});
    CHECK(mapping.columnOf(Field::CustomerId) == 8u); // Custom Data 1 beats Respondent ID
    CHECK(mapping.reasons[0] == "customer_id went to \"Custom Data 1\", which names it better");
    CHECK(mapping.reasons[5] == "all 5 sampled values empty"); // Email Address
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 5);
    CHECK(table.customerId.at(0) == "C01");
    // Email, Phone, (Email and Phone: none), Chat, (nothing chosen).
    CHECK(table.touchpoints.values() == std::vector<std::string> {"Email", "Phone", "Chat"});
    CHECK(
        table.touchpoint
        == std::vector<std::uint32_t> {1, 2, StringDictionary::kNone, 3, StringDictionary::kNone});
    REQUIRE(result.severalAnswers.size() == 1);
    CHECK(result.severalAnswers[0].responses == 1);
    // NPS 9, 3, 10, 8, 9 -> 3 promoters, 1 passive, 1 detractor: (3 - 1) / 5 = +40.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->value == Approx(40.0));
    // End Date (85) over Start Date; 03/15 proves month first.
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 1), days(2024, 3, 2), days(2024, 3, 15),
                                        days(2024, 3, 20), days(2024, 3, 21)});
    CHECK(table.comment.at(2) == "Two ways");
    CHECK(result.responseIdColumn == "Respondent ID");
    CHECK(result.responseIdHashes.size() == 5);
    CHECK(result.responseIdHashes[0] == hashBytes("114000001"));
    const std::vector<std::string> report = describeMapping(result);
    CHECK(std::count(report.begin(), report.end(),
                     "\"Which channel(s) did you use?\" (several answers: Email, Phone, Chat) -> "
                     "touchpoint: several answers group: Which channel(s) did you use?, header "
                     "wording \"channel\"; the value is the one answer chosen")
          == 1);
    CHECK(report.back() == "1 response chose several touchpoints: kept with no touchpoint");
}

TEST_CASE("A Google Forms export: Timestamp, question texts, M/D/YYYY H:MM:SS", "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("google_forms.csv"));
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    // 3/14 proves month first; "9:05:10" has a one-digit hour.
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 14), days(2024, 4, 2),
                                        days(2024, 4, 11)});
    CHECK(result.dateOrder->order == DateOrder::Mdy);
    // NPS 9, 10, 4, 7 -> (2 - 1) / 4 = +25; CSAT 5, 4, 2, 3 -> 2 of 4 satisfied.
    const MetricFigures figures = computeFigures(table);
    CHECK(figures.nps->value == Approx(25.0));
    CHECK(table.csat == std::vector<std::int8_t> {5, 4, 2, 3});
    CHECK(figures.csat->value == Approx(50.0));
    REQUIRE(result.labelsRead.size() == 1);
    CHECK(result.labelsRead[0].column == "How satisfied are you with our support?");
    CHECK(result.labelsRead[0].labels.size() == 4);
    CHECK(result.responseIdColumn.empty());
    CHECK(result.responseIdHashes.empty());
}

TEST_CASE("A Typeform export: #, questions, Start and Submit Date (UTC), Network ID",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("typeform.csv"));
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    CHECK(result.layout.columns[*result.mapping.columnOf(Field::Date)].name == "Submit Date (UTC)");
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 6), days(2024, 3, 7),
                                        days(2024, 3, 8)});
    // CES from ease labels: Extremely easy 7, Somewhat easy 5, Extremely difficult 1, Neither 4.
    CHECK(table.ces == std::vector<std::int8_t> {7, 5, 1, 4});
    // NPS 10, 8, 2, 9 -> (2 - 1) / 4 = +25.
    CHECK(computeFigures(table).nps->value == Approx(25.0));
    CHECK(table.comment.at(0) == "Great");
    CHECK(result.responseIdColumn == "#");
    CHECK(result.responseIdHashes
          == std::vector<std::uint64_t> {hashBytes("a1b2c3d4e5"), hashBytes("f6g7h8i9j0"),
                                         hashBytes("k1l2m3n4o5"), hashBytes("p6q7r8s9t0")});
    CHECK_FALSE(result.mapping.fields[6]); // Network ID
}

TEST_CASE("The file's content hash and the response ids tell a second import of it",
          "[surveyexports]")
{
    const std::string text = ts::test::readFile(fixture("typeform.csv"));
    const ImportResult first = SurveyImporter().importFile(fixture("typeform.csv"));
    const ImportResult again = SurveyImporter().importText(text, "copy.csv");
    CHECK(first.contentHash.size() == 16);
    CHECK(first.contentHash.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(first.contentHash == again.contentHash);
    CHECK(first.contentHash == hexOf(hashBytes(text)));
    // One byte changed, or one byte more, is another file.
    std::string changed = text;
    changed[changed.size() - 2] = 'X';
    CHECK(SurveyImporter().importText(changed).contentHash != first.contentHash);
    CHECK(SurveyImporter().importText(text + "\n").contentHash != first.contentHash);
    // The bytes as read: the UTF-16 file is hashed before it is decoded.
    CHECK(SurveyImporter().importFile(fixture("qualtrics_utf16.tsv")).contentHash
          == hexOf(hashBytes(ts::test::readFile(fixture("qualtrics_utf16.tsv")))));
    CHECK(hexOf(0x0123456789abcdefull) == "0123456789abcdef");
    CHECK(hashBytes("") != hashBytes(std::string(1, '\0')));
    CHECK(hashBytes("abcdefgh") != hashBytes("abcdefgi"));
}

TEST_CASE("Two-thread imports give the same hashes, labels and several-answer counts",
          "[surveyexports][split]")
{
    std::string text
        = "Respondent ID,How likely are you to recommend us?,How easy was it?,Which channel(s) "
          "did you use?,,,Comments\n,Response,Response,Email,Phone,Chat,Open-Ended Response\n";
    const char *ease[] = {"Extremely easy", "Somewhat easy", "Somewhat difficult", "6"};
    for (int i = 0; i < 3000; ++i) {
        text += "R" + std::to_string(i) + "," + std::to_string(i % 11) + "," + ease[i % 4] + ","
            + (i % 3 == 0 ? "Email" : "") + "," + (i % 5 == 0 ? "Phone" : "") + ","
            + (i % 3 == 1 ? "Chat" : "") + "," + (i % 7 == 0 ? "\"a, \"\"quoted\"\"\nnote\"" : "")
            + "\n";
    }
    ImportOptions split;
    split.twoThreadsFrom = 0;
    const ImportResult two = SurveyImporter(split).importText(text);
    const ImportResult one = SurveyImporter().importText(text);
    CHECK(one.readers == 1);
    if (std::thread::hardware_concurrency() >= 2)
        CHECK(two.readers == 2); // the middle of this text falls between two records
    REQUIRE(one.table.size() == 3000);
    CHECK(two.table.size() == one.table.size());
    CHECK(two.contentHash == one.contentHash);
    CHECK(two.responseIdHashes == one.responseIdHashes);
    CHECK(one.responseIdHashes.size() == 3000);
    CHECK(one.responseIdHashes[2999] == hashBytes("R2999"));
    CHECK(describeMapping(two) == describeMapping(one));
    REQUIRE(one.severalAnswers.size() == 1);
    // Email and Phone both: i % 15 == 0 -> 200 of 3000 (i % 3 == 1 never meets i % 3 == 0).
    // Phone and Chat: i % 5 == 0 and i % 3 == 1 -> i % 15 == 10 -> 200 more.
    CHECK(one.severalAnswers[0].responses == 400);
    CHECK(two.severalAnswers[0].responses == 400);
    CHECK(two.table.touchpoint == one.table.touchpoint);
    REQUIRE(one.labelsRead.size() == 1);
    CHECK(one.labelsRead[0].labels.size() == 3);
}
