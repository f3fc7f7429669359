#include "guiapp.h"
#include "pdftools.h"
#include "report/mapfigures.h"
#include "report/maplayout.h"
#include "report/maprender.h"
#include "report/pdfreport.h"
#include "report/reportmetrics.h"
#include "samplemap.h"
#include "support/tempdir.h"
#include "surveysample.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

Id cardTitled(const Workspace &w, const std::string &title)
{
    for (const auto &c : w.cards)
        if (c.title == title)
            return c.id;
    FAIL("no card titled " << title);
    return 0;
}

double laneHeight(const MapLayout &layout, LaneKind kind)
{
    for (const auto &row : layout.lanes())
        if (row.kind == kind)
            return row.row.height();
    return 0;
}

} // namespace

TEST_CASE("map figures: a touchpoint card that responses name gets a badge, the others none",
          "[report][figures]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    // Matched like stages: trimmed and whatever the case.
    test::addResponses(w, "Consideration", "  online CONFIGURATOR ");
    const Id rated = cardTitled(w, "Online configurator");
    const Id unrated = cardTitled(w, "Test-drive booking by phone");
    const auto figures = mapFigures(w, 1, surveyTableOf(w.responses));
    REQUIRE(figures.cards.size() == 1);
    const auto &label = figures.cards.at(rated);
    CHECK(label.text == QStringLiteral("NPS +25 · n 40"));
    CHECK(label.details.contains(QStringLiteral("Touchpoint Online configurator")));
    CHECK(label.details.contains(QStringLiteral("NPS +25 (95% CI ")));
    CHECK(label.status == FigureStatus::None); // no targets yet
    REQUIRE(figures.stages.size() == 1);
    CHECK(figures.stages.begin()->first == 2); // Consideration

    const auto style = MapStyle::screen();
    const auto plain = MapLayout::compute(w, 1, style);
    const auto layout = MapLayout::compute(w, 1, style, figures);
    const auto *box = layout.card(rated);
    REQUIRE(box);
    REQUIRE_FALSE(box->figures.isNull());
    CHECK(box->figures.top() >= box->rect.bottom());
    CHECK(box->figures.height() >= style.cardFiguresHeight() - 2);
    CHECK(layout.card(unrated)->figures.isNull());
    // The room is reserved: the next card of the cell moves down below the badge, the metrics
    // lane grows for the stage's strip, and no badge touches another card.
    const auto *next = layout.card(unrated);
    CHECK(next->stageId == box->stageId);
    CHECK(next->rect.top() >= box->figures.bottom() + style.gap - 0.5);
    CHECK(next->rect.top() > plain.card(unrated)->rect.top());
    CHECK(laneHeight(layout, LaneKind::Metrics) > laneHeight(plain, LaneKind::Metrics));
    CHECK(layout.bounds().height() > plain.bounds().height());
    for (const auto &other : layout.cards())
        CHECK_FALSE(other.rect.intersects(box->figures));
    const QRectF strip = layout.stageFiguresRect(2);
    CHECK_FALSE(strip.isNull());
    CHECK(layout.stageFiguresRect(1).isNull());
    for (const auto &other : layout.cards())
        CHECK_FALSE(other.rect.intersects(strip));

    const QByteArray svg = renderMapSvgData(w, 1, style, figures);
    CHECK(svg.contains("NPS +25 · n 40"));
    CHECK_FALSE(renderMapSvgData(w, 1).contains("NPS +25"));
    CHECK(mapImageSize(w, 1, 96, style, figures).height() > mapImageSize(w, 1, 96, style).height());
}

TEST_CASE("map figures: a badge takes the colour of its worst figure against the targets",
          "[report][figures]")
{
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Consideration", "Online configurator");
    const Id rated = cardTitled(w, "Online configurator");
    MetricTarget overall;
    overall.id = 1;
    overall.metric = "nps";
    overall.target = 10;
    w.metricTargets.push_back(overall);
    auto status = [&] {
        return mapFigures(w, 1, surveyTableOf(w.responses)).cards.at(rated).status;
    };
    CHECK(status() == FigureStatus::OnTarget);
    // The card's stage has its own target, which wins over the overall one.
    MetricTarget stage = overall;
    stage.id = 2;
    stage.scope = "consideration";
    stage.target = 90;
    w.metricTargets.push_back(stage);
    CHECK(status() == FigureStatus::OffTarget);
    w.metricTargets.back().benchmark = 20;
    CHECK(status() == FigureStatus::NearTarget);
    const auto label = mapFigures(w, 1, surveyTableOf(w.responses)).cards.at(rated);
    CHECK(label.details.contains(QStringLiteral("NPS target 90: not met")));
}

TEST_CASE("map figures: none without responses", "[report][figures]")
{
    test::ensureGuiApp(); // the layout measures text
    const auto w = test::sampleWorkspace();
    CHECK(mapFigures(w, 1, surveyTableOf(w.responses)).empty());
    const auto style = MapStyle::screen();
    CHECK(MapLayout::compute(w, 1, style, {}).bounds() == MapLayout::compute(w, 1, style).bounds());
}

TEST_CASE("map figures: the PDF's map pages show them as the editor does", "[report][figures][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Purchase", "Showroom visit");
    ReportOptions options;
    options.sections = {ReportSection::Maps};
    const PdfReport report(w, options);
    const auto pdf = dir.file("maps.pdf");
    REQUIRE(report.writeFile(QString::fromStdString(pdf)));
    const std::string text = test::squeezed(test::pdfText(pdf));
    // At the foot of the Purchase stage and under the Showroom visit card.
    const std::string label = "NPS +25 · n 40";
    std::size_t count = 0;
    for (auto at = text.find(label); at != std::string::npos; at = text.find(label, at + 1))
        ++count;
    CHECK(count == 2);
}
