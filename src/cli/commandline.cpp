#include "cli/commandline.h"

#include "core/error.h"

namespace ts::cli {
namespace {

const QString kHelp = QStringLiteral("help");

// Qt's "Unknown option 'colour'." as the rest of a usage error: "unknown option 'colour'".
std::string problemOf(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text.toStdString();
}

} // namespace

CommandLine::CommandLine(const CommandSpec &spec, const QStringList &args)
    : m_spec(spec)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({{QStringLiteral("h"), kHelp}, QStringLiteral("this help")});
    for (const auto &option : spec.options) {
        QCommandLineOption parsed(option.name, option.description);
        if (!option.valueName.isEmpty())
            parsed.setValueName(option.valueName);
        if (!option.defaultValue.isEmpty())
            parsed.setDefaultValue(option.defaultValue);
        m_parser.addOption(parsed);
    }
    if (!m_parser.parse(QStringList {QStringLiteral("touchstone-cli")} + args))
        spec.usageError(problemOf(m_parser.errorText()));
    m_positional = m_parser.positionalArguments();
    m_positional.removeFirst(); // the command's name
    if (helpRequested())
        return;
    const int given = int(m_positional.size());
    if (given < spec.requiredArguments()) {
        QStringList missing;
        for (int i = given; i < spec.requiredArguments(); ++i)
            missing << spec.arguments[std::size_t(i)].name;
        spec.usageError("missing " + missing.join(QLatin1Char(' ')).toStdString());
    }
    if (given > int(spec.arguments.size()))
        spec.usageError("unexpected argument \""
                        + m_positional[qsizetype(spec.arguments.size())].toStdString() + "\"");
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(kHelp);
}

QString CommandLine::argument(int index) const
{
    if (index < 0 || index >= int(m_spec.arguments.size()))
        throw Error(ErrorKind::Internal,
                    "touchstone-cli " + m_spec.name.toStdString() + ": no argument "
                        + std::to_string(index + 1) + " is declared");
    return m_positional.value(index);
}

bool CommandLine::isSet(const QString &option) const
{
    return m_parser.isSet(declared(option));
}

QString CommandLine::value(const QString &option) const
{
    return m_parser.value(declared(option));
}

QStringList CommandLine::values(const QString &option) const
{
    return m_parser.values(declared(option));
}

const QString &CommandLine::declared(const QString &option) const
{
    if (!m_spec.option(option))
        throw Error(ErrorKind::Internal,
                    "touchstone-cli " + m_spec.name.toStdString() + ": the option --"
                        + option.toStdString() + " is not declared");
    return option;
}

} // namespace ts::cli
