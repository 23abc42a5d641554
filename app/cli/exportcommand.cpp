#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "model/ecsjson.h"
#include "model/export/cloudformationtemplate.h"
#include "engine/swarm/swarmstack.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Berth::Cli {

using namespace Berth::Model;

namespace {
bool writeFormat(const QString &format, const ProjectData &data, const QString &dir,
                 bool reservations, const QString &project, Output io, QStringList *written,
                 QString *error)
{
    if (format == QLatin1String("ecs"))
        return EcsJson::writeExport(data, dir, written, error);
    if (format == QLatin1String("swarm")) {
        const Engine::SwarmStack::Result stack =
            Engine::SwarmStack::fromProject(data, {reservations});
        printDiagnostics(io.err, project, stack.warnings);
        const QString path = Engine::SwarmStack::write(stack, dir, error);
        if (!path.isEmpty())
            *written << path;
        return !path.isEmpty();
    }
    const CloudFormationTemplate::Result cfn = CloudFormationTemplate::fromProject(data);
    printDiagnostics(io.err, project, cfn.warnings);
    const QString path = CloudFormationTemplate::write(cfn, dir, error);
    if (!path.isEmpty())
        *written << path;
    return !path.isEmpty();
}

} // namespace

int exportCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the design for another engine. ecs (the default): register-ready task "
               "definitions (for 'aws ecs register-task-definition --cli-input-json file://FILE') "
               "and create-service inputs. swarm: a Docker Swarm stack file, stack.yml (for "
               "'docker stack deploy -c stack.yml' or 'berth deploy --swarm'). cloudformation: "
               "one CloudFormation template with the cluster, services and load balancers. "
               "What the engine cannot say is printed as warnings."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The folder to write to."),
                                 QStringLiteral("DIR"));
    parser.addOption(out);
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("ecs, swarm or cloudformation (default: ecs)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("ecs"));
    parser.addOption(format);
    const QCommandLineOption noReservations(
        QStringLiteral("no-reservations"),
        Tr::tr("swarm: leave CPU and memory reservations out, for a swarm smaller than the "
               "design's cluster (limits stay)."));
    parser.addOption(noReservations);
    parser.addPositionalArgument(QStringLiteral("export"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project to export."));
    if (const auto done = parseArguments(parser, arguments, "export", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(out)) {
        io.err << Tr::tr("berth export: name a project and a folder, e.g. 'berth export "
                         "shop.berth --out exported'")
               << '\n';
        return BadUsage;
    }
    const QString formatName = parser.value(format);
    if (!QStringList{QStringLiteral("ecs"), QStringLiteral("swarm"),
                     QStringLiteral("cloudformation")}
             .contains(formatName)) {
        io.err << Tr::tr("berth export: unknown format \"%1\"; use ecs, swarm or cloudformation")
                      .arg(formatName)
               << '\n';
        return BadUsage;
    }
    const QString project = positional.first();
    const std::optional<ProjectData> data = loadProject(project, io, "export");
    if (!data)
        return BadUsage;
    const Diagnostics diagnostics = Validator::validate(*data);
    QStringList written;
    QString error;
    if (!writeFormat(formatName, *data, parser.value(out), !parser.isSet(noReservations),
                     project, io, &written, &error)) {
        io.err << "berth export: " << error << '\n';
        return BadUsage;
    }
    for (const QString &file : written)
        io.out << Tr::tr("wrote %1").arg(file) << '\n';
    const int errors = errorCount(diagnostics);
    if (errors > 0) {
        io.err << Tr::tr("warning: the design has %n error(s); the engine may reject what was "
                         "exported. Run 'berth validate %1'.",
                         nullptr, errors)
                      .arg(project)
               << '\n';
        return DesignErrors;
    }
    return Ok;
}

} // namespace Berth::Cli
