// export-pdf: the strategy report as a paginated vector PDF (report::PdfReport).
#include "cli/clicommand.h"
#include "cli/command.h"
#include "report/pdfreport.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QFileInfo>
#include <QImageReader>
#include <cstdio>

namespace ts::cli {
namespace {

QString keys()
{
    QStringList out;
    for (auto section : report::allReportSections())
        out << report::sectionKey(section);
    return out.join(QLatin1Char(','));
}

report::ReportOptions optionsFrom(const CommandLine &line)
{
    report::ReportOptions options;
    const QString page = line.value(QStringLiteral("page"));
    const auto size = report::pageSizeFromName(page);
    if (!size)
        line.spec().usageError("unknown --page \"" + page.toStdString() + "\" (A4, Letter, A3)");
    options.pageSize = *size;
    if (line.isSet(QStringLiteral("sections"))) {
        QString problem;
        const auto sections
            = report::parseSectionList(line.value(QStringLiteral("sections")), &problem);
        if (!sections)
            line.spec().usageError("--sections: " + problem.toStdString() + " ("
                                   + keys().toStdString() + ")");
        options.sections = *sections;
    }
    options.author = line.value(QStringLiteral("author"));
    if (line.isSet(QStringLiteral("logo"))) {
        const QString logo = line.value(QStringLiteral("logo"));
        QImageReader reader(logo);
        if (!reader.canRead())
            throw Error(ErrorKind::BadInput,
                        logo.toStdString()
                            + ": cannot read the logo: " + reader.errorString().toStdString());
        options.logoPath = logo;
    }
    return options;
}

int run(const CommandLine &line)
{
    const std::string file = line.path(0);
    const std::string out = line.path(1);
    if (QFileInfo(line.argument(1)).suffix().toLower() != QLatin1String("pdf"))
        line.spec().usageError("the output must end in .pdf: " + out);
    const auto options = optionsFrom(line);
    auto workspaceFile
        = storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadOnly);
    const Workspace w = storage::loadWorkspace(workspaceFile->db());
    workspaceFile.reset();
    const report::PdfReport pdf(w, options);
    pdf.writeFile(line.argument(1));
    std::printf("wrote a %d-page report to %s\n", pdf.pageCount(), out.c_str());
    return Ok;
}

} // namespace

Command exportPdfCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("export-pdf");
    spec.description = QStringLiteral("Write the strategy report as a paginated vector PDF.");
    spec.arguments
        = {workspaceArgument(),
           {QStringLiteral("OUT.pdf"),
            QStringLiteral("the PDF to write; it must end in .pdf and is never a workspace")}};
    spec.options = {
        OptionSpec::withValue(QStringLiteral("page"), QStringLiteral("A4|Letter|A3"),
                              QStringLiteral("page size"), QStringLiteral("A4")),
        OptionSpec::withValue(
            QStringLiteral("sections"), QStringLiteral("LIST"),
            QStringLiteral("the sections to include, comma-separated, painted in report order: ")
                + keys() + QStringLiteral(" (default: all)")),
        OptionSpec::withValue(QStringLiteral("author"), QStringLiteral("NAME"),
                              QStringLiteral("the author named on the title page")),
        OptionSpec::withValue(
            QStringLiteral("logo"), QStringLiteral("IMAGE"),
            QStringLiteral("an image for the title page (PNG, JPEG or another format Qt reads)"))};
    spec.exitCodes = {{Ok, QStringLiteral("written")},
                      usageExit(QStringLiteral("an OUT.pdf that does not end in .pdf")),
                      badWorkspaceExit(QStringLiteral("IMAGE cannot be read")),
                      {CannotWrite, QStringLiteral("OUT.pdf cannot be written or is a workspace")}};
    return {spec, run, true};
}

} // namespace ts::cli
