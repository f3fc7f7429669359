#include "cli/commandhelp.h"

#include "cli/commandregistry.h"

#include <QStringList>
#include <algorithm>

namespace ts::cli {
namespace {

constexpr qsizetype kWidth = 100;
constexpr qsizetype kMaxLabel = 22;

QString spaces(qsizetype n)
{
    return QString(n, QLatin1Char(' '));
}

// `text` in lines of at most kWidth characters; the first continues `line`, the others start
// with `indent` spaces.
QString wrapped(QString line, const QString &text, qsizetype indent)
{
    QString out;
    bool first = true;
    for (const auto &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!first && line.size() + 1 + word.size() > kWidth) {
            out += line + QLatin1Char('\n');
            line = spaces(indent);
            first = true;
        }
        line += (first ? QString() : QStringLiteral(" ")) + word;
        first = false;
    }
    return out + line + QLatin1Char('\n');
}

// "  LABEL    text", the texts of a list lined up; a long label has a line of its own.
QString entry(const QString &label, const QString &text, qsizetype column)
{
    const QString start = QStringLiteral("  ") + label;
    if (start.size() + 2 > column)
        return start + QLatin1Char('\n') + wrapped(spaces(column), text, column);
    return wrapped(start + spaces(column - start.size()), text, column);
}

template<typename Items, typename Label> qsizetype columnFor(const Items &items, Label label)
{
    qsizetype widest = 0;
    for (const auto &item : items)
        widest = std::max(widest, label(item).size());
    return 2 + std::min(widest, kMaxLabel) + 2;
}

QString optionLabel(const OptionSpec &option)
{
    return QStringLiteral("--") + option.name
        + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName);
}

QString optionText(const OptionSpec &option)
{
    QString text = option.description;
    if (option.repeatable)
        text += QStringLiteral("; may be repeated");
    if (!option.defaultValue.isEmpty())
        text += QStringLiteral(" (default: %1)").arg(option.defaultValue);
    return text;
}

// The commands whose exit code 1 means something: "check, gaps".
QString commandsFindingProblems(const CommandRegistry &registry)
{
    QStringList names;
    for (const auto &command : registry.commands())
        for (const auto &exit : command.spec.exitCodes)
            if (exit.code == 1)
                names << command.spec.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

std::string overviewHelp(const CommandRegistry &registry)
{
    QString out = QStringLiteral("usage: touchstone-cli COMMAND ARGUMENTS... [OPTIONS]\n"
                                 "       touchstone-cli help [COMMAND]\n"
                                 "       touchstone-cli COMMAND --help\n"
                                 "       touchstone-cli --help | --version\n\n");
    out += wrapped(QString(),
                   QStringLiteral("The headless twin of the Touchstone app: creates, checks, "
                                  "imports into, measures and exports Touchstone workspaces "
                                  "(*.cxw) from scripts."),
                   0);
    out += QStringLiteral("\ncommands:\n");
    for (const auto &command : registry.commands()) {
        out += QStringLiteral("  ") + command.spec.synopsis() + QLatin1Char('\n');
        out += wrapped(spaces(6), command.spec.description, 6);
    }
    out += QStringLiteral("\noptions:\n");
    out += entry(QStringLiteral("-h, --help"),
                 QStringLiteral("this overview; after a command, that command's help"), 16);
    out += entry(QStringLiteral("--version"), QStringLiteral("print \"touchstone-cli VERSION\""),
                 16);
    out += QStringLiteral("\nexit codes:\n");
    out += entry(QStringLiteral("0"), QStringLiteral("success"), 5);
    out += entry(QStringLiteral("1"),
                 QStringLiteral("the command ran and found problems (%1)")
                     .arg(commandsFindingProblems(registry)),
                 5);
    out += entry(QStringLiteral("2"), QStringLiteral("usage error"), 5);
    out += entry(QStringLiteral("3"),
                 QStringLiteral("bad input: a file that is missing, unreadable, malformed, "
                                "foreign or from a newer Touchstone"),
                 5);
    out += entry(QStringLiteral("4"),
                 QStringLiteral("could not write the output (or the workspace is open for "
                                "writing elsewhere)"),
                 5);
    out += QLatin1Char('\n');
    out += wrapped(QString(),
                   QStringLiteral("An error is one line on stderr that names the file and, where "
                                  "there is one, the line, record or JSON path."),
                   0);
    return out.toStdString();
}

std::string commandHelp(const CommandSpec &spec)
{
    QString out
        = QStringLiteral("usage: touchstone-cli ") + spec.synopsis() + QStringLiteral("\n\n");
    out += wrapped(QString(), spec.description, 0);
    if (!spec.arguments.empty()) {
        out += QStringLiteral("\narguments:\n");
        const auto column = columnFor(spec.arguments, [](const auto &a) { return a.name; });
        for (const auto &argument : spec.arguments)
            out += entry(argument.name,
                         argument.description
                             + (argument.optional ? QStringLiteral(" (optional)") : QString()),
                         column);
    }
    const QString help = QStringLiteral("-h, --help");
    const auto column = std::max(columnFor(spec.options, optionLabel), 2 + help.size() + 2);
    out += QStringLiteral("\noptions:\n");
    for (const auto &option : spec.options)
        out += entry(optionLabel(option), optionText(option), column);
    out += entry(help, QStringLiteral("this help"), column);
    out += QStringLiteral("\nexit codes:\n");
    for (const auto &exit : spec.exitCodes)
        out += entry(QString::number(exit.code), exit.meaning, 5);
    return out.toStdString();
}

} // namespace ts::cli
