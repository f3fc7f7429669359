// The purpose canvas (the chain of blocks, missing links drawn as gaps) and the CX vision,
// principles, behaviours and goals.
#include "core/workspace.h"
#include "report/reportsections.h"
#include "report/tablepainter.h"

#include <QPainter>
#include <QPainterPath>
#include <memory>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool blank(const std::string &s)
{
    return QString::fromStdString(s).trimmed().isEmpty();
}

// One block of the chain: a label and paragraphs (items of a list get a bullet each).
struct Block
{
    QRectF rect; // x and width; y and height are set when the row is placed
    std::shared_ptr<TextLines> label;
    std::vector<std::shared_ptr<TextLines>> paragraphs;
    bool bullets = false;
    bool missing = false;

    static constexpr double pad = 9;
    static constexpr double bulletIndent = 10;

    double height() const
    {
        double h = 2 * pad + label->height() + 3;
        for (const auto &p : paragraphs)
            h += p->height() + 2;
        return std::ceil(h - 2);
    }
};

Block makeBlock(const ReportStyle &style, const QString &label, const QStringList &texts,
                bool bullets, double x, double width, const QString &missingText)
{
    Block block;
    block.rect = QRectF(x, 0, width, 0);
    block.bullets = bullets;
    QStringList present;
    for (const auto &t : texts)
        if (!t.trimmed().isEmpty())
            present << t;
    block.missing = present.isEmpty();
    block.label = std::make_shared<TextLines>(wrapText(label.toUpper(), style.font(7, QFont::Bold),
                                                       width - 2 * Block::pad,
                                                       block.missing ? style.gap : style.accent));
    const double textWidth = width - 2 * Block::pad - (bullets ? Block::bulletIndent : 0);
    if (block.missing)
        block.paragraphs.push_back(std::make_shared<TextLines>(wrapText(
            missingText, style.font(8, QFont::Normal, true), width - 2 * Block::pad, style.gap)));
    for (const auto &t : present)
        block.paragraphs.push_back(
            std::make_shared<TextLines>(wrapText(t, style.font(8), textWidth, style.ink, 1.22)));
    return block;
}

void paintBlock(QPainter &p, const Block &block, const ReportStyle &style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen border(block.missing ? style.gap : style.accent, block.missing ? 1.0 : 0.7);
    if (block.missing)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.setBrush(block.missing ? QColor(0xfd, 0xf3, 0xf2) : QColor(0xf6, 0xf8, 0xfb));
    p.drawRoundedRect(block.rect, 3, 3);
    double y = block.rect.top() + Block::pad;
    const double x = block.rect.left() + Block::pad;
    drawLines(p, *block.label, QPointF(x, y));
    y += block.label->height() + 3;
    for (const auto &para : block.paragraphs) {
        if (block.bullets && !block.missing) {
            p.setPen(Qt::NoPen);
            p.setBrush(style.accent);
            p.drawEllipse(QPointF(x + 2.5, y + para->lineHeight / 2), 1.5, 1.5);
            drawLines(p, *para, QPointF(x + Block::bulletIndent, y));
        } else {
            drawLines(p, *para, QPointF(x, y));
        }
        y += para->height() + 2;
    }
    p.restore();
}

void arrow(QPainter &p, QPointF from, QPointF to, const QColor &color, bool dashed = false)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    QPainterPath path(from);
    if (std::abs(from.x() - to.x()) < 0.5 || std::abs(from.y() - to.y()) < 0.5) {
        path.lineTo(to);
    } else { // an elbow: down, across, down
        const double mid = (from.y() + to.y()) / 2;
        path.lineTo(from.x(), mid);
        path.lineTo(to.x(), mid);
        path.lineTo(to);
    }
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const QPointF dir
        = to.y() > from.y() + 0.5 ? QPointF(0, 1) : QPointF(to.x() > from.x() ? 1 : -1, 0);
    const QPointF side(-dir.y(), dir.x());
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF {to, to - dir * 5 + side * 3, to - dir * 5 - side * 3});
    p.restore();
}

} // namespace

void addCanvas(ReportContext &ctx)
{
    const auto &c = ctx.w.canvas;
    auto &b = ctx.b;
    const auto &style = b.style();
    beginSection(ctx, ReportSection::Canvas, QPageLayout::Portrait,
                 QStringLiteral("Why the business exists and what experience it means to give, as "
                                "one chain: every link should follow from the one above it."));
    const QRectF body = b.body();
    const double half = (body.width() - 18) / 2;
    const double right = body.left() + half + 18;
    auto full = [&](const QString &label, const QStringList &texts, bool bullets,
                    const QString &missing) {
        return makeBlock(style, label, texts, bullets, body.left(), body.width(), missing);
    };
    std::vector<std::vector<Block>> rows;
    rows.push_back({full(QStringLiteral("Business purpose"), {q(c.businessPurpose)}, false,
                         QStringLiteral("Missing: why the business exists is not written down."))});
    rows.push_back(
        {makeBlock(style, QStringLiteral("Business strategy"), {q(c.businessStrategy)}, false,
                   body.left(), half, QStringLiteral("Missing: no business strategy.")),
         makeBlock(style, QStringLiteral("Customer strategy"), {q(c.customerStrategy)}, false,
                   right, half, QStringLiteral("Missing: no customer strategy."))});
    rows.push_back(
        {makeBlock(style, QStringLiteral("CX vision"), {q(c.cxVision)}, false, body.left(), half,
                   QStringLiteral("Missing: no CX vision.")),
         makeBlock(style, QStringLiteral("Brand promise"), {q(c.brandPromise)}, false, right, half,
                   QStringLiteral("Missing: no brand promise to tie the vision to."))});
    QStringList principles, behaviours;
    for (const auto &s : c.cxPrinciples)
        principles << q(s);
    for (const auto &s : c.employeeBehaviours)
        behaviours << q(s);
    rows.push_back(
        {full(QStringLiteral("CX principles"), principles, true,
              QStringLiteral("Missing: no principles turn the vision into everyday choices."))});
    rows.push_back(
        {full(QStringLiteral("Required employee behaviours"), behaviours, true,
              QStringLiteral("Missing: no behaviours say what employees do differently."))});
    rows.push_back(
        {full(QStringLiteral("Employee experience"), {q(c.employeeExperience)}, false,
              QStringLiteral("Missing: nothing says how employees are enabled to deliver."))});

    const double gapY = 18;
    std::vector<Block> previous;
    bool anyMissing = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto &row = rows[r];
        double height = 0;
        for (const auto &block : row) {
            height = std::max(height, block.height());
            anyMissing = anyMissing || block.missing;
        }
        // A row that does not fit goes to the next page, where the arrow into it is left out.
        const double before = previous.empty() ? 0 : gapY;
        const bool samePage = b.atTop() || b.remaining() >= before + height;
        if (!samePage)
            b.continuePage();
        else if (!b.atTop())
            b.advance(before);
        const bool linked = samePage && !previous.empty();
        for (auto &block : row)
            block.rect = QRectF(block.rect.left(), b.y(), block.rect.width(), height);
        const bool tied = c.visionTiedToBrand && !blank(c.cxVision) && !blank(c.brandPromise);
        b.paint(
            [row, prev = linked ? previous : std::vector<Block>(), r, tied, &style](QPainter &p) {
                auto bottomOf = [](const QRectF &rect, double x) {
                    return QPointF(x, rect.bottom());
                };
                auto topOf = [](const QRectF &rect, double x) {
                    return QPointF(x, rect.top());
                };
                if (!prev.empty()) {
                    const QRectF &first = prev.front().rect;
                    if (r == 1) { // the purpose feeds both strategies
                        for (const auto &to : row)
                            arrow(p, bottomOf(first, first.center().x()),
                                  topOf(to.rect, to.rect.center().x()), style.accent);
                    } else if (r == 2) { // both strategies feed the vision
                        const QRectF &vision = row.front().rect;
                        arrow(p, bottomOf(first, first.center().x()),
                              topOf(vision, vision.center().x()), style.accent);
                        if (prev.size() > 1)
                            arrow(p, bottomOf(prev[1].rect, prev[1].rect.center().x()),
                                  topOf(vision, vision.center().x() + 24), style.accent);
                    } else { // straight down from the block above (the vision, not the promise)
                        arrow(p, bottomOf(first, first.center().x()),
                              topOf(row.front().rect, first.center().x()), style.accent);
                    }
                }
                for (const auto &block : row)
                    paintBlock(p, block, style);
                if (r == 2 && row.size() == 2) // vision -> brand promise: tied or a gap
                    arrow(p, QPointF(row[0].rect.right(), row[0].rect.center().y()),
                          QPointF(row[1].rect.left(), row[1].rect.center().y()),
                          tied ? style.accent : style.gap, !tied);
            });
        b.advance(height);
        previous = row;
    }
    b.advance(14);
    QString note = QStringLiteral("Arrows show what each link follows from.");
    if (anyMissing || !c.visionTiedToBrand)
        note += QStringLiteral(
            " Dashed red blocks and links are missing: each is an alignment gap.");
    addParagraph(ctx, note, style.font(8, QFont::Normal, true), style.muted);
}

} // namespace ts::report
