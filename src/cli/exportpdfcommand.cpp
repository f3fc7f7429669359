// export-pdf: the strategy report as a paginated vector PDF (report::PdfReport).
#include "cli/clicommand.h"
#include "report/pdfreport.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageReader>
#include <cstdio>

namespace ts::cli {
namespace {

const char *const kSynopsis = "export-pdf FILE OUT.pdf [--page A4|Letter|A3] [--sections LIST] "
                              "[--author NAME] [--logo IMAGE]";

[[noreturn]] void usage(const std::string &problem)
{
    throw Error(ErrorKind::Usage,
                "touchstone-cli export-pdf: " + problem + "; usage: touchstone-cli " + kSynopsis);
}

QString keys()
{
    QStringList out;
    for (auto section : report::allReportSections())
        out << report::sectionKey(section);
    return out.join(QLatin1Char(','));
}

report::ReportOptions optionsFrom(const QCommandLineParser &parser)
{
    report::ReportOptions options;
    const QString page = parser.value(QStringLiteral("page"));
    const auto size = report::pageSizeFromName(page);
    if (!size)
        usage("unknown --page \"" + page.toStdString() + "\" (A4, Letter, A3)");
    options.pageSize = *size;
    if (parser.isSet(QStringLiteral("sections"))) {
        QString problem;
        const auto sections
            = report::parseSectionList(parser.value(QStringLiteral("sections")), &problem);
        if (!sections)
            usage("--sections: " + problem.toStdString() + " (" + keys().toStdString() + ")");
        options.sections = *sections;
    }
    options.author = parser.value(QStringLiteral("author"));
    if (parser.isSet(QStringLiteral("logo"))) {
        const QString logo = parser.value(QStringLiteral("logo"));
        QImageReader reader(logo);
        if (!reader.canRead())
            throw Error(ErrorKind::BadInput,
                        logo.toStdString()
                            + ": cannot read the logo: " + reader.errorString().toStdString());
        options.logoPath = logo;
    }
    return options;
}

} // namespace

int runExportPdf(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("page"), QStringLiteral("A4, Letter or A3"),
                      QStringLiteral("size"), QStringLiteral("A4")});
    parser.addOption({QStringLiteral("sections"), QStringLiteral("comma-separated section keys"),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("author"), QStringLiteral("the author on the title page"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("logo"), QStringLiteral("an image for the title page"),
                      QStringLiteral("file")});
    const auto rest = parseArguments(parser, args, 2, kSynopsis);
    const std::string file = rest[0].toStdString();
    const std::string out = rest[1].toStdString();
    if (QFileInfo(rest[1]).suffix().toLower() != QLatin1String("pdf"))
        usage("the output must end in .pdf: " + out);
    const auto options = optionsFrom(parser);
    auto workspaceFile
        = storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadOnly);
    const Workspace w = storage::loadWorkspace(workspaceFile->db());
    workspaceFile.reset();
    const report::PdfReport pdf(w, options);
    pdf.writeFile(rest[1]);
    std::printf("wrote a %d-page report to %s\n", pdf.pageCount(), out.c_str());
    return Ok;
}

} // namespace ts::cli
