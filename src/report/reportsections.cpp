// Section headings, paragraphs, the title page, the contents, the vision and the appendix.
#include "report/reportsections.h"

#include "core/workspace.h"
#include "report/tablepainter.h"

#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <memory>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString number(long long n)
{
    return QLocale(QLocale::English).toString(n);
}

QString counted(std::size_t n, const char *one, const char *many)
{
    return number(qint64(n)) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace

QString sectionAnchor(ReportSection section)
{
    return QStringLiteral("section:") + sectionKey(section);
}

QString mapAnchor(long long mapId)
{
    return QStringLiteral("map:%1").arg(mapId);
}

QRectF beginSection(ReportContext &ctx, ReportSection section, QPageLayout::Orientation orientation,
                    const QString &lead, double reserveRight)
{
    auto &b = ctx.b;
    const auto &style = b.style();
    const QString title = sectionTitle(section);
    b.newPage(orientation);
    b.setRunningHead(title);
    b.anchor(sectionAnchor(section));
    const QRectF body = b.body();
    const double top = b.y();
    const QString kicker = ctx.number > 0
        ? QStringLiteral("%1").arg(ctx.number, 2, 10, QLatin1Char('0'))
        : QString();
    const auto titleLines = std::make_shared<TextLines>(
        wrapText(title, style.font(22, QFont::Bold), body.width() - reserveRight, style.ink, 1.1));
    const double leadWidth = std::min(body.width() - reserveRight,
                                      orientation == QPageLayout::Landscape ? 600.0 : 440.0);
    const auto leadLines
        = std::make_shared<TextLines>(wrapText(lead, style.font(10), leadWidth, style.muted, 1.35));
    const double titleTop = top + 22;
    const double leadTop = titleTop + titleLines->height() + 6;
    const double ruleY = leadTop + leadLines->height() + (lead.isEmpty() ? 4 : 12);
    b.paint([=, &style = b.style()](QPainter &p) {
        p.fillRect(QRectF(body.left(), top, 28, 3), style.accent);
        if (!kicker.isEmpty()) {
            p.setPen(style.accent);
            p.setFont(style.font(10, QFont::Bold));
            p.drawText(QPointF(body.left() + 36, top + 5), kicker);
        }
        drawLines(p, *titleLines, QPointF(body.left(), titleTop));
        drawLines(p, *leadLines, QPointF(body.left(), leadTop));
        p.setPen(QPen(style.rule, 0.6));
        p.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
    });
    b.setY(ruleY + 18);
    return QRectF(body.left(), top, body.width(), ruleY - top);
}

void addBullet(ReportContext &ctx, const QString &text, const QFont &font, const QColor &color,
               double after)
{
    auto &b = ctx.b;
    const double indent = 12;
    const auto lines
        = std::make_shared<TextLines>(wrapText(text, font, b.body().width() - indent, color, 1.3));
    b.ensure(std::min(lines->height(), 3 * lines->lineHeight));
    int first = 0;
    while (first < lines->count()) {
        const int fit
            = std::min(lines->count() - first, std::max(1, int(b.remaining() / lines->lineHeight)));
        if (b.remaining() < lines->lineHeight && !b.atTop()) {
            b.continuePage();
            continue;
        }
        const QPointF at(b.body().left(), b.y());
        const bool withBullet = first == 0;
        b.paint([=](QPainter &p) {
            if (withBullet) {
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(lines->color);
                p.drawEllipse(QPointF(at.x() + 3, at.y() + lines->lineHeight / 2), 1.6, 1.6);
            }
            drawLines(p, *lines, QPointF(at.x() + indent, at.y()), 0, Qt::AlignLeft, first, fit);
        });
        b.advance(fit * lines->lineHeight);
        first += fit;
    }
    b.advance(after);
}

void addHeading(ReportContext &ctx, const QString &text, double keep)
{
    auto &b = ctx.b;
    const auto lines = std::make_shared<TextLines>(
        wrapText(text, b.style().font(12, QFont::Bold), b.body().width(), b.style().accent, 1.2));
    if (!b.atTop())
        b.advance(6);
    b.ensure(lines->height() + keep);
    const QPointF at(b.body().left(), b.y());
    b.paint([lines, at](QPainter &p) { drawLines(p, *lines, at); });
    b.advance(lines->height() + 6);
}

void addTable(ReportContext &ctx, const QString &heading, const ReportTable &table)
{
    const double height = table.height(ctx.b);
    addHeading(ctx, heading, height <= ctx.b.body().height() * 0.45 ? height : 80);
    table.flow(ctx.b);
}

void addParagraph(ReportContext &ctx, const QString &text, const QFont &font, const QColor &color,
                  double after)
{
    auto &b = ctx.b;
    const auto lines = std::make_shared<TextLines>(wrapText(text, font, b.body().width(), color));
    int first = 0;
    while (first < lines->count()) {
        int fit = int(b.remaining() / lines->lineHeight);
        if (fit < 1 || (fit < 2 && lines->count() - first > 1 && !b.atTop())) {
            b.continuePage();
            continue;
        }
        fit = std::min(fit, lines->count() - first);
        const QPointF at(b.body().left(), b.y());
        b.paint([lines, at, first, fit](QPainter &p) {
            drawLines(p, *lines, at, 0, Qt::AlignLeft, first, fit);
        });
        b.advance(fit * lines->lineHeight);
        first += fit;
    }
    b.advance(after);
}

void addTitlePage(ReportContext &ctx)
{
    auto &b = ctx.b;
    const auto &style = b.style();
    b.newPage(QPageLayout::Portrait, false);
    b.setRunningHead(QString());
    b.anchor(sectionAnchor(ReportSection::Title));
    const QSizeF size = b.pageSize();
    const double m = style.marginX + 10;
    const double width = size.width() - 2 * m;
    const double panel = std::round(size.height() * 0.46);

    QFont kickerFont = style.font(9, QFont::Bold);
    kickerFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    const auto kicker
        = std::make_shared<TextLines>(wrapText(QStringLiteral("CUSTOMER EXPERIENCE STRATEGY"),
                                               kickerFont, width, QColor(0xb7, 0xc8, 0xdd)));
    const auto name = std::make_shared<TextLines>(
        wrapText(ctx.organisation, style.font(32, QFont::Bold), width, Qt::white, 1.1));
    const auto subtitle = std::make_shared<TextLines>(
        wrapText(QStringLiteral("Strategy report: purpose, journeys, measures and roadmap"),
                 style.font(13), width, QColor(0xdc, 0xe5, 0xf0)));
    const double nameBottom = panel - 64;
    const double nameTop = nameBottom - name->height();

    struct Fact
    {
        std::shared_ptr<TextLines> label, value;
    };
    std::vector<Fact> facts;
    auto fact = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        facts.push_back({std::make_shared<TextLines>(wrapText(
                             label.toUpper(), style.font(7, QFont::Bold), width, style.muted)),
                         std::make_shared<TextLines>(
                             wrapText(value, style.font(11), width * 0.62, style.ink))});
    };
    const auto &w = ctx.w;
    fact(QStringLiteral("Prepared for"), ctx.organisation);
    fact(QStringLiteral("Prepared by"), ctx.options.author);
    fact(QStringLiteral("Date"),
         QLocale(QLocale::English).toString(ctx.date, QStringLiteral("d MMMM yyyy")));
    fact(QStringLiteral("Scope"),
         QStringLiteral("%1 · %2 · %3")
             .arg(counted(w.maps.size(), "journey map", "journey maps"),
                  counted(w.initiatives.size(), "initiative", "initiatives"),
                  counted(w.responses.size(), "survey response", "survey responses")));
    fact(QStringLiteral("Brand promise"), q(w.canvas.brandPromise));

    QImage logo;
    if (!ctx.options.logoPath.isEmpty())
        logo.load(ctx.options.logoPath);

    b.paint([=, &style = b.style()](QPainter &p) {
        p.fillRect(QRectF(0, 0, size.width(), panel), style.accent);
        p.fillRect(QRectF(m, panel - 4, 64, 4), style.highlight);
        drawLines(p, *kicker, QPointF(m, nameTop - 18 - kicker->height()));
        drawLines(p, *name, QPointF(m, nameTop));
        drawLines(p, *subtitle, QPointF(m, nameBottom + 12));
        double y = panel + 48;
        for (const auto &f : facts) {
            drawLines(p, *f.label, QPointF(m, y));
            drawLines(p, *f.value, QPointF(m, y + f.label->height() + 2));
            y += f.label->height() + f.value->height() + 16;
        }
        if (!logo.isNull()) {
            const QSizeF box(150, 64);
            const QSizeF fitted = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRectF(QPointF(size.width() - m - fitted.width(), panel + 48), fitted),
                        logo);
        }
        const double foot = size.height() - style.footerBaseline;
        p.setPen(QPen(style.rule, 0.6));
        p.drawLine(QPointF(m, foot - 12), QPointF(size.width() - m, foot - 12));
        p.setPen(style.faint);
        p.setFont(style.font(7));
        p.drawText(QPointF(m, foot), QStringLiteral("Prepared with Touchstone · Confidential"));
    });
}

void addContents(ReportContext &ctx, const std::vector<ContentsEntry> &entries)
{
    auto &b = ctx.b;
    beginSection(ctx, ReportSection::Contents, QPageLayout::Portrait, QString());
    const ReportBuilder *builder = &b;
    for (const auto &entry : entries) {
        const bool top = entry.level == 0;
        const double height = top ? 24 : 17;
        b.ensure(height);
        const QRectF row(b.body().left(), b.y(), b.body().width(), height);
        const QFont font = top ? b.style().font(11, QFont::DemiBold) : b.style().font(9);
        const QFont numberFont = top ? b.style().font(10, QFont::Bold) : b.style().font(9);
        const double indent = top ? 30 : 50;
        const QString title = elided(entry.title, font, row.width() - indent - 60);
        const QString sectionNumber = entry.number > 0
            ? QStringLiteral("%1").arg(entry.number, 2, 10, QLatin1Char('0'))
            : QString();
        b.paint([=, &style = b.style()](QPainter &p) {
            const double baseline = row.bottom() - (top ? 8 : 5);
            if (!sectionNumber.isEmpty()) {
                p.setPen(style.accent);
                p.setFont(numberFont);
                p.drawText(QPointF(row.left(), baseline), sectionNumber);
            }
            p.setPen(top ? style.ink : style.muted);
            p.setFont(font);
            p.drawText(QPointF(row.left() + indent, baseline), title);
            const QString page = QString::number(builder->pageOf(entry.anchor));
            p.setFont(numberFont);
            p.setPen(top ? style.accent : style.muted);
            const double pageWidth = textWidth(page, numberFont);
            p.drawText(QPointF(row.right() - pageWidth, baseline), page);
            QPen dots(style.faint, 0.9, Qt::CustomDashLine, Qt::RoundCap);
            dots.setDashPattern({0.01, 3.2});
            p.setPen(dots);
            const double from = row.left() + indent + textWidth(title, font) + 8;
            const double to = row.right() - pageWidth - 8;
            if (to > from)
                p.drawLine(QPointF(from, baseline - 1), QPointF(to, baseline - 1));
            if (top) {
                p.setPen(QPen(style.rule, 0.5));
                p.drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
            }
        });
        b.advance(height);
    }
}

void addAppendix(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    beginSection(ctx, ReportSection::Appendix, QPageLayout::Portrait,
                 QStringLiteral("The survey exports the figures in this report rest on, and how "
                                "the figures are computed."));
    if (w.surveyImports.empty()) {
        addHeading(ctx, QStringLiteral("Survey imports"));
        addParagraph(ctx, QStringLiteral("No survey data has been imported into this workspace."),
                     b.style().body(), b.style().muted);
    } else {
        ReportTable table({{QStringLiteral("File"), 4},
                           {QStringLiteral("Imported"), 1.6},
                           {QStringLiteral("Rows"), 1, Qt::AlignRight},
                           {QStringLiteral("Rejected"), 1, Qt::AlignRight},
                           {QStringLiteral("Responses kept"), 1.3, Qt::AlignRight}});
        long long rows = 0, rejected = 0, kept = 0;
        for (const auto &i : w.surveyImports) {
            long long stored = 0;
            for (const auto &r : w.responses)
                stored += r.importId == i.id;
            rows += i.rows, rejected += i.rejected, kept += stored;
            const QDateTime at = QDateTime::fromString(q(i.importedAt), Qt::ISODate);
            table.addRow(
                {{q(i.fileName)},
                 {at.isValid()
                      ? QLocale(QLocale::English).toString(at.date(), QStringLiteral("d MMM yyyy"))
                      : q(i.importedAt)},
                 {number(i.rows)},
                 {number(i.rejected), {}, false, false, i.rejected ? b.style().gap : QColor()},
                 {number(stored)}});
        }
        if (w.surveyImports.size() > 1)
            table.addRow({{QStringLiteral("All imports"), {}, true},
                          {},
                          {number(rows), {}, true},
                          {number(rejected), {}, true},
                          {number(kept), {}, true}});
        addTable(ctx, QStringLiteral("Survey imports"), table);
    }
    addHeading(ctx, QStringLiteral("How the figures are computed"));
    const QStringList notes = {
        QStringLiteral(
            "NPS is the share of promoters (9-10) minus the share of detractors (0-6) on "
            "the 0-10 scale; its 95% interval treats the three groups as one multinomial sample."),
        QStringLiteral(
            "CSAT is the share of answers 4-5 on the 1-5 scale, with a Wilson 95% interval."),
        QStringLiteral(
            "CES is the mean on the 1-7 scale with a Student t 95% interval; \"easy\" is the "
            "share of answers 5-7."),
        QStringLiteral(
            "Retention is the share of responses whose customer stayed, among those with a "
            "known outcome, with a Wilson 95% interval; the same holds for each NPS segment."),
        QStringLiteral(
            "Every figure shows its sample size n. A figure with no responses behind it is "
            "shown as a dash, never as zero."),
    };
    for (const auto &note : notes)
        addBullet(ctx, note, b.style().body(), b.style().ink);
}

} // namespace ts::report
