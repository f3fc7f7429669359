#include "report/pdfreport.h"

#include "core/error.h"
#include "core/workspace.h"
#include "report/reportsections.h"

#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <map>

namespace ts::report {

struct PdfReport::Impl
{
    const Workspace &w;
    ReportOptions options;
    ReportBuilder builder;
    QString organisation;
    QString headerText;
    QString footerText;

    Impl(const Workspace &workspace, ReportOptions o)
        : w(workspace)
        , options(std::move(o))
        , builder(ReportStyle::standard(), options.pageSize)
    {
        if (!options.date.isValid())
            options.date = QDate::currentDate();
        organisation = QString::fromStdString(w.canvas.organisation).trimmed();
        if (organisation.isEmpty())
            organisation = options.workspaceName.trimmed();
        if (organisation.isEmpty())
            organisation = QStringLiteral("Untitled organisation");
        headerText = options.workspaceName.trimmed().isEmpty() ? organisation
                                                               : options.workspaceName.trimmed();
        footerText = QStringLiteral("Customer experience strategy · ")
            + QLocale(QLocale::English).toString(options.date, QStringLiteral("d MMMM yyyy"));
        layOut();
    }

    void layOut()
    {
        ReportContext ctx {w, options, builder, organisation, options.date};
        // Number the sections and list the contents first; their pages are known only when
        // painting, after every section has been laid out.
        std::map<ReportSection, int> numbers;
        std::vector<ContentsEntry> entries;
        int n = 0;
        for (auto section : allReportSections()) {
            if (!options.has(section) || section == ReportSection::Title
                || section == ReportSection::Contents)
                continue;
            numbers[section] = ++n;
            entries.push_back({sectionTitle(section), sectionAnchor(section), 0, n});
            if (section == ReportSection::Maps)
                for (const auto &m : w.maps)
                    entries.push_back({QString::fromStdString(m.name), mapAnchor(m.id), 1, 0});
        }
        for (auto section : allReportSections()) {
            if (!options.has(section))
                continue;
            ctx.number = numbers.count(section) ? numbers[section] : 0;
            switch (section) {
            case ReportSection::Title:
                addTitlePage(ctx);
                break;
            case ReportSection::Contents:
                addContents(ctx, entries);
                break;
            case ReportSection::Canvas:
                addCanvas(ctx);
                break;
            case ReportSection::Vision:
                addVision(ctx);
                break;
            case ReportSection::Maps:
                addMaps(ctx);
                break;
            case ReportSection::PainPoints:
                addPainPoints(ctx);
                break;
            case ReportSection::Metrics:
                addMetrics(ctx);
                break;
            case ReportSection::Gaps:
                addGaps(ctx);
                break;
            case ReportSection::Roadmap:
                addRoadmap(ctx);
                break;
            case ReportSection::Appendix:
                addAppendix(ctx);
                break;
            }
        }
        if (builder.pageCount() == 0)
            builder.newPage(QPageLayout::Portrait);
    }
};

PdfReport::PdfReport(const Workspace &w, ReportOptions options)
    : d(std::make_unique<Impl>(w, std::move(options)))
{ }

PdfReport::~PdfReport() = default;

const ReportOptions &PdfReport::options() const
{
    return d->options;
}

int PdfReport::pageCount() const
{
    return d->builder.pageCount();
}

int PdfReport::pageOf(ReportSection section) const
{
    return d->builder.pageOf(sectionAnchor(section));
}

int PdfReport::pageOfMap(Id mapId) const
{
    return d->builder.pageOf(mapAnchor(mapId));
}

bool PdfReport::isLandscape(int page) const
{
    const auto &pages = d->builder.pages();
    return page >= 1 && page <= int(pages.size())
        && pages[std::size_t(page - 1)].orientation == QPageLayout::Landscape;
}

bool PdfReport::write(QIODevice *device, const ReportProgress &progress) const
{
    const auto &pages = d->builder.pages();
    const auto &style = d->builder.style();
    const QPageSize size(d->options.pageSize);
    QPdfWriter writer(device);
    // 96 dpi: point-sized fonts (the roadmap's) resolve as on screen; report units are points.
    writer.setResolution(96);
    writer.setCreator(QStringLiteral("Touchstone"));
    writer.setTitle(d->organisation + QStringLiteral(": customer experience strategy"));
    writer.setPageLayout(QPageLayout(size, pages.front().orientation, QMarginsF(0, 0, 0, 0)));
    QPainter p;
    if (!p.begin(&writer))
        return false;
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        const auto &page = pages[std::size_t(i)];
        if (i > 0) {
            writer.setPageLayout(QPageLayout(size, page.orientation, QMarginsF(0, 0, 0, 0)));
            writer.newPage();
        }
        p.resetTransform();
        p.setClipping(false);
        p.scale(96.0 / 72.0, 96.0 / 72.0);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                         | QPainter::SmoothPixmapTransform);
        const QSizeF pageSize = ReportBuilder::pageSize(d->options.pageSize, page.orientation);
        ReportBuilder::paintChrome(p, style, page, pageSize, i + 1, total, d->headerText,
                                   d->footerText);
        for (const auto &op : page.ops) {
            p.save();
            op(p);
            p.restore();
        }
        if (progress && !progress(i + 1, total)) {
            p.end();
            return false;
        }
    }
    return p.end();
}

bool PdfReport::writeFile(const QString &path, const ReportProgress &progress) const
{
    const std::string name = path.toStdString();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.read(16).startsWith("SQLite format 3"))
        throw Error(ErrorKind::Write,
                    name + ": is a database; refusing to overwrite it with a report");
    existing.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Write, name + ": cannot write: " + file.errorString().toStdString());
    if (!write(&file, progress)) {
        const bool failed = file.error() != QFileDevice::NoError;
        file.cancelWriting();
        if (failed)
            throw Error(ErrorKind::Write,
                        name + ": cannot write: " + file.errorString().toStdString());
        return false;
    }
    if (!file.commit())
        throw Error(ErrorKind::Write, name + ": cannot write: " + file.errorString().toStdString());
    return true;
}

} // namespace ts::report
