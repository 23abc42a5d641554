#include "app/cli/cli.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Berth::Cli", text, disambiguation, n);
}

QString usage()
{
    return tr("Usage: berth [FILE]                      open the window\n"
              "       berth validate FILE...            check projects and task definitions\n"
              "       berth import TASKDEF.json [--into PROJECT]\n"
              "       berth export PROJECT --out DIR    register-ready ECS JSON\n"
              "       berth plan PROJECT [--json] [--seed N]\n"
              "                                         placement, unplaceable tasks, "
              "preflight\n"
              "       berth run PROJECT --headless [--duration S] [--events-json] [--keep]\n"
              "       berth run-task PROJECT FAMILY[:REV] [--count N] [--command ARG]...\n"
              "       berth down PROJECT                remove what the project started\n"
              "       berth secret set KEY | list [PROJECT] | delete KEY\n"
              "                                         values in the OS keychain\n"
              "       berth service PROJECT NAME [--desired-count N] "
              "[--task-definition FAMILY:REV]\n"
              "                                         [--force-new-deployment]\n"
              "       berth api env | operations       ECS's API for the aws CLI during a run\n"
              "       berth --version | --help\n"
              "\n"
              "Exit codes: 0 fine; 1 the design has errors; 2 bad usage or unreadable "
              "input.\n"
              "Run 'berth COMMAND --help' for a command's options.\n");
}

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const char *command, Output io)
{
    if (!parser.parse(arguments)) {
        io.err << "berth " << command << ": " << parser.errorText() << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

bool isCommand(const QString &word)
{
    static const QStringList commands = {QStringLiteral("validate"), QStringLiteral("import"),
                                         QStringLiteral("export"), QStringLiteral("plan"),
                                         QStringLiteral("run"), QStringLiteral("run-task"),
                                         QStringLiteral("down"), QStringLiteral("secret"),
                                         QStringLiteral("service"), QStringLiteral("api")};
    return commands.contains(word);
}

int dispatch(const QStringList &arguments, Output io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return -1;
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "berth " << BERTH_VERSION << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        io.out << usage();
        return Ok;
    }
    if (first == QLatin1String("validate"))
        return validateCommand(arguments, io);
    if (first == QLatin1String("import"))
        return importCommand(arguments, io);
    if (first == QLatin1String("export"))
        return exportCommand(arguments, io);
    if (first == QLatin1String("plan"))
        return planCommand(arguments, io);
    if (first == QLatin1String("run"))
        return runCommand(arguments, io);
    if (first == QLatin1String("run-task"))
        return runTaskCommand(arguments, io);
    if (first == QLatin1String("down"))
        return downCommand(arguments, io);
    if (first == QLatin1String("secret"))
        return secretCommand(arguments, io);
    if (first == QLatin1String("service"))
        return serviceCommand(arguments, io);
    if (first == QLatin1String("api"))
        return apiCommand(arguments, io);
    if (first.startsWith(u'-') && first != QLatin1String("--run")) {
        io.err << tr("berth: unknown option '%1'").arg(first) << "\n\n" << usage();
        return BadUsage;
    }
    return -1;
}

} // namespace Berth::Cli
