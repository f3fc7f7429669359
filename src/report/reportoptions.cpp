#include "report/reportoptions.h"

#include <QStringList>
#include <algorithm>

namespace ts::report {

const std::vector<ReportSection> &allReportSections()
{
    static const std::vector<ReportSection> all
        = {ReportSection::Title,   ReportSection::Contents, ReportSection::Canvas,
           ReportSection::Vision,  ReportSection::Maps,     ReportSection::PainPoints,
           ReportSection::Metrics, ReportSection::Gaps,     ReportSection::Roadmap,
           ReportSection::Appendix};
    return all;
}

QString sectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Title:
        return QStringLiteral("title");
    case ReportSection::Contents:
        return QStringLiteral("contents");
    case ReportSection::Canvas:
        return QStringLiteral("canvas");
    case ReportSection::Vision:
        return QStringLiteral("vision");
    case ReportSection::Maps:
        return QStringLiteral("maps");
    case ReportSection::PainPoints:
        return QStringLiteral("painpoints");
    case ReportSection::Metrics:
        return QStringLiteral("metrics");
    case ReportSection::Gaps:
        return QStringLiteral("gaps");
    case ReportSection::Roadmap:
        return QStringLiteral("roadmap");
    case ReportSection::Appendix:
        return QStringLiteral("appendix");
    }
    return {};
}

QString sectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Title:
        return QStringLiteral("Title page");
    case ReportSection::Contents:
        return QStringLiteral("Contents");
    case ReportSection::Canvas:
        return QStringLiteral("Purpose canvas");
    case ReportSection::Vision:
        return QStringLiteral("CX vision and principles");
    case ReportSection::Maps:
        return QStringLiteral("Journey maps");
    case ReportSection::PainPoints:
        return QStringLiteral("Pain-point register");
    case ReportSection::Metrics:
        return QStringLiteral("Customer metrics");
    case ReportSection::Gaps:
        return QStringLiteral("Alignment gaps");
    case ReportSection::Roadmap:
        return QStringLiteral("Strategy roadmap");
    case ReportSection::Appendix:
        return QStringLiteral("Appendix: survey sources");
    }
    return {};
}

std::optional<ReportSection> sectionFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (auto section : allReportSections())
        if (sectionKey(section) == wanted)
            return section;
    return std::nullopt;
}

std::optional<std::vector<ReportSection>> parseSectionList(const QString &list, QString *problem)
{
    std::vector<ReportSection> out;
    for (const auto &part : list.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty())
            continue;
        const auto section = sectionFromKey(part);
        if (!section) {
            if (problem)
                *problem = QStringLiteral("unknown section \"%1\"").arg(part.trimmed());
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), *section) == out.end())
            out.push_back(*section);
    }
    if (out.empty()) {
        if (problem)
            *problem = QStringLiteral("no section named");
        return std::nullopt;
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    if (n == QLatin1String("a3"))
        return QPageSize::A3;
    return std::nullopt;
}

bool ReportOptions::has(ReportSection section) const
{
    return std::find(sections.begin(), sections.end(), section) != sections.end();
}

} // namespace ts::report
