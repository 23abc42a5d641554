// `berth __complete WORD... CURRENT`: what the shell completion scripts (packaging/completion)
// offer. WORDs are the words after `berth` before the cursor, CURRENT the word being typed
// (empty for a new one). Prints the candidates that start with CURRENT, one a line, and at
// most one line for the shell to act on itself:
//   :files EXT...   also complete file names ending in .EXT, and folders
//   :dirs           also complete folder names
// Commands and options come from the commands' own parsers, so a new option completes
// without touching the scripts. Service, family and cluster names come from the project
// named on the line.
#include "app/cli/cli.h"
#include "engine/secrets/secretindex.h"

#include "model/projectfile.h"

#include <QFile>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {

/// The project on the line, quietly: completion never prints errors.
std::optional<ProjectData> quietlyLoad(const QString &file)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const ProjectFile::LoadResult loaded = ProjectFile::parse(f.readAll());
    if (!loaded.ok())
        return std::nullopt;
    return *loaded.data;
}

/// What a value named NAME (an option's value or a positional argument) completes to.
QStringList valuesFor(const QString &name, const QString &projectFile)
{
    if (name == QLatin1String("PROJECT"))
        return {QStringLiteral(":files berth")};
    if (name.startsWith(QLatin1String("FILE")))
        return {QStringLiteral(":files berth json")};
    if (name.endsWith(QLatin1String(".json")))
        return {QStringLiteral(":files json")};
    if (name == QLatin1String("DIR"))
        return {QStringLiteral(":dirs")};
    if (name.contains(u'|'))
        return name.split(u'|');
    QStringList values;
    const bool services = name == QLatin1String("SERVICE");
    const bool families = name.startsWith(QLatin1String("FAMILY"));
    const bool clusters = name == QLatin1String("CLUSTER");
    if (!services && !families && !clusters)
        return values;
    const std::optional<ProjectData> project = quietlyLoad(projectFile);
    if (!project)
        return values;
    if (services) {
        for (const Service &s : project->services)
            values << s.name;
    }
    if (clusters) {
        for (const Cluster &c : project->clusters)
            values << c.name;
    }
    if (families) {
        values << project->families();
        if (name.contains(u':')) {
            for (const TaskDefinition &td : project->taskDefinitions)
                values << td.key();
        }
    }
    return values;
}

/// The words of `secret`: a key Berth stored for set and delete, projects for list.
QStringList secretValues(const QStringList &positionals)
{
    if (positionals.isEmpty())
        return {QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("delete")};
    if (positionals.first() == QLatin1String("list"))
        return {QStringLiteral(":files berth")};
    if (positionals.size() == 1)
        return Engine::SecretIndex::keys();
    return {};
}

QStringList candidates(const QStringList &before, const QString &current)
{
    if (before.isEmpty()) {
        if (current.startsWith(u'-'))
            return {QStringLiteral("--help"), QStringLiteral("--version")};
        QStringList words = commandNames();
        words << QStringLiteral("help") << QStringLiteral(":files berth");
        return words;
    }
    const QString command = before.first();
    if (command == QLatin1String("help"))
        return before.size() == 1 ? commandNames() : QStringList();
    const std::optional<CommandDescription> description = describeCommand(command);
    if (!description)
        return {};
    QStringList positionals;
    const QCommandLineOption *expectsValue = nullptr;
    for (const QString &word : before.mid(1)) {
        if (expectsValue) {
            expectsValue = nullptr;
            continue;
        }
        if (word.startsWith(u'-') && word.size() > 1) {
            const QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
            const QCommandLineOption *option = description->option(name.section(u'=', 0, 0));
            if (option && !option->valueName().isEmpty() && !name.contains(u'='))
                expectsValue = option;
            continue;
        }
        positionals << word;
    }
    const QString project = positionals.value(0);
    if (expectsValue)
        return valuesFor(expectsValue->valueName(), project);
    if (current.startsWith(u'-')) {
        QStringList options;
        for (const QCommandLineOption &o : description->options) {
            if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
                options << QStringLiteral("--") + o.names().constLast();
        }
        return options;
    }
    if (command == QLatin1String("secret"))
        return secretValues(positionals);
    const QList<CommandParser::Positional> &expected = description->positionals;
    if (expected.isEmpty())
        return {};
    const qsizetype at = positionals.size();
    // A syntax of choices ("env|operations") offers them; otherwise the name says what fits.
    const auto values = [&project](const CommandParser::Positional &p) {
        return valuesFor(p.syntax.contains(u'|') ? p.syntax : p.name, project);
    };
    if (at < expected.size())
        return values(expected.at(at));
    if (expected.constLast().syntax.endsWith(QLatin1String("...")))
        return values(expected.constLast());
    return {};
}

} // namespace

int completeCommand(const QStringList &arguments, Output io)
{
    const QStringList words = arguments.mid(2);
    const QString current = words.isEmpty() ? QString() : words.constLast();
    const QStringList before = words.mid(0, words.size() - 1);
    for (const QString &candidate : candidates(before, current)) {
        if (candidate.startsWith(u':') || candidate.startsWith(current))
            io.out << candidate << '\n';
    }
    io.out.flush();
    return Ok;
}

} // namespace Berth::Cli
