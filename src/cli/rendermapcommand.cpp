// render-map: one journey map as PNG or SVG, drawn by the same painter as the map editor, with
// the survey figures of its stages and touchpoints.
#include "cli/clicommand.h"
#include "cli/command.h"
#include "report/maprender.h"
#include "storage/surveytablestore.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QBuffer>
#include <QFileInfo>
#include <cstdio>

namespace ts::cli {
namespace {

constexpr double kDefaultDpi = 144;
constexpr double kMaxPixels = 400e6; // about 1.6 GB of RGB32: more is a mistake, not a map

double dpiOf(const CommandLine &line)
{
    bool ok = false;
    const double dpi = line.value(QStringLiteral("dpi")).toDouble(&ok);
    if (!ok || dpi < 24 || dpi > 1200)
        line.spec().usageError("--dpi takes a number from 24 to 1200, not \""
                               + line.value(QStringLiteral("dpi")).toStdString() + "\"");
    return dpi;
}

// MAP is a map's name (exact, else case-insensitive when that is unambiguous) or its id.
Id findMap(const Workspace &w, const QString &wanted, const std::string &file)
{
    const std::string name = wanted.toStdString();
    for (const auto &m : w.maps)
        if (m.name == name)
            return m.id;
    const JourneyMap *folded = nullptr;
    int matches = 0;
    for (const auto &m : w.maps)
        if (QString::fromStdString(m.name).compare(wanted, Qt::CaseInsensitive) == 0)
            folded = &m, ++matches;
    if (matches == 1)
        return folded->id;
    bool isNumber = false;
    const Id id = wanted.toLongLong(&isNumber);
    if (isNumber && findById(w.maps, id))
        return id;
    std::string known;
    for (const auto &m : w.maps)
        known
            += (known.empty() ? "" : ", ") + ("\"" + m.name + "\" (" + std::to_string(m.id) + ")");
    throw Error(ErrorKind::BadInput,
                file + ": no map named or numbered \"" + name
                    + "\"; maps: " + (known.empty() ? "none" : known));
}

std::string pngBytes(const Workspace &w, Id mapId, const report::MapFigures &figures, double dpi,
                     const std::string &out)
{
    const auto style = report::MapStyle::screen();
    const QSize size = report::mapImageSize(w, mapId, dpi, style, figures);
    const auto tooLarge = [&] {
        return Error(ErrorKind::Write,
                     out + ": the map at " + std::to_string(int(dpi)) + " dpi would be "
                         + std::to_string(size.width()) + "x" + std::to_string(size.height())
                         + " pixels, too large for a PNG; use a lower --dpi or SVG");
    };
    if (double(size.width()) * size.height() > kMaxPixels || size.width() > 32767
        || size.height() > 32767)
        throw tooLarge();
    const QImage image = report::renderMapImage(w, mapId, dpi, style, figures);
    if (image.isNull())
        throw tooLarge();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw Error(ErrorKind::Write, out + ": cannot encode the PNG");
    return bytes.toStdString();
}

int run(const CommandLine &line)
{
    const double dpi = dpiOf(line);
    const std::string file = line.path(0);
    const std::string out = line.path(2);
    const QString format = QFileInfo(line.argument(2)).suffix().toLower();
    if (format != QLatin1String("png") && format != QLatin1String("svg"))
        line.spec().usageError("the output must end in .png or .svg: " + out);
    auto workspaceFile
        = storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadOnly);
    // The responses as the columnar table only: the figures need nothing else of them.
    const Workspace w = storage::loadWorkspace(workspaceFile->db(), false);
    const Id mapId = findMap(w, line.argument(1), file);
    const auto figures
        = report::mapFigures(w, mapId, storage::loadSurveyTable(workspaceFile->db()));
    workspaceFile.reset();
    if (format == QLatin1String("png"))
        writeOutput(out, pngBytes(w, mapId, figures, dpi, out));
    else
        writeOutput(
            out,
            report::renderMapSvgData(w, mapId, report::MapStyle::screen(), figures).toStdString());
    std::printf("rendered map \"%s\" to %s\n", findById(w.maps, mapId)->name.c_str(), out.c_str());
    return Ok;
}

} // namespace

Command renderMapCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("render-map");
    spec.description = QStringLiteral("Draw one journey map with its survey figures as PNG or SVG, "
                                      "as the map editor shows it.");
    spec.arguments
        = {workspaceArgument(),
           {QStringLiteral("MAP"),
            QStringLiteral("the map's name (exact, else case-insensitive when "
                           "only one map matches) or its id")},
           {QStringLiteral("OUT.png|OUT.svg"),
            QStringLiteral("the image to write; its suffix picks the format; never a workspace")}};
    spec.options = {OptionSpec::withValue(QStringLiteral("dpi"), QStringLiteral("N"),
                                          QStringLiteral("resolution of a PNG, from 24 to 1200"),
                                          QString::number(kDefaultDpi))};
    spec.exitCodes
        = {{Ok, QStringLiteral("written")},
           usageExit(QStringLiteral("an output that does not end in .png or .svg")),
           badWorkspaceExit(QStringLiteral("FILE has no such MAP (the error lists its maps)")),
           {CannotWrite,
            QStringLiteral("the image cannot be written, is a workspace, or would "
                           "be too large a PNG at N dpi")}};
    return {spec, run, true};
}

} // namespace ts::cli
