#include "core/error.h"
#include "guiapp.h"
#include "interchange/demo.h"
#include "report/maplayout.h"
#include "report/maprender.h"
#include "samplemap.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

double nonWhiteShare(const QImage &image)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) != 0xffffff;
    }
    return double(count) / (double(image.width()) * image.height());
}

// The text content of every <text> element (with its tspans) of an SVG document.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

} // namespace

TEST_CASE("render: a PNG at the requested dpi with the map drawn on white", "[report][render]")
{
    test::ensureGuiApp();
    const auto w = test::sampleWorkspace();
    const auto style = MapStyle::screen();
    const QImage at96 = renderMapImage(w, 1, 96);
    const QImage at192 = renderMapImage(w, 1, 192);
    REQUIRE_FALSE(at96.isNull());
    const QSizeF expected = MapLayout::compute(w, 1, style).bounds().size()
        + QSizeF(2 * style.margin, 2 * style.margin);
    CHECK(std::abs(at96.width() - expected.width()) <= 1);
    CHECK(std::abs(at96.height() - expected.height()) <= 1);
    CHECK(std::abs(at192.width() - 2 * at96.width()) <= 2);
    CHECK(std::abs(at192.height() - 2 * at96.height()) <= 2);
    CHECK(at192.dotsPerMeterX() == Approx(192 / 0.0254).margin(1));
    CHECK(at96.size() == mapImageSize(w, 1, 96));
    const double share = nonWhiteShare(at96);
    CHECK(share > 0.2);
    CHECK(share < 0.95);
    CHECK(at96.pixel(0, 0) == qRgb(255, 255, 255)); // the margin stays white
    // The first stage header is painted in the stage's colour.
    const auto layout = MapLayout::compute(w, 1, style);
    const QPointF header = layout.stages()[0].header.topLeft() + QPointF(12, 8)
        + QPointF(style.margin, style.margin);
    CHECK(QColor(at96.pixel(header.toPoint()))
          == QColor(QString::fromStdString(w.stages[0].color)));
}

TEST_CASE("render: an SVG that keeps text as text and never reads it as markup", "[report][render]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    test::addCard(w, 1, 1, CardKind::Action, "<b>Not bold</b> & <script>x</script>");
    const QByteArray svg = renderMapSvgData(w, 1);
    QSvgRenderer renderer(svg);
    REQUIRE(renderer.isValid());
    CHECK(renderer.defaultSize().width() > 500);
    const QString all = svgTexts(svg).join(QString());
    QString compact = all;
    compact.remove(QLatin1Char(' '));
    for (const auto &stage : w.stages)
        CHECK(all.contains(QString::fromStdString(stage.name)));
    CHECK(all.contains(QStringLiteral("Finance office")));
    CHECK(all.contains(QStringLiteral("CRITICAL")));
    // Wrapped over lines, but literally what the user typed.
    CHECK(compact.contains(QStringLiteral("<b>Notbold</b>&<script>x</script>")));
    CHECK_FALSE(svg.contains("<b>"));
    CHECK_FALSE(svg.contains("<script>"));
}

TEST_CASE("render: a map name cannot make an element of the SVG (title escaped)",
          "[report][render][hostile]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    const std::string name = "Buying</title><script>alert(1)</script><title>& \"more\"";
    w.maps.front().name = name;
    const QByteArray svg = renderMapSvgData(w, 1);
    // Every element of the document, parsed: none that the name could have opened.
    QXmlStreamReader xml(svg);
    QStringList elements;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements << xml.name().toString();
        if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK_FALSE(elements.contains(QStringLiteral("script")));
    CHECK(elements.count(QStringLiteral("title")) == 1);
    CHECK(title == QString::fromStdString(name));
}

TEST_CASE("render: renderMapSvg writes the file, or throws naming it", "[report][render]")
{
    test::ensureGuiApp();
    const auto w = test::sampleWorkspace();
    test::TempDir dir;
    const QString path = QString::fromStdString(dir.file("map.svg"));
    renderMapSvg(w, 1, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QSvgRenderer(file.readAll()).isValid());
    const QString bad = QString::fromStdString(dir.file("no/such/folder/map.svg"));
    try {
        renderMapSvg(w, 1, bad);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Write);
        CHECK_THAT(e.what(), Catch::StartsWith(bad.toStdString()));
    }
}

// Writes the sample map for a human to look at (hidden: run with "[preview]").
TEST_CASE("render: preview images of the sample map", "[.][preview]")
{
    test::ensureGuiApp();
    const QString dir = qEnvironmentVariable("TOUCHSTONE_PREVIEW_DIR", QStringLiteral("."));
    const auto w = test::sampleWorkspace();
    const QImage image = renderMapImage(w, 1, 144);
    CHECK(image.save(dir + QStringLiteral("/sample-map.png")));
    image.copy(0, 0, 900, 650).save(dir + QStringLiteral("/sample-map-detail1.png"));
    image.copy(480, 850, 900, 650).save(dir + QStringLiteral("/sample-map-detail2.png"));
    CHECK(renderMapImage(w, 1, 96, MapStyle::workshopMode())
              .save(dir + QStringLiteral("/sample-map-workshop.png")));
    renderMapSvg(w, 1, dir + QStringLiteral("/sample-map.svg"));
    QSvgRenderer svg(renderMapSvgData(w, 1));
    QImage back(svg.defaultSize(), QImage::Format_RGB32);
    back.fill(Qt::white);
    QPainter p(&back);
    svg.render(&p);
    p.end();
    back.save(dir + QStringLiteral("/sample-map-svg.png"));
    const auto demo = interchange::demoWorkspace();
    if (!demo.maps.empty()) {
        const QImage first = renderMapImage(demo, demo.maps.front().id, 144);
        first.save(dir + QStringLiteral("/demo-map.png"));
        first.copy(first.width() / 3, first.height() * 55 / 100, 900, 650)
            .save(dir + QStringLiteral("/demo-map-detail.png"));
        first.copy(first.width() / 4, first.height() * 10 / 100, 900, 650)
            .save(dir + QStringLiteral("/demo-map-detail2.png"));
    }
    const std::string file = (dir + QStringLiteral("/sample.cxw")).toStdString();
    if (!QFile::exists(QString::fromStdString(file)))
        storage::WorkspaceFile::create(
            file, [&](storage::Database &db) { storage::storeWorkspace(db, w); });
}
