// The PDF strategy report, read back with poppler-utils: text, page count, pages, splits.
#include "alignment/gapregistry.h"
#include "guiapp.h"
#include "interchange/demo.h"
#include "pdftools.h"
#include "report/pdfreport.h"
#include "samplemap.h"
#include "support/tempdir.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace ts;
using namespace ts::report;
using ts::test::squeezed;

namespace {

const Workspace &demo()
{
    static const Workspace w = interchange::demoWorkspace();
    return w;
}

std::string written(const PdfReport &report, const test::TempDir &dir,
                    const std::string &name = "report.pdf")
{
    const auto path = dir.file(name);
    REQUIRE(report.writeFile(QString::fromStdString(path)));
    return path;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(squeezed(part)) != std::string::npos;
}

} // namespace

TEST_CASE("pdf report of the demo: every section, initiative and stage is searchable text",
          "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    const PdfReport report(demo());
    const auto pdf = written(report, dir);
    const std::string text = squeezed(test::pdfText(pdf));
    for (auto section : allReportSections()) {
        if (section == ReportSection::Title)
            continue;
        INFO(sectionTitle(section).toStdString());
        CHECK(contains(text, sectionTitle(section).toStdString()));
        CHECK(report.pageOf(section) > 0);
    }
    for (const auto &i : demo().initiatives) {
        INFO(i.title);
        CHECK(contains(text, i.title));
    }
    for (const auto &s : demo().stages) {
        INFO(s.name);
        CHECK(contains(text, s.name));
    }
    CHECK(contains(text, demo().canvas.organisation));
    CHECK(contains(text, demo().canvas.cxVision));
    for (const auto &m : demo().maps)
        CHECK(contains(text, m.name));
}

TEST_CASE("pdf report of the demo: as many pages as laid out, none blank, maps landscape",
          "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    const PdfReport report(demo());
    const auto pdf = written(report, dir);
    REQUIRE(report.pageCount() > 10);
    CHECK(test::pdfPageCount(pdf) == report.pageCount());
    // Between header and footer every page carries content.
    const auto ink = test::pdfInkShares(pdf, 30, 0.1, 0.9);
    REQUIRE(int(ink.size()) == report.pageCount());
    for (std::size_t i = 0; i < ink.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(ink[i] > 0.01);
    }
    const QSizeF portrait = test::pdfPageSize(pdf, report.pageOf(ReportSection::Canvas));
    CHECK(std::abs(portrait.width() - 595) < 1);
    CHECK(std::abs(portrait.height() - 842) < 1);
    for (auto page : {report.pageOf(ReportSection::Maps), report.pageOf(ReportSection::Roadmap)}) {
        INFO("page " << page);
        CHECK(report.isLandscape(page));
        CHECK(test::pdfPageSize(pdf, page).width() > test::pdfPageSize(pdf, page).height());
    }
    // The contents list each section with the page it starts on.
    const std::string contents = squeezed(test::pdfText(pdf, report.pageOf(ReportSection::Contents),
                                                        report.pageOf(ReportSection::Contents)));
    CHECK(contains(contents,
                   sectionTitle(ReportSection::Roadmap).toStdString() + " "
                       + std::to_string(report.pageOf(ReportSection::Roadmap))));
    // Every page but the title says where it is.
    CHECK(contains(test::pdfText(pdf, 3, 3), "Page 3 of " + std::to_string(report.pageCount())));
}

TEST_CASE("pdf report: Letter and A3, a choice of sections", "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    ReportOptions options;
    options.pageSize = QPageSize::Letter;
    options.sections = {ReportSection::Title, ReportSection::Roadmap};
    options.author = "Avery Consultant";
    const PdfReport letter(demo(), options);
    const auto pdf = written(letter, dir, "letter.pdf");
    CHECK(test::pdfPageCount(pdf) == letter.pageCount());
    CHECK(test::pdfPageSize(pdf, 1) == QSizeF(612, 792));
    CHECK(letter.pageOf(ReportSection::Maps) == 0);
    const std::string text = squeezed(test::pdfText(pdf));
    CHECK(contains(text, "Avery Consultant"));
    CHECK_FALSE(contains(text, sectionTitle(ReportSection::PainPoints).toStdString()));

    options.pageSize = QPageSize::A3;
    options.sections = allReportSections();
    const PdfReport a3(demo(), options);
    const auto big = written(a3, dir, "a3.pdf");
    CHECK(test::pdfPageCount(big) == a3.pageCount());
    CHECK(test::pdfPageSize(big, 1) == QSizeF(842, 1191));
    // Bigger pages, fewer of them.
    CHECK(a3.pageCount() < PdfReport(demo()).pageCount());
}

TEST_CASE("pdf report: a map too wide for a page is split by stages, lane names on every page",
          "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    const Workspace wide = test::largeWorkspace(120, 16);
    ReportOptions options;
    options.sections = {ReportSection::Maps};
    const PdfReport report(wide, options);
    const int pages = report.pageCount();
    REQUIRE(pages >= 2);
    const auto pdf = written(report, dir);
    REQUIRE(test::pdfPageCount(pdf) == pages);
    std::string all;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(report.isLandscape(page));
        const std::string text = squeezed(test::pdfText(pdf, page, page));
        all += text;
        // Each page shows some lanes, each with its name; a page of the first lanes starts
        // with the stage headers of its own part only.
        int lanes = 0;
        for (const auto &l : wide.lanes)
            lanes += contains(text, l.title) ? 1 : 0;
        CHECK(lanes >= 1);
    }
    for (const auto &s : wide.stages) {
        INFO(s.name);
        CHECK(contains(all, s.name));
    }
    // Every lane's name is on as many pages as there are groups of stages.
    const std::string first = squeezed(test::pdfText(pdf, 1, 1));
    CHECK(contains(first, wide.stages.front().name));
    CHECK_FALSE(contains(first, wide.stages.back().name));
}

TEST_CASE("pdf report: a small map fits one page, a long register repeats its header row",
          "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    ReportOptions options;
    options.sections = {ReportSection::Maps};
    {
        const Workspace small = test::largeWorkspace(10, 3);
        const PdfReport report(small, options);
        CHECK(report.pageCount() == 1);
        const std::string text = squeezed(test::pdfText(written(report, dir, "small.pdf")));
        for (const auto &s : small.stages)
            CHECK(contains(text, s.name));
        for (const auto &l : small.lanes)
            CHECK(contains(text, l.title));
    }
    Workspace w = test::sampleWorkspace();
    Id stage = 0, lane = 0;
    for (const auto &s : w.stages)
        stage = s.id;
    for (const auto &l : w.lanes)
        if (l.kind == LaneKind::PainPoints)
            lane = l.id;
    for (int i = 0; i < 90; ++i) {
        auto &c = test::addCard(w, stage, lane, CardKind::PainPoint,
                                "Pain point number " + std::to_string(i));
        c.severity = Severity(1 + i % 4);
        c.evidence
            = "\"A long quote from a customer that goes on for a while about what went wrong\"";
    }
    options.sections = {ReportSection::PainPoints};
    const PdfReport report(w, options);
    REQUIRE(report.pageCount() >= 3);
    const auto pdf = written(report, dir);
    for (int page = 1; page <= report.pageCount(); ++page) {
        INFO("page " << page);
        const std::string text = squeezed(test::pdfText(pdf, page, page));
        CHECK(contains(text, "Addressed by"));
        CHECK(contains(text, "Evidence"));
    }
    const std::string all = squeezed(test::pdfText(pdf));
    for (int i = 0; i < 90; ++i)
        CHECK(contains(all, "Pain point number " + std::to_string(i)));
}

TEST_CASE("pdf report: progress per page, cancelling leaves nothing", "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    ReportOptions options;
    options.sections = {ReportSection::Title, ReportSection::Contents, ReportSection::Vision};
    const PdfReport report(demo(), options);
    std::vector<std::pair<int, int>> calls;
    const auto path = QString::fromStdString(dir.file("report.pdf"));
    CHECK(report.writeFile(path, [&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    }));
    REQUIRE(int(calls.size()) == report.pageCount());
    CHECK(calls.back() == std::make_pair(report.pageCount(), report.pageCount()));
    QFile::remove(path);
    CHECK_FALSE(report.writeFile(path, [](int done, int) { return done < 2; }));
    CHECK_FALSE(QFile::exists(path));
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("pdf report: an empty workspace shows its gaps; a cell taller than a page goes on",
          "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    const Workspace empty;
    const PdfReport blank(empty);
    const auto pdf = written(blank, dir, "empty.pdf");
    CHECK(test::pdfPageCount(pdf) == blank.pageCount());
    const std::string text = squeezed(test::pdfText(pdf));
    CHECK(contains(text, "Missing: no CX vision."));
    CHECK(contains(text, "no journey maps"));
    for (double share : test::pdfInkShares(pdf, 30, 0.1, 0.9))
        CHECK(share > 0.003);

    Workspace w = test::sampleWorkspace();
    std::string title;
    for (int i = 0; i < 700; ++i)
        title += "word" + std::to_string(i) + " ";
    Id stage = w.stages.front().id, lane = 0;
    for (const auto &l : w.lanes)
        if (l.kind == LaneKind::PainPoints)
            lane = l.id;
    test::addCard(w, stage, lane, CardKind::PainPoint, title).severity = Severity::Critical;
    ReportOptions options;
    options.sections = {ReportSection::PainPoints};
    const PdfReport report(w, options);
    REQUIRE(report.pageCount() >= 2);
    const std::string all = squeezed(test::pdfText(written(report, dir)));
    CHECK(contains(all, "word0 word1 word2"));
    CHECK(contains(all, "word698 word699"));
}

TEST_CASE("pdf report: alignment gaps carry their review status", "[report][pdf]")
{
    test::ensureGuiApp();
    test::TempDir dir;
    Workspace w = demo();
    REQUIRE(w.authors.size() >= 2);
    const auto findings = alignment::GapRegistry::builtIn().findings(w);
    REQUIRE(findings.size() >= 2);
    GapReview review;
    review.id = 1;
    review.uid = newUid();
    review.ruleId = findings[1].ruleId;
    review.objectUid = findings[1].objectUid;
    review.status = ReviewStatus::InProgress;
    review.assigneeId = w.authors[0].id;
    review.reason = "Agreed with the sales director in the May workshop";
    review.updatedById = w.authors[1].id;
    review.updatedAt = "2026-05-12T10:00:00Z";
    w.reviews.push_back(review);
    ReportOptions options;
    options.sections = {ReportSection::Gaps};
    const PdfReport report(w, options);
    const std::string text = squeezed(test::pdfText(written(report, dir)));
    CHECK(contains(text, "In progress"));
    CHECK(contains(text, "assigned to " + w.authors[0].name));
    CHECK(contains(text, "Agreed with the sales director in the May workshop"));
    CHECK(contains(text, "by " + w.authors[1].name + ", 2026-05-12"));
    CHECK(contains(text, findings[0].title));
}
