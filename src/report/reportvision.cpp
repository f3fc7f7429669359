// The CX vision and brand promise, the principles and behaviours, and the goals they serve.
#include "core/workspace.h"
#include "report/reportsections.h"
#include "report/tablepainter.h"

#include <QPainter>
#include <memory>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

void addLabel(ReportContext &ctx, const QString &text, double keep)
{
    auto &b = ctx.b;
    QFont font = b.style().font(7, QFont::Bold);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    const auto lines = std::make_shared<TextLines>(
        wrapText(text.toUpper(), font, b.body().width(), b.style().muted));
    b.ensure(lines->height() + keep);
    const QPointF at(b.body().left(), b.y());
    b.paint([lines, at](QPainter &p) { drawLines(p, *lines, at); });
    b.advance(lines->height() + 5);
}

// "Lead: the rest" -> a bold lead and the rest, when the lead is short enough to be one.
std::pair<QString, QString> splitLead(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon <= 80 && colon + 1 < text.size()) {
        QString rest = text.mid(colon + 1).trimmed();
        if (!rest.isEmpty())
            rest[0] = rest[0].toUpper();
        return {text.left(colon).trimmed(), rest};
    }
    return {text, QString()};
}

// A numbered list: the number large in a margin column, a bold lead and the text beside it.
void addNumberedList(ReportContext &ctx, const std::vector<std::string> &items, int leadSize)
{
    auto &b = ctx.b;
    const auto &style = b.style();
    const double indent = 34;
    const double width = b.body().width() - indent;
    int n = 0;
    for (const auto &item : items) {
        const QString text = q(item);
        if (text.isEmpty())
            continue;
        ++n;
        const auto [lead, rest] = splitLead(text);
        auto leadLines = std::make_shared<TextLines>(
            wrapText(lead, style.font(leadSize, QFont::Bold), width, style.ink));
        auto restLines
            = std::make_shared<TextLines>(wrapText(rest, style.body(), width, style.ink, 1.35));
        auto numberLines = std::make_shared<TextLines>(
            wrapText(QString::number(n), style.font(16, QFont::Bold), indent, style.accent, 1.0));
        const double textHeight
            = leadLines->height() + (rest.isEmpty() ? 0 : 2) + restLines->height();
        const double height = std::max(numberLines->height(), textHeight);
        b.ensure(height + 4);
        const QPointF at(b.body().left(), b.y());
        const double ruleY = b.y() + height + 7;
        const double right = b.body().right();
        b.paint([=, &style](QPainter &p) {
            drawLines(p, *numberLines, QPointF(at.x(), at.y() - 2));
            drawLines(p, *leadLines, QPointF(at.x() + indent, at.y()));
            drawLines(p, *restLines, QPointF(at.x() + indent, at.y() + leadLines->height() + 2));
            p.setPen(QPen(style.rule, 0.5));
            p.drawLine(QPointF(at.x() + indent, ruleY), QPointF(right, ruleY));
        });
        b.advance(height + 15);
    }
    if (n == 0)
        addParagraph(ctx, QStringLiteral("None written down yet: an alignment gap."),
                     style.font(9, QFont::Normal, true), style.gap);
}

} // namespace

void addVision(ReportContext &ctx)
{
    const auto &w = ctx.w;
    const auto &c = w.canvas;
    auto &b = ctx.b;
    const auto &style = b.style();
    beginSection(ctx, ReportSection::Vision, QPageLayout::Portrait,
                 QStringLiteral(
                     "The experience the organisation promises, the principles that turn it "
                     "into everyday choices, and the goals that carry it into every department."));
    addLabel(ctx, QStringLiteral("The CX vision"), 40);
    if (q(c.cxVision).isEmpty()) {
        addParagraph(ctx, QStringLiteral("No CX vision is written down yet: an alignment gap."),
                     style.font(10, QFont::Normal, true), style.gap, 14);
    } else {
        const double bar = 3, inset = 16;
        auto vision = std::make_shared<TextLines>(
            wrapText(q(c.cxVision), style.font(15), b.body().width() - inset, style.ink, 1.3));
        b.ensure(vision->height());
        const QPointF at(b.body().left(), b.y());
        b.paint([=, &style](QPainter &p) {
            p.fillRect(QRectF(at.x(), at.y() + 2, bar, vision->height() - 4), style.highlight);
            drawLines(p, *vision, QPointF(at.x() + inset, at.y()));
        });
        b.advance(vision->height() + 18);
    }
    addLabel(ctx, QStringLiteral("Brand promise"), 30);
    if (!q(c.brandPromise).isEmpty())
        addParagraph(ctx, q(c.brandPromise), style.font(13, QFont::Bold), style.accent, 3);
    const bool tied
        = c.visionTiedToBrand && !q(c.cxVision).isEmpty() && !q(c.brandPromise).isEmpty();
    addParagraph(
        ctx,
        tied ? QStringLiteral("The vision is tied to the brand promise.")
             : QStringLiteral("The vision is not tied to a brand promise yet: an alignment gap."),
        style.font(8, QFont::Normal, true), tied ? style.good : style.gap, 16);

    addHeading(ctx, QStringLiteral("CX principles"));
    addNumberedList(ctx, c.cxPrinciples, 10);
    addHeading(ctx, QStringLiteral("Required employee behaviours"));
    addNumberedList(ctx, c.employeeBehaviours, 9);

    if (w.orgGoals.empty()) {
        addHeading(ctx, QStringLiteral("Organisational and CX goals"));
        addParagraph(ctx, QStringLiteral("No organisational or CX goals are set."),
                     style.font(9, QFont::Normal, true), style.muted);
        return;
    }
    ReportTable table({{QStringLiteral("Goal"), 3.2},
                       {QStringLiteral("Kind"), 1.1},
                       {QStringLiteral("Supported by department goals"), 3.7}});
    for (const auto &g : w.orgGoals) {
        QStringList support;
        for (const auto &dg : w.departmentGoals)
            if (std::find(dg.supports.begin(), dg.supports.end(), g.id) != dg.supports.end()) {
                const auto *d = findById(w.departments, dg.departmentId);
                support << (d ? q(d->name) + QStringLiteral(": ") : QString()) + q(dg.title);
            }
        TableCell supported {support.join(QLatin1Char('\n'))};
        if (support.isEmpty())
            supported
                = {QStringLiteral("No department goal supports it"), {}, false, true, style.gap};
        table.addRow(
            {{q(g.title), q(g.description), true},
             {g.kind == GoalKind::Cx ? QStringLiteral("CX") : QStringLiteral("Organisational")},
             supported});
    }
    addTable(ctx, QStringLiteral("Organisational and CX goals"), table);
}

} // namespace ts::report
