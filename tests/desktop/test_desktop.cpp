// The desktop integration as the desktop sees it: the MIME type of *.cxw by name and by content
// (read by Qt's freedesktop.org MIME implementation from desktop/'s XML, as a desktop reads it
// once installed), the rendered icons, and the .desktop entry and AppStream metadata agreeing
// with the MIME type and the project version.
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return '[' + list.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace {

const QString kWorkspaceType = QStringLiteral("application/x-touchstone-workspace");
const QString kDesktopDir = QStringLiteral(TOUCHSTONE_SOURCE_DIR "/desktop/");

// The MIME database as an installed system has it: Debian's freedesktop.org types and
// desktop/'s XML compiled together by update-mime-database (what the package's dpkg trigger
// runs), in a folder of this process's own; XDG_DATA_DIRS points Qt at it alone. (Qt does not let
// the magic of an uncompiled XML folder outrank the system's compiled cache, so the XML is not read
// raw.)
QString prepareMimeDatabase()
{
    static QTemporaryDir xdg;
    const QString mime = xdg.filePath(QStringLiteral("mime"));
    if (!xdg.isValid() || !QDir().mkpath(mime + QStringLiteral("/packages")))
        return QStringLiteral("cannot make ") + mime;
    for (const QString &xml : {QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                               kDesktopDir + QStringLiteral("org.touchstone.Touchstone.xml")})
        if (!QFile::copy(xml, mime + QStringLiteral("/packages/") + QFileInfo(xml).fileName()))
            return QStringLiteral("cannot copy ") + xml + QStringLiteral(" (shared-mime-info?)");
    QProcess compile;
    compile.start(QStringLiteral("update-mime-database"), {mime});
    if (!compile.waitForFinished(60000) || compile.exitStatus() != QProcess::NormalExit
        || compile.exitCode() != 0)
        return QStringLiteral("update-mime-database failed: ") + compile.errorString()
            + QString::fromLocal8Bit(compile.readAllStandardError());
    qputenv("XDG_DATA_DIRS", xdg.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", xdg.filePath(QStringLiteral("home-unused")).toLocal8Bit());
    return {};
}

QMimeDatabase &mimeDatabase()
{
    static const QString problem = prepareMimeDatabase();
    REQUIRE(problem.toStdString().empty());
    static QMimeDatabase database;
    return database;
}

QByteArray readAll(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string plainSqliteFile(const std::string &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(db);
    return path;
}

QString desktopValue(const QString &key)
{
    QSettings entry(kDesktopDir + QStringLiteral("org.touchstone.Touchstone.desktop"),
                    QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    return entry.value(key).toString();
}

} // namespace

TEST_CASE("A workspace is known by its name", "[desktop][mime]")
{
    const QMimeType type = mimeDatabase().mimeTypeForFile(QStringLiteral("/nowhere/Client.cxw"),
                                                          QMimeDatabase::MatchExtension);
    CHECK(type.name() == kWorkspaceType);
    CHECK(type.comment() == QStringLiteral("Touchstone workspace"));
    CHECK(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    CHECK(mimeDatabase().mimeTypeForName(QStringLiteral("application/vnd.sqlite3")).isValid());
    CHECK(type.suffixes() == QStringList {QStringLiteral("cxw")});
}

TEST_CASE("A workspace is known by its content, whatever its name", "[desktop][mime]")
{
    ts::test::TempDir dir;
    const std::string path = dir.file("renamed.db");
    ts::storage::WorkspaceFile::create(path).reset();
    CHECK(mimeDatabase().mimeTypeForData(readAll(path)).name() == kWorkspaceType);
    CHECK(mimeDatabase()
              .mimeTypeForFile(QString::fromStdString(path), QMimeDatabase::MatchContent)
              .name()
          == kWorkspaceType);
}

TEST_CASE("Another program's SQLite database is not taken for a workspace", "[desktop][mime]")
{
    ts::test::TempDir dir;
    const QByteArray bytes = readAll(plainSqliteFile(dir.file("other.sqlite")));
    CHECK(mimeDatabase().mimeTypeForData(bytes).name()
          == QStringLiteral("application/vnd.sqlite3"));

    // Only the application id differs: the magic needs both the SQLite header and "TSCX".
    ts::test::TempDir dir2;
    const std::string workspace = dir2.file("w.cxw");
    ts::storage::WorkspaceFile::create(workspace).reset();
    QByteArray forged = readAll(workspace);
    REQUIRE(forged.mid(68, 4) == QByteArray("TSCX"));
    forged.replace(68, 4, QByteArray("ABCD"));
    CHECK(mimeDatabase().mimeTypeForData(forged).name()
          == QStringLiteral("application/vnd.sqlite3"));
}

TEST_CASE("Every icon size is rendered from the SVG", "[desktop][icons]")
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        INFO("size " << size);
        const QImage icon(
            QStringLiteral(TOUCHSTONE_DESKTOP_ICON_DIR "/%1x%1/org.touchstone.Touchstone.png")
                .arg(size));
        REQUIRE_FALSE(icon.isNull());
        CHECK(icon.size() == QSize(size, size));
        CHECK(icon.hasAlphaChannel());
        // Drawn, not blank: the centre is opaque, the rounded corner transparent.
        CHECK(qAlpha(icon.pixel(size / 2, size / 2)) == 255);
        CHECK(qAlpha(icon.pixel(0, 0)) == 0);
    }
}

TEST_CASE("The desktop entry opens workspaces with the app", "[desktop][entry]")
{
    CHECK(desktopValue(QStringLiteral("Exec")) == QStringLiteral("touchstone %f"));
    CHECK(desktopValue(QStringLiteral("Icon")) == QStringLiteral("org.touchstone.Touchstone"));
    CHECK(desktopValue(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts)
          == QStringList {kWorkspaceType});
}

TEST_CASE("The AppStream metadata names this version as its newest release", "[desktop][entry]")
{
    QFile metainfo(kDesktopDir + QStringLiteral("org.touchstone.Touchstone.metainfo.xml"));
    REQUIRE(metainfo.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(metainfo.readAll());
    const auto release
        = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\"")).match(text);
    REQUIRE(release.hasMatch());
    CHECK(release.captured(1) == QStringLiteral(TOUCHSTONE_VERSION));
    CHECK(text.contains(QStringLiteral("<mediatype>") + kWorkspaceType));
}
