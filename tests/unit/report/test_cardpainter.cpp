#include "guiapp.h"
#include "report/cardpainter.h"
#include "report/textblock.h"
#include "samplemap.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

Card card(CardKind kind, const std::string &title)
{
    Card c;
    c.id = 1;
    c.kind = kind;
    c.title = title;
    return c;
}

// Pixels that differ from white outside `rect` grown by `margin`.
int paintedOutside(const QImage &image, const QRect &rect, int margin)
{
    int count = 0;
    const QRect allowed = rect.adjusted(-margin, -margin, margin, margin);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!allowed.contains(x, y) && image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
    return count;
}

} // namespace

TEST_CASE("card: height grows with the title and the badges", "[report][card]")
{
    test::ensureGuiApp();
    const auto style = MapStyle::screen();
    const double oneLine = CardPainter::heightFor(card(CardKind::Action, "Short"), {}, style);
    CHECK(oneLine >= style.minCardHeight);
    const double long_ = CardPainter::heightFor(
        card(CardKind::Action,
             "A much longer title that certainly needs three or four lines on a card "
             "that is only one hundred and eighty units wide"),
        {}, style);
    CHECK(long_ > oneLine + 20);
    auto pain = card(CardKind::PainPoint, "Short");
    pain.severity = Severity::Critical;
    pain.frequency = Frequency::Constant;
    CHECK(CardPainter::heightFor(pain, {}, style) > oneLine);
    auto tp = card(CardKind::Touchpoint, "Short");
    tp.channel = "in_person";
    tp.online = false;
    tp.currentScore = 4.5;
    tp.targetScore = 8;
    const double withOwner = CardPainter::heightFor(
        tp, {QStringLiteral("Customer Service and Claims Handling")}, style);
    CHECK(withOwner > CardPainter::heightFor(tp, {}, style) - 0.1);
    // A wider card needs fewer lines.
    const auto wide
        = card(CardKind::Thought, "one two three four five six seven eight nine ten eleven twelve");
    CHECK(CardPainter::heightFor(wide, {}, style, 400)
          < CardPainter::heightFor(wide, {}, style, 120));
}

TEST_CASE("card: wrapped text never runs wider than the card", "[report][card]")
{
    test::ensureGuiApp();
    const auto style = MapStyle::screen();
    const QFont font = style.font(MapStyle::FontRole::CardTitle);
    const auto word = TextBlock::wrapped(
        QStringLiteral("https://example.com/a/very/long/unbroken/address/that/never/ends"), font,
        150);
    CHECK(word->width() <= 150.5);
    CHECK(word->lineCount() >= 2);
    const auto lines = TextBlock::wrapped(QStringLiteral("first\nsecond\n\nfourth\n"), font, 150);
    CHECK(lines->lineCount() == 4);
    CHECK(TextBlock::wrapped(QString(), font, 150)->height() == 0);
    // The cache hands back the same block for the same text and font.
    CHECK(TextBlock::wrapped(QStringLiteral("same"), font, 150)
          == TextBlock::wrapped(QStringLiteral("same"), font, 150));
}

TEST_CASE("card: paints inside its rectangle, for every kind", "[report][card]")
{
    test::ensureGuiApp();
    const auto style = MapStyle::screen();
    for (auto kind : allOf<CardKind>()) {
        INFO(toString(kind));
        auto c = card(kind, "<b>Not bold</b> & a title long enough to wrap onto a second line");
        c.channel = "web";
        c.online = true;
        c.currentScore = 6;
        c.targetScore = 8;
        c.severity = Severity::High;
        c.dimension = Dimension::People;
        const CardContext ctx {QStringLiteral("Digital")};
        const double h = CardPainter::heightFor(c, ctx, style);
        QImage image(260, int(h) + 60, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QRect rect(40, 30, int(style.cardWidth), int(std::ceil(h)));
        {
            QPainter p(&image);
            CardPainter::paint(p, c, rect, ctx, style, true);
        }
        CHECK(paintedOutside(image, rect, 5) == 0);
        CHECK(image.pixel(rect.center()) != qRgb(255, 255, 255));
    }
}
