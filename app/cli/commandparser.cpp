#include "app/cli/commandparser.h"

#include "app/cli/cli.h"

#include <QTextStream>

namespace Berth::Cli {

void CommandParser::setApplicationDescription(const QString &description)
{
    m_description = description;
    QCommandLineParser::setApplicationDescription(description);
}

QCommandLineOption CommandParser::addHelpOption()
{
    const QCommandLineOption help = QCommandLineParser::addHelpOption();
    m_options.append(help);
    return help;
}

bool CommandParser::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    return QCommandLineParser::addOption(option);
}

bool CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    m_options.append(options);
    return QCommandLineParser::addOptions(options);
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description,
                                          const QString &syntax)
{
    m_positionals.append({name, description, syntax.isEmpty() ? name : syntax});
    QCommandLineParser::addPositionalArgument(name, description, syntax);
}

QString CommandDescription::synopsis() const
{
    QStringList parts{QStringLiteral("berth"), name};
    for (const QCommandLineOption &o : options) {
        const QString longName = o.names().constLast();
        if (longName == QLatin1String("help") || (o.flags() & QCommandLineOption::HiddenFromHelp))
            continue;
        QString part = QStringLiteral("--") + longName;
        if (!o.valueName().isEmpty())
            part += u' ' + o.valueName();
        parts << u'[' + part + u']';
    }
    for (const CommandParser::Positional &p : positionals)
        parts << p.syntax;
    return parts.join(u' ');
}

const QCommandLineOption *CommandDescription::option(const QString &name) const
{
    for (const QCommandLineOption &o : options) {
        if (o.names().contains(name))
            return &o;
    }
    return nullptr;
}

namespace {

bool g_describing = false;
QList<CommandDescription> *g_recorded = nullptr;

} // namespace

namespace Internal {

bool describing()
{
    return g_describing;
}

void record(const CommandParser &parser, const char *command)
{
    if (!g_recorded)
        return;
    CommandDescription d;
    d.name = QString::fromLatin1(command);
    d.description = parser.description();
    d.options = parser.options();
    // The first positional is the command's own name (it shows in --help's usage line).
    d.positionals = parser.positionals().mid(1);
    g_recorded->append(d);
}

} // namespace Internal

namespace {

QList<CommandDescription> describe(const QStringList &names)
{
    QList<CommandDescription> recorded;
    g_recorded = &recorded;
    g_describing = true;
    QString discarded;
    QTextStream sink(&discarded);
    for (const QString &name : names) {
        const qsizetype before = recorded.size();
        dispatch({QStringLiteral("berth"), name}, {sink, sink});
        // A command whose parser keeps no record still has a name.
        if (recorded.size() == before)
            recorded.append(CommandDescription{name, {}, {}, {}});
        recorded.last().name = name;
    }
    g_describing = false;
    g_recorded = nullptr;
    return recorded;
}

} // namespace

QList<CommandDescription> describeCommands()
{
    return describe(commandNames());
}

std::optional<CommandDescription> describeCommand(const QString &name)
{
    if (!commandNames().contains(name))
        return std::nullopt;
    return describe({name}).constFirst();
}

} // namespace Berth::Cli
