// berth service: update a service in the project file, as `aws ecs update-service` does. A
// running `berth run` watches the file and applies the change.
#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "model/designedits.h"
#include "model/projectfile.h"
#include "model/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

using namespace Berth::Model;

int serviceCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Updates a service in the project file, as 'aws ecs update-service' does. A "
               "'berth run' of the project picks the change up at once: a new desired count "
               "scales, a new task definition revision or --force-new-deployment starts a rolling "
               "deployment."));
    parser.addHelpOption();
    const QCommandLineOption desired(QStringLiteral("desired-count"),
                                     Tr::tr("The number of tasks to keep running."),
                                     QStringLiteral("N"));
    const QCommandLineOption taskDefinition(QStringLiteral("task-definition"),
                                            Tr::tr("The revision to deploy."),
                                            QStringLiteral("FAMILY:REV"));
    const QCommandLineOption force(QStringLiteral("force-new-deployment"),
                                   Tr::tr("Replace every task with a new one of the same "
                                          "revision."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the updated service as JSON."));
    parser.addOptions({desired, taskDefinition, force, json});
    parser.addPositionalArgument(QStringLiteral("service"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("SERVICE"), Tr::tr("The service."));
    if (const auto done = parseArguments(parser, arguments, "service", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    bool countOk = true;
    const int count = parser.isSet(desired) ? parser.value(desired).toInt(&countOk) : 0;
    if (positional.size() != 2 || !countOk
        || !(parser.isSet(desired) || parser.isSet(taskDefinition) || parser.isSet(force))) {
        io.err << Tr::tr("berth service: name a project and a service and say what changes, e.g. "
                         "'berth service shop.berth web --desired-count 3'")
               << Qt::endl;
        return BadUsage;
    }
    const QString file = positional.at(0);
    const QString name = positional.at(1);
    std::optional<ProjectData> loaded = loadProject(file, io, "service");
    if (!loaded)
        return BadUsage;
    ProjectData &project = *loaded;
    // The same edits as the window's run-mode actions, in update-service's order.
    QString refusal;
    if (parser.isSet(taskDefinition))
        refusal = DesignEdits::setTaskDefinition(project, name, parser.value(taskDefinition));
    if (refusal.isEmpty() && parser.isSet(desired))
        refusal = DesignEdits::setDesiredCount(project, name, count);
    if (refusal.isEmpty() && parser.isSet(force))
        refusal = DesignEdits::forceNewDeployment(project, name);
    if (!refusal.isEmpty()) {
        io.err << Tr::tr("berth service: %1: %2").arg(file, refusal) << Qt::endl;
        return BadUsage;
    }
    const Service *service = project.service(name);
    const Diagnostics diagnostics = Validator::validate(project);
    if (errorCount(diagnostics) > 0) {
        io.err << Tr::tr("berth service: the change would give the design %n error(s); the file "
                         "is unchanged.",
                         nullptr, errorCount(diagnostics))
               << Qt::endl;
        return DesignErrors;
    }
    QString error;
    if (!ProjectFile::save(project, file, &error)) {
        io.err << Tr::tr("berth service: cannot save %1: %2").arg(file, error) << Qt::endl;
        return BadUsage;
    }
    const TaskDefinition *td = project.taskDefinitionOf(*service);
    if (parser.isSet(json)) {
        const QJsonValue nonce = service->extra.value(QLatin1String(Service::kDeploymentNonce));
        const QJsonObject o{
            {QLatin1String("project"), file},
            {QLatin1String("serviceName"), service->name},
            {QLatin1String("cluster"), service->cluster},
            {QLatin1String("desiredCount"), service->desiredCount},
            {QLatin1String("taskDefinition"), td ? td->key() : service->taskDefinition},
            {QLatin1String("launchType"), service->launchType},
            {QLatin1String("schedulingStrategy"), service->schedulingStrategy},
            {QLatin1String("deploymentNonce"),
             nonce.isUndefined() ? QJsonValue(QJsonValue::Null) : nonce}};
        io.out << QJsonDocument(QJsonObject{{QLatin1String("service"), o}}).toJson()
               << Qt::flush;
        return Ok;
    }
    io.out << Tr::tr("service %1: desiredCount %2, taskDefinition %3")
                  .arg(service->name)
                  .arg(service->desiredCount)
                  .arg(td ? td->key() : service->taskDefinition)
           << Qt::endl;
    return Ok;
}

} // namespace Berth::Cli
