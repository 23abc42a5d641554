#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "model/ecsjson.h"
#include "model/projectfile.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Berth::Cli {

using namespace Berth::Model;

int importCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports an ECS task definition (register-task-definition input or "
               "describe-task-definition output) into a project as a new revision of its "
               "family. The project is created when it does not exist."));
    parser.addHelpOption();
    const QCommandLineOption into(QStringLiteral("into"),
                                  Tr::tr("The project to import into (default: FAMILY.berth)."),
                                  QStringLiteral("PROJECT"));
    parser.addOption(into);
    parser.addPositionalArgument(QStringLiteral("import"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("TASKDEF.json"), Tr::tr("The file to import."));
    if (const auto done = parseArguments(parser, arguments, "import", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        io.err << Tr::tr("berth import: name one task-definition file, e.g. 'berth import "
                         "web.json --into shop.berth'")
               << '\n';
        return BadUsage;
    }
    const QString file = positional.first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(io.err, file, {},
                   f.exists() ? Tr::tr("cannot read the file: %1").arg(f.errorString())
                              : Tr::tr("no such file"));
        return BadUsage;
    }
    const QByteArray text = f.readAll();
    const EcsJson::ImportResult imported = EcsJson::parseTaskDefinition(text);
    if (!imported.error.isEmpty()) {
        printError(io.err, file, imported.position, imported.error);
        return BadUsage;
    }
    if (!imported.issues.isEmpty()) {
        for (const JsonIssue &issue : imported.issues)
            printError(io.err, file, JsonText::locate(text, issue.path),
                       issue.path + QStringLiteral(": ") + issue.message, issue.hint);
        io.err << Tr::tr("Nothing was imported: ECS would reject this task definition. Fix the "
                         "errors above and import again.")
               << '\n';
        return DesignErrors;
    }

    const TaskDefinition incoming(imported.definition);
    QString project = parser.value(into);
    if (project.isEmpty())
        project = incoming.family() + QStringLiteral(".berth");
    ProjectData data;
    if (QFileInfo::exists(project)) {
        std::optional<ProjectData> loaded = loadProject(project, io, "import");
        if (!loaded) {
            io.err << Tr::tr("Nothing was imported; the project file is unchanged.") << '\n';
            return BadUsage;
        }
        data = std::move(*loaded);
    } else {
        data.name = QFileInfo(project).completeBaseName();
    }
    const QString key = data.registerTaskDefinition(imported.definition);
    QString error;
    if (!ProjectFile::save(data, project, &error)) {
        io.err << "berth import: " << error << '\n';
        return BadUsage;
    }
    if (!imported.dropped.isEmpty())
        io.out << Tr::tr("Dropped read-only members that register-task-definition does not take: "
                         "%1")
                      .arg(imported.dropped.join(QStringLiteral(", ")))
               << '\n';
    io.out << Tr::tr("Imported %1 into %2").arg(key, project) << '\n';
    const Diagnostics diagnostics = Validator::validateTaskDefinition(*data.taskDefinition(key));
    if (errorCount(diagnostics) > 0) {
        io.out << Tr::tr("The task definition has %n error(s); run 'berth validate %1' to see "
                         "them.",
                         nullptr, errorCount(diagnostics))
                      .arg(project)
               << '\n';
        return DesignErrors;
    }
    return Ok;
}

} // namespace Berth::Cli
