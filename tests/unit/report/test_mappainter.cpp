#include "guiapp.h"
#include "interchange/demo.h"
#include "report/mappainter.h"
#include "samplemap.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

// Every link starts at its source card, ends at its target card and runs under no other card.
void checkLinks(const Workspace &w, const MapLayout &layout)
{
    for (const auto &link : w.cardLinks) {
        const auto *from = layout.card(link.fromCardId);
        const auto *to = layout.card(link.toCardId);
        if (!from || !to)
            continue;
        const QPainterPath path = MapPainter::linkPath(layout, *from, *to);
        CHECK(from->rect.adjusted(-1, -1, 1, 1).contains(path.pointAtPercent(0)));
        CHECK(to->rect.adjusted(-1, -1, 1, 1).contains(path.pointAtPercent(1)));
        for (const auto &box : layout.cards())
            if (&box != from && &box != to)
                for (int i = 1; i < 50; ++i)
                    CHECK_FALSE(box.rect.contains(path.pointAtPercent(i / 50.0)));
    }
}

} // namespace

TEST_CASE("map painter: the emotion curve goes through every point and never overshoots",
          "[report][painter]")
{
    const std::vector<QPointF> points = {{0, 50}, {100, 10}, {200, 90}, {300, 90}, {400, 30}};
    const QPainterPath curve = MapPainter::smoothCurve(points);
    for (const auto &p : points) {
        double nearest = 1e9;
        for (int i = 0; i <= 400; ++i)
            nearest = std::min(nearest, QLineF(curve.pointAtPercent(i / 400.0), p).length());
        CHECK(nearest < 1.0);
    }
    const QRectF box = curve.boundingRect();
    CHECK(box.top() >= 10 - 0.01);
    CHECK(box.bottom() <= 90 + 0.01);
    CHECK(MapPainter::smoothCurve({}).isEmpty());
    CHECK(MapPainter::smoothCurve({{5, 5}}).elementCount() == 1);
}

TEST_CASE("map painter: links run from card to card and not under other cards", "[report][painter]")
{
    test::ensureGuiApp();
    const auto sample = test::sampleWorkspace();
    REQUIRE_FALSE(sample.cardLinks.empty());
    const auto demo = interchange::demoWorkspace();
    const MapStyle styles[] = {MapStyle::screen(), MapStyle::workshopMode()};
    for (const auto *w : {&sample, &demo})
        for (const auto &map : w->maps)
            for (const auto &style : styles)
                checkLinks(*w, MapLayout::compute(*w, map.id, style));
}

TEST_CASE("map painter: only what is visible is painted", "[report][painter]")
{
    test::ensureGuiApp();
    const auto w = test::sampleWorkspace();
    const auto style = MapStyle::screen();
    const auto layout = MapLayout::compute(w, 1, style);
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(-layout.stages()[2].column.left(), -layout.lanes()[3].row.top());
    CHECK(MapPainter::visibleArea(p).left() == Approx(layout.stages()[2].column.left()));
    CHECK(MapPainter::visibleArea(p).width() == Approx(400));
    MapPainter::paint(p, w, 1, layout, style);
    p.end();
    CHECK(image.pixel(200, 150) != qRgb(255, 255, 255));
}
