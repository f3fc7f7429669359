#include "interchange/demo.h"

#include "core/error.h"
#include "interchange/workspacejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ts::interchange {
namespace {

std::string readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Internal, path.toStdString() + ": missing from the build");
    return file.readAll().toStdString();
}

} // namespace

Workspace demoWorkspace()
{
    const QString path = QStringLiteral(":/demo/demo-workspace.json");
    return fromJson(parseJson(readResource(path), path.toStdString()), path.toStdString());
}

std::vector<MapTemplateInfo> mapTemplates()
{
    std::vector<MapTemplateInfo> out;
    const auto files = QDir(QStringLiteral(":/templates"))
                           .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const auto &name : files) {
        const auto json
            = Json::parse(readResource(QStringLiteral(":/templates/") + name), nullptr, false);
        if (!json.is_object())
            continue;
        out.push_back({QFileInfo(name).completeBaseName().toStdString(), json.value("name", ""),
                       json.value("description", "")});
    }
    return out;
}

std::string mapTemplateJson(const std::string &id)
{
    QFile file(QStringLiteral(":/templates/") + QString::fromStdString(id)
               + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

} // namespace ts::interchange
