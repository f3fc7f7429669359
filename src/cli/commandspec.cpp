#include "cli/commandspec.h"

#include "core/error.h"

#include <algorithm>

namespace ts::cli {

OptionSpec OptionSpec::flag(const QString &name, const QString &description)
{
    OptionSpec option;
    option.name = name;
    option.description = description;
    return option;
}

OptionSpec OptionSpec::withValue(const QString &name, const QString &valueName,
                                 const QString &description, const QString &defaultValue)
{
    OptionSpec option = flag(name, description);
    option.valueName = valueName;
    option.defaultValue = defaultValue;
    return option;
}

OptionSpec OptionSpec::repeated() const
{
    OptionSpec option = *this;
    option.repeatable = true;
    return option;
}

QString CommandSpec::synopsis() const
{
    QString out = name;
    for (const auto &argument : arguments)
        out += argument.optional ? QStringLiteral(" [%1]").arg(argument.name)
                                 : QStringLiteral(" ") + argument.name;
    for (const auto &option : options) {
        out += QStringLiteral(" [--") + option.name;
        if (!option.valueName.isEmpty())
            out += QLatin1Char(' ') + option.valueName;
        out += option.repeatable ? QStringLiteral("]...") : QStringLiteral("]");
    }
    return out;
}

const OptionSpec *CommandSpec::option(const QString &wanted) const
{
    const auto found = std::find_if(options.begin(), options.end(),
                                    [&](const OptionSpec &o) { return o.name == wanted; });
    return found == options.end() ? nullptr : &*found;
}

int CommandSpec::requiredArguments() const
{
    return int(std::count_if(arguments.begin(), arguments.end(),
                             [](const ArgumentSpec &a) { return !a.optional; }));
}

void CommandSpec::usageError(const std::string &problem) const
{
    throw Error(ErrorKind::Usage,
                "touchstone-cli " + name.toStdString() + ": " + problem + "; usage: touchstone-cli "
                    + synopsis().toStdString());
}

} // namespace ts::cli
