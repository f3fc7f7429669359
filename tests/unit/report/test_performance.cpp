// Timings of the 500-card map (hidden: run with "[bench]"); the figures go to PERFORMANCE.md.
#include "guiapp.h"
#include "report/maplayout.h"
#include "report/mappainter.h"
#include "samplemap.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace ts;
using namespace ts::report;

namespace {

template<typename F> double bestMs(int runs, F &&f)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

TEST_CASE("bench: lay out and paint a 500-card map", "[.][bench]")
{
    test::ensureGuiApp();
    const auto w = test::largeWorkspace(500);
    const auto style = MapStyle::screen();
    QElapsedTimer cold;
    cold.start();
    auto layout = MapLayout::compute(w, 1, style);
    const double first = cold.nsecsElapsed() / 1e6;
    const double warm = bestMs(10, [&] { layout = MapLayout::compute(w, 1, style); });
    QImage screen(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&](double scale, QPointF origin) {
        screen.fill(Qt::white);
        QPainter p(&screen);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.translate(-origin);
        MapPainter::paint(p, w, 1, layout, style);
    };
    const QRectF b = layout.bounds();
    const double fit = std::min(1920 / b.width(), 1080 / b.height());
    paint(1, {}); // warm the text cache, as the editor's first frame does
    const double atFit = bestMs(10, [&] { paint(fit, {}); });
    const double at100 = bestMs(10, [&] { paint(1, QPointF(0, b.height() / 3)); });
    const double at100All = bestMs(5, [&] { paint(std::min(1.0, 1920 / b.width()), {}); });
    const double at60 = bestMs(5, [&] { paint(0.6, {}); });
    const double at40 = bestMs(5, [&] { paint(0.4, {}); });
    std::printf("paint 1920x1080 at 60 %% zoom %.1f ms, at 40 %% %.1f ms (text still drawn)\n",
                at60, at40);
    QImage whole(b.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    const double all = bestMs(5, [&] {
        whole.fill(Qt::white);
        QPainter p(&whole);
        p.setRenderHint(QPainter::Antialiasing);
        MapPainter::paint(p, w, 1, layout, style);
    });
    const double cardsOnly = bestMs(5, [&] {
        QPainter p(&whole);
        p.setRenderHint(QPainter::Antialiasing);
        MapPainter::paintCards(p, w, layout, style);
    });
    std::printf(
        "every card at 100 %% (%dx%d image): whole map %.1f ms, the 500 cards alone %.1f ms\n",
        whole.width(), whole.height(), all, cardsOnly);
    std::printf("500 cards, %.0fx%.0f scene: layout first %.1f ms, again %.1f ms; paint 1920x1080 "
                "fit (scale %.2f) %.1f ms, 100 %% %.1f ms, full width %.1f ms\n",
                b.width(), b.height(), first, warm, fit, atFit, at100, at100All);
    CHECK(layout.cards().size() == 500);
    const double links = bestMs(5, [&] {
        QPainter p(&screen);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(fit, fit);
        MapPainter::paintLinks(p, w, layout, style);
    });
    std::printf("%zu links routed and painted: %.1f ms\n", w.cardLinks.size(), links);
}
