// Tests for column mapping: common wordings, one column per field, COLUMN=FIELD overrides.
#include "core/error.h"
#include "metrics/columnmapping.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

namespace {

std::optional<Field> guess(std::string_view header)
{
    const auto guessed = guessField(header);
    return guessed ? std::optional<Field>(guessed->field) : std::nullopt;
}

SurveyLayout layoutOf(std::vector<std::string> names)
{
    SurveyLayout layout;
    for (std::string &name : names)
        layout.columns.push_back({std::move(name), {}, {}, {}, {}});
    return layout;
}

} // namespace

TEST_CASE("guessField maps the usual names and wordings", "[columnmapping]")
{
    CHECK(guess("How likely are you to recommend Acme to a friend or colleague?") == Field::Nps);
    CHECK(guess("Likelihood to recommend") == Field::Nps);
    CHECK(guess("NPS") == Field::Nps);
    CHECK(guess("npsScore") == Field::Nps);
    CHECK(guess("Overall satisfaction") == Field::Csat);
    CHECK(guess("How satisfied were you with your purchase?") == Field::Csat);
    CHECK(guess("CSAT") == Field::Csat);
    CHECK(guess("Acme made it easy for me to handle my issue.") == Field::Ces);
    CHECK(guess("Customer Effort Score") == Field::Ces);
    CHECK(guess("Respondent ID") == Field::CustomerId);
    CHECK(guess("CustomerId") == Field::CustomerId);
    CHECK(guess("customer_id") == Field::CustomerId);
    CHECK(guess("Customer") == Field::CustomerId);
    CHECK(guess("RecordedDate") == Field::Date);
    CHECK(guess("StartDate") == Field::Date);
    CHECK(guess("Date") == Field::Date);
    CHECK(guess("Journey stage") == Field::Stage);
    CHECK(guess("Channel") == Field::Touchpoint);
    CHECK(guess("Touchpoint") == Field::Touchpoint);
    CHECK(guess("Customer segment") == Field::Segment);
    CHECK(guess("Retained") == Field::Retained);
    CHECK(guess("Churned") == Field::Churned);
    CHECK(guess("Upsell") == Field::Expansion);
    CHECK(guess("Referral") == Field::Referral);
    CHECK(guess("Comments") == Field::Comment);
    CHECK(guess("What is the main reason for your score?") == Field::Comment);
}

TEST_CASE("guessField leaves derived and unrelated columns alone", "[columnmapping]")
{
    CHECK_FALSE(guess("Q1_NPS_GROUP"));
    CHECK_FALSE(guess("Q4 - Sentiment"));
    CHECK_FALSE(guess("Q4 - Topics"));
    CHECK_FALSE(guess("DistributionChannel"));
    CHECK_FALSE(guess("Favourite colour"));
    CHECK_FALSE(guess(""));
    CHECK(guess("NPS segment") != Field::Segment);
}

TEST_CASE("guessField prefers an exact name to a mention", "[columnmapping]")
{
    CHECK(guessField("NPS")->score > guessField("How likely are you to recommend us?")->score);
    CHECK(guessField("RecordedDate")->score > guessField("StartDate")->score);
}

TEST_CASE("mapColumns gives each field its best column and each column one field",
          "[columnmapping]")
{
    const SurveyLayout layout = layoutOf(
        {"Respondent ID", "StartDate", "RecordedDate", "NPS", "Would you recommend us?", "Q5"});
    const ColumnMapping mapping = mapColumns(layout);
    CHECK(mapping.columnOf(Field::CustomerId) == 0u);
    CHECK(mapping.columnOf(Field::Date) == 2u); // RecordedDate beats StartDate
    CHECK(mapping.columnOf(Field::Nps) == 3u); // the exact name beats the question
    CHECK_FALSE(mapping.fields[1]);
    CHECK_FALSE(mapping.fields[4]);
    CHECK_FALSE(mapping.columnOf(Field::Csat));
}

TEST_CASE("mapColumns judges a Qualtrics column by its id and question", "[columnmapping]")
{
    SurveyLayout layout;
    layout.format = Format::Qualtrics;
    layout.columns = {
        {"Q1", "How likely are you to recommend us?", "QID1", {}, {}},
        {"Q1_NPS_GROUP", "How likely are you to recommend us? - Group", "QID1_NPS_GROUP", {}, {}},
        {"Q2", "How satisfied are you?", "QID2", {}, {}}};
    const ColumnMapping mapping = mapColumns(layout);
    CHECK(mapping.columnOf(Field::Nps) == 0u);
    CHECK(mapping.columnOf(Field::Csat) == 2u);
    CHECK_FALSE(mapping.fields[1]);
}

TEST_CASE("mapColumns applies COLUMN=FIELD overrides", "[columnmapping]")
{
    SurveyLayout layout = layoutOf({"id", "NPS", "Q5", "Score"});
    layout.columns[2].question = "Anything else?";
    layout.columns[2].importId = "QID5";

    ColumnMapping mapping = mapColumns(layout, {"score=nps", "QID5=comment", "#1=customer_id"});
    CHECK(mapping.columnOf(Field::Nps) == 3u); // taken from the column that had it by name
    CHECK_FALSE(mapping.fields[1]);
    CHECK(mapping.columnOf(Field::Comment) == 2u);
    CHECK(mapping.columnOf(Field::CustomerId) == 0u);

    mapping = mapColumns(layout, {"NPS = ignore", "Anything else?=COMMENT"});
    CHECK_FALSE(mapping.columnOf(Field::Nps));
    CHECK(mapping.columnOf(Field::Comment) == 2u);
}

TEST_CASE("mapColumns refuses overrides it cannot follow", "[columnmapping]")
{
    const SurveyLayout layout = layoutOf({"id", "NPS", "Q", "Q"});
    auto usageError = [&](std::vector<std::string> overrides) {
        try {
            mapColumns(layout, overrides);
        } catch (const ts::Error &error) {
            CHECK(error.kind() == ts::ErrorKind::Usage);
            return std::string(error.what());
        }
        FAIL("no error");
        return std::string();
    };
    CHECK_THAT(usageError({"NPS=promoters"}), Catch::Contains("unknown field \"promoters\""));
    CHECK_THAT(usageError({"Likelihood=nps"}),
               Catch::Contains("no column is named \"Likelihood\""));
    CHECK_THAT(usageError({"Q=csat"}), Catch::Contains("2 columns are named \"Q\""));
    CHECK_THAT(usageError({"#9=csat"}), Catch::Contains("there is no column #9"));
    CHECK_THAT(usageError({"nps"}), Catch::Contains("expected COLUMN=FIELD"));
    CHECK_THAT(usageError({"#3=csat", "#4=csat"}),
               Catch::Contains("field csat is already mapped from column \"Q\""));
}

TEST_CASE("mapColumns reads the sampled values before it trusts the wording", "[columnmapping]")
{
    const SurveyLayout layout
        = layoutOf({"How likely are you to recommend us?", "Would you recommend us?"});
    // Without values (the app's preview of the header) the first equal claim is kept.
    ColumnMapping mapping = mapColumns(layout);
    CHECK(mapping.columnOf(Field::Nps) == 0u);
    CHECK_THAT(mapping.reasons[1], Catch::Contains("no values to tell them apart"));

    auto valuesOf = [&](std::vector<std::vector<std::string_view>> rows) {
        std::vector<ColumnValues> values(layout.columns.size());
        for (const auto &row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c)
                values[c].add(row[c], layout.columns[c]);
        }
        return values;
    };
    // Yes/no values cannot be nps: the 0-10 column takes it whichever comes first.
    mapping = mapColumns(layout, {}, valuesOf({{"9", "Yes"}, {"3", "No"}, {"10", "yes"}}));
    CHECK(mapping.columnOf(Field::Nps) == 0u);
    CHECK(mapping.reasons[1] == "yes/no values, not 0-10 scores");
    mapping = mapColumns(layoutOf({"Would you recommend us?", "How likely are you to recommend?"}),
                         {}, valuesOf({{"Yes", "9"}, {"No", "3"}}));
    CHECK(mapping.columnOf(Field::Nps) == 1u);
    // Both 0-10: a question (neither column gets nps, nor does any lesser one), unless a --map
    // says which.
    const auto both = valuesOf({{"9", "8"}, {"3", "10"}});
    const auto asked = mapColumns(layout, {}, both);
    REQUIRE(asked.questions.size() == 1);
    CHECK(asked.questions.front().columns == std::vector<std::size_t> {0, 1});
    CHECK_THAT(asked.questions.front().message,
               Catch::Contains("name nps equally well")
                   && Catch::Contains("--map \"Would you recommend us?=nps\""));
    CHECK_FALSE(asked.columnOf(Field::Nps));
    CHECK(asked.reasons[0] == "nps (as well as another column): to choose");
    CHECK(mapColumns(layout, {"#2=nps"}, both).columnOf(Field::Nps) == 1u);
    CHECK(mapColumns(layout, {"#2=ignore"}, both).columnOf(Field::Nps) == 0u);
    // Numbers out of range are kept for the rows to report, not passed over.
    CHECK(mapColumns(layoutOf({"NPS"}), {}, {[] {
                         ColumnValues v;
                         v.add("11", {});
                         v.add("12", {});
                         return v;
                     }()})
              .columnOf(Field::Nps)
          == 0u);
}
