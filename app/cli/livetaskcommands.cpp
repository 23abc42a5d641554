// run-task and stop-task against a live run: when the window or 'berth run' runs the
// project, the command line places its tasks in that run, through the run's ECS API, instead
// of starting an engine of its own that knows nothing of the services already running.
#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/livetask.h"
#include "app/cli/projectloader.h"

#include "engine/api/apiclient.h"
#include "engine/api/apicredentials.h"
#include "engine/api/runregistry.h"
#include "engine/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace Berth::Cli {

std::optional<LiveRun> liveRunOf(const QString &projectFile, const Model::ProjectData &project,
                                 Output io, const char *command)
{
    const std::optional<QString> endpoint = Engine::RunRegistry::endpointOf(projectFile);
    if (!endpoint)
        return std::nullopt;
    LiveRun run;
    run.endpoint = *endpoint;
    run.region = project.region;
    // As an AWS client: the environment's keys first (berth api env prints them), else the
    // run's own, from the keychain.
    run.accessKeyId = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
    run.secretAccessKey = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
    if (run.accessKeyId.isEmpty() || run.secretAccessKey.isEmpty()) {
        Engine::KeychainSecretStore store;
        QString problem;
        const Engine::ApiCredentials credentials =
            Engine::ApiCredentials::loadOrCreate(store, &problem);
        if (!credentials.isValid()) {
            io.err << Tr::tr("berth %1: %2 runs, but its API keys could not be read from the "
                             "keychain (%3); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from "
                             "'berth api env' and try again")
                          .arg(QLatin1String(command), projectFile, problem)
                   << Qt::endl;
            run.endpoint.clear();
            return run;
        }
        run.accessKeyId = credentials.accessKeyId;
        run.secretAccessKey = credentials.secretAccessKey;
    }
    return run;
}

Engine::ApiCallResult LiveRun::call(const QString &operation, const QJsonObject &input) const
{
    return Engine::callEcsApi(endpoint, operation, input, accessKeyId, secretAccessKey, region);
}

int runTaskOnLiveRun(const LiveRun &run, const QJsonObject &input, bool wait, Output io)
{
    const Engine::ApiCallResult placed = run.call(QStringLiteral("RunTask"), input);
    if (!placed.ok) {
        io.err << Tr::tr("berth run-task: the run refused the task: %1%2")
                      .arg(placed.errorType.isEmpty() ? QString() : placed.errorType + u' ',
                           placed.errorMessage)
               << Qt::endl;
        return BadUsage;
    }
    QStringList arns;
    for (const QJsonValue t : placed.body.value(QLatin1String("tasks")).toArray())
        arns << t.toObject().value(QLatin1String("taskArn")).toString();
    for (const QJsonValue f : placed.body.value(QLatin1String("failures")).toArray())
        io.err << Tr::tr("berth run-task: not placed: %1")
                      .arg(f.toObject().value(QLatin1String("reason")).toString())
               << Qt::endl;
    for (const QString &arn : std::as_const(arns))
        io.out << Tr::tr("started task %1 in the running design (%2)")
                      .arg(arn.section(u'/', -1), run.endpoint)
               << Qt::endl;
    if (arns.isEmpty())
        return DesignErrors;
    if (!wait)
        return Ok;
    // As 'aws ecs wait tasks-stopped': poll until every task stopped; exit 0 when every
    // essential container exited with 0.
    QHash<QString, QString> lastStatus;
    QElapsedTimer sinceStart;
    sinceStart.start();
    for (;;) {
        const Engine::ApiCallResult described = run.call(
            QStringLiteral("DescribeTasks"),
            QJsonObject{{QLatin1String("cluster"), input.value(QLatin1String("cluster"))},
                        {QLatin1String("tasks"), QJsonArray::fromStringList(arns)}});
        if (!described.ok) {
            io.err << Tr::tr("berth run-task: the run stopped answering: %1")
                          .arg(described.errorMessage)
                   << Qt::endl;
            return BadUsage;
        }
        const QJsonArray tasks = described.body.value(QLatin1String("tasks")).toArray();
        // The run creates the tasks on its engine's next pass: a moment after RunTask answers.
        if (tasks.size() < arns.size() && sinceStart.elapsed() < 15000) {
            QThread::msleep(200);
            continue;
        }
        if (tasks.size() < arns.size()) {
            io.err << Tr::tr("berth run-task: the run no longer knows %n of the tasks", nullptr,
                             int(arns.size() - tasks.size()))
                   << Qt::endl;
            return BadUsage;
        }
        bool allStopped = true;
        bool failed = false;
        for (const QJsonValue v : tasks) {
            const QJsonObject t = v.toObject();
            const QString id = t.value(QLatin1String("taskArn")).toString().section(u'/', -1);
            const QString status = t.value(QLatin1String("lastStatus")).toString();
            if (lastStatus.value(id) != status) {
                lastStatus.insert(id, status);
                QString line = QStringLiteral("task %1: %2").arg(id.left(8), status);
                if (!t.value(QLatin1String("stoppedReason")).toString().isEmpty())
                    line += QStringLiteral(" (%1)").arg(
                        t.value(QLatin1String("stoppedReason")).toString());
                io.out << line << Qt::endl;
            }
            allStopped = allStopped && status == QLatin1String("STOPPED");
            for (const QJsonValue c : t.value(QLatin1String("containers")).toArray()) {
                const QJsonObject co = c.toObject();
                if (status == QLatin1String("STOPPED")
                    && co.value(QLatin1String("exitCode")).toInt(1) != 0
                    && co.value(QLatin1String("essential")).toBool(true))
                    failed = true;
            }
        }
        if (allStopped)
            return failed ? DesignErrors : Ok;
        QThread::msleep(500);
    }
}

int stopTaskCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Stops a task of the project's running design, as 'aws ecs stop-task' does: "
               "desiredStatus STOPPED, stop code UserInitiated. The design must be running (in the "
               "window or with 'berth run')."));
    parser.addHelpOption();
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Tr::tr("The reason shown as the task's stoppedReason."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), Tr::tr("The task's cluster."),
                                     QStringLiteral("CLUSTER"));
    parser.addOptions({reason, cluster});
    parser.addPositionalArgument(QStringLiteral("stop-task"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project."));
    parser.addPositionalArgument(QStringLiteral("TASK"), Tr::tr("The task's id or ARN."));
    if (const auto done = parseArguments(parser, arguments, "stop-task", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2) {
        io.err << Tr::tr("berth stop-task: name a project and a task, e.g. 'berth stop-task "
                         "shop.berth 0a1b2c3d4e5f60718293a4b5c6d7e8f9 --reason \"scaling down\"'")
               << Qt::endl;
        return BadUsage;
    }
    const std::optional<Model::ProjectData> project =
        loadProject(positional.at(0), io, "stop-task");
    if (!project)
        return BadUsage;
    const std::optional<LiveRun> run = liveRunOf(positional.at(0), *project, io, "stop-task");
    if (!run) {
        io.err << Tr::tr("berth stop-task: %1 is not running; start it with 'berth run %1 "
                         "--headless' or in the window")
                      .arg(positional.at(0))
               << Qt::endl;
        return BadUsage;
    }
    if (run->endpoint.isEmpty())
        return BadUsage;
    QJsonObject input{{QLatin1String("task"), positional.at(1)}};
    input.insert(QLatin1String("cluster"),
                 parser.isSet(cluster) ? parser.value(cluster)
                 : project->clusters.isEmpty() ? QString()
                                               : project->clusters.first().name);
    if (parser.isSet(reason))
        input.insert(QLatin1String("reason"), parser.value(reason));
    const Engine::ApiCallResult stopped = run->call(QStringLiteral("StopTask"), input);
    if (!stopped.ok) {
        io.err << Tr::tr("berth stop-task: %1%2")
                      .arg(stopped.errorType.isEmpty() ? QString() : stopped.errorType + u' ',
                           stopped.errorMessage)
               << Qt::endl;
        return BadUsage;
    }
    const QJsonObject task = stopped.body.value(QLatin1String("task")).toObject();
    io.out << Tr::tr("task %1: desired status %2 (%3)")
                  .arg(task.value(QLatin1String("taskArn")).toString().section(u'/', -1),
                       task.value(QLatin1String("desiredStatus")).toString(),
                       task.value(QLatin1String("stoppedReason")).toString())
           << Qt::endl;
    return Ok;
}

} // namespace Berth::Cli
