#include "app/cli/cli.h"
#include "app/cli/clitr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

#include <curl/curl.h>

#include <algorithm>

namespace Berth::Cli {

namespace {

QString usage()
{
    return Tr::tr(
        "Usage: berth [FILE]                      open the window\n"
        "       berth validate FILE... [--json]   check projects and task definitions\n"
        "       berth import TASKDEF.json [--into PROJECT]\n"
        "       berth export PROJECT --out DIR [--format ecs|swarm|cloudformation]\n"
        "                                         ECS JSON, a Swarm stack, a template\n"
        "       berth deploy PROJECT --swarm [--docker-host URL] [--remove]\n"
        "                                         the design on a Docker Swarm\n"
        "       berth plan PROJECT [--json] [--seed N]\n"
        "                                         placement, unplaceable tasks, "
        "preflight\n"
        "       berth run PROJECT --headless [--duration S] [--events-json] [--keep]\n"
        "                                         [--quiet] [--api-port N] [--no-api]\n"
        "       berth run-task PROJECT FAMILY[:REV] [--count N] [--command ARG]... "
        "[--quiet]\n"
        "       berth stop-task PROJECT TASK [--reason TEXT]\n"
        "                                         stop a task of the running design\n"
        "       berth load PROJECT LB --rate R --duration S [--path P]\n"
        "                                         HTTP load on a load balancer of the run\n"
        "       berth down PROJECT                remove what the project started\n"
        "       berth service PROJECT SERVICE [--desired-count N] "
        "[--task-definition FAMILY:REV]\n"
        "                                         [--force-new-deployment] [--json]\n"
        "       berth secret set KEY | list [PROJECT] [--json] | delete KEY\n"
        "                                         values in the OS keychain\n"
        "       berth api env | operations       ECS's API for the aws CLI during a run\n"
        "       berth registry start | stop | status | login-password\n"
        "                                         the local registry that stands in for "
        "ECR\n"
        "       berth image build DIR --tag REPO:TAG | push REPO:TAG | pull REPO:TAG\n"
        "                   | list REPO           images in it, named as ECR names them\n"
        "       berth lab list | start | show | hint | check | solve | grade\n"
        "                                         classroom labs, checked and graded\n"
        "       berth help COMMAND                a command's options\n"
        "       berth --version | --help\n"
        "       berth --lang en|ja ...            the language (default: the View >\n"
        "                                         Language choice, BERTH_LANG, the locale)\n"
        "\n"
        "Exit codes: 0 fine; 1 the design has errors; 2 bad usage or unreadable "
        "input.\n"
        "Run 'berth COMMAND --help' for a command's options.\n");
}

QString version()
{
    const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);
    return Tr::tr("berth %1\n"
                  "Qt %2 (built with %3)\n"
                  "libcurl %4\n"
                  "Docker Engine API %5 (agreed down to the daemon's own, %6 at the oldest)\n")
        .arg(QStringLiteral(BERTH_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(curl ? curl->version : LIBCURL_VERSION),
             QStringLiteral(BERTH_DOCKER_API_VERSION),
             QStringLiteral(BERTH_DOCKER_MIN_API_VERSION));
}

/// Edits (insert, delete, substitute, swap two neighbours) that turn a into b.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

int unknownCommand(const QString &word, Output io)
{
    io.err << Tr::tr("berth: '%1' is not a berth command. See 'berth --help'.").arg(word) << '\n';
    const QStringList similar = similarCommands(word);
    if (!similar.isEmpty()) {
        io.err << '\n'
               << (similar.size() == 1 ? Tr::tr("The most similar command is")
                                       : Tr::tr("The most similar commands are"))
               << '\n';
        for (const QString &command : similar)
            io.err << '\t' << command << '\n';
    } else if (word.contains(u'/') || word.endsWith(QLatin1String(".berth"))) {
        io.err << Tr::tr("There is no file '%1' to open either.").arg(word) << '\n';
    }
    io.err.flush();
    return BadUsage;
}

int helpCommand(const QStringList &arguments, Output io)
{
    const QString topic = arguments.value(2);
    if (topic.isEmpty() || topic == QLatin1String("help")) {
        io.out << usage();
        return Ok;
    }
    if (!commandNames().contains(topic))
        return unknownCommand(topic, io);
    return dispatch({arguments.first(), topic, QStringLiteral("--help")}, io);
}

} // namespace

std::optional<int> parseArguments(CommandParser &parser, const QStringList &arguments,
                                  const char *command, Output io)
{
    if (Internal::describing()) {
        Internal::record(parser, command);
        return Ok;
    }
    return parseArguments(static_cast<QCommandLineParser &>(parser), arguments, command, io);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const char *command, Output io)
{
    if (Internal::describing())
        return Ok;
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

QStringList commandNames()
{
    return {QStringLiteral("validate"), QStringLiteral("import"),    QStringLiteral("export"),
            QStringLiteral("deploy"),   QStringLiteral("plan"),      QStringLiteral("run"),
            QStringLiteral("run-task"), QStringLiteral("stop-task"), QStringLiteral("load"),
            QStringLiteral("down"),     QStringLiteral("service"),   QStringLiteral("secret"),
            QStringLiteral("api"),      QStringLiteral("registry"),  QStringLiteral("image"),
            QStringLiteral("lab")};
}

bool isCommand(const QString &word)
{
    return commandNames().contains(word) || word == QLatin1String("help")
           || word == QLatin1String("__complete") || word == QLatin1String("__man");
}

QStringList similarCommands(const QString &word)
{
    QStringList candidates = commandNames();
    candidates << QStringLiteral("help");
    const QString lower = word.toLower();
    // A prefix names the command when it names one only ("val" for validate).
    QStringList prefixed;
    for (const QString &c : std::as_const(candidates)) {
        if (lower.size() >= 2 && c.startsWith(lower))
            prefixed << c;
    }
    if (prefixed.size() == 1)
        return prefixed;
    // Two edits cover the usual slips (a letter left out, doubled or swapped) without
    // offering 'api' for 'ls'.
    int best = 3;
    QStringList closest;
    for (const QString &c : std::as_const(candidates)) {
        const int d = editDistance(lower, c);
        if (d >= lower.size())
            continue;
        if (d < best) {
            best = d;
            closest = {c};
        } else if (d == best) {
            closest << c;
        }
    }
    return closest;
}

bool wantsWindow(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return true;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--run"))
        return true;
    if (first.startsWith(u'-') || isCommand(first))
        return false;
    return QFileInfo::exists(first);
}

int dispatch(const QStringList &arguments, Output io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return -1;
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << version() << Qt::flush;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h"))
        return helpCommand({arguments.first(), QStringLiteral("help")}, io);
    if (first == QLatin1String("help"))
        return helpCommand(arguments, io);
    if (first == QLatin1String("validate"))
        return validateCommand(arguments, io);
    if (first == QLatin1String("import"))
        return importCommand(arguments, io);
    if (first == QLatin1String("export"))
        return exportCommand(arguments, io);
    if (first == QLatin1String("deploy"))
        return deployCommand(arguments, io);
    if (first == QLatin1String("plan"))
        return planCommand(arguments, io);
    if (first == QLatin1String("run"))
        return runCommand(arguments, io);
    if (first == QLatin1String("run-task"))
        return runTaskCommand(arguments, io);
    if (first == QLatin1String("stop-task"))
        return stopTaskCommand(arguments, io);
    if (first == QLatin1String("load"))
        return loadCommand(arguments, io);
    if (first == QLatin1String("down"))
        return downCommand(arguments, io);
    if (first == QLatin1String("secret"))
        return secretCommand(arguments, io);
    if (first == QLatin1String("service"))
        return serviceCommand(arguments, io);
    if (first == QLatin1String("api"))
        return apiCommand(arguments, io);
    if (first == QLatin1String("registry"))
        return registryCommand(arguments, io);
    if (first == QLatin1String("image"))
        return imageCommand(arguments, io);
    if (first == QLatin1String("lab"))
        return labCommand(arguments, io);
    if (first == QLatin1String("__complete"))
        return completeCommand(arguments, io);
    if (first == QLatin1String("__man"))
        return manCommand(arguments, io);
    if (first == QLatin1String("--run"))
        return -1;
    if (first.startsWith(u'-')) {
        io.err << Tr::tr("berth: unknown option '%1'").arg(first) << "\n\n" << usage();
        return BadUsage;
    }
    if (QFileInfo::exists(first))
        return -1;
    return unknownCommand(first, io);
}

} // namespace Berth::Cli
