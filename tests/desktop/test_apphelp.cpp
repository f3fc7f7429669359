// `touchstone --help` and `--version`, run as a user runs them, against what docs/CLI.md and the
// man page touchstone(1) say: every option the app prints is documented in both, and the
// documents name no option the app lacks.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &args)
{
    QProcess app;
    app.start(QStringLiteral(TOUCHSTONE_APP), args);
    REQUIRE(app.waitForFinished(30000));
    return {app.exitCode(), QString::fromUtf8(app.readAllStandardOutput()),
            QString::fromUtf8(app.readAllStandardError())};
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Long options ("--help") in a text; `pattern` says how the text writes one.
QSet<QString> longOptions(const QString &text, const QString &pattern)
{
    QSet<QString> options;
    auto matches = QRegularExpression(pattern).globalMatch(text);
    while (matches.hasNext())
        options.insert(matches.next().captured(1));
    return options;
}

QString appSectionOfCliMd()
{
    const QString text = readText(QStringLiteral(TOUCHSTONE_SOURCE_DIR "/docs/CLI.md"));
    const qsizetype start = text.indexOf(QStringLiteral("\n## The touchstone app"));
    REQUIRE(start >= 0);
    return text.mid(start);
}

} // namespace

TEST_CASE("touchstone --help lists the options that docs/CLI.md and touchstone(1) document",
          "[desktop][apphelp]")
{
    const Run help = runApp({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("[options] [FILE]")));
    const QSet<QString> printed
        = longOptions(help.out, QStringLiteral("(?m)^\\s+(?:-\\w, )?(--[a-z-]+)"));
    REQUIRE(printed.contains(QStringLiteral("--help")));
    REQUIRE(printed.contains(QStringLiteral("--version")));

    const QSet<QString> inCliMd = longOptions(appSectionOfCliMd(), QStringLiteral("`(--[a-z-]+)`"));
    // roff writes a hyphen as \- in the man page.
    QString man = readText(QStringLiteral(TOUCHSTONE_SOURCE_DIR "/docs/man/touchstone.1"));
    man.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    // Examples that run touchstone-cli use its options, not the app's.
    man.remove(QRegularExpression(QStringLiteral("(?m)^.*touchstone-cli.*$")));
    const QSet<QString> inMan = longOptions(man, QStringLiteral("(?:^|[^\\w-])(--[a-z-]+)"));
    for (const QString &option : printed) {
        INFO(option.toStdString());
        CHECK(inCliMd.contains(option));
        CHECK(inMan.contains(option));
    }
    for (const QString &option : inCliMd + inMan) {
        INFO(option.toStdString() << " is documented but the app does not have it");
        CHECK(printed.contains(option));
    }
}

TEST_CASE("touchstone --version prints the project version, and a second FILE is refused",
          "[desktop][apphelp]")
{
    const Run version = runApp({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("Touchstone " TOUCHSTONE_VERSION));

    const Run two = runApp({QStringLiteral("a.cxw"), QStringLiteral("b.cxw")});
    CHECK(two.exitCode == 1);
    CHECK(two.err.contains(QStringLiteral("one workspace FILE at a time")));
}
