#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/livetask.h"
#include "app/cli/projectloader.h"

#include "engine/api/runregistry.h"
#include "engine/runtime/runsession.h"
#include "model/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Berth::Cli {

using namespace Berth::Model;
using namespace Berth::Engine;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &c, 1);
}

/// Calls handler on the first Ctrl-C or SIGTERM, from the event loop.
void onInterrupt(QObject *context, std::function<void()> handler)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, handler] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        notifier->setEnabled(false);
        handler();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject taskJson(const Task &t)
{
    QJsonArray containers;
    for (const ContainerState &c : t.containers) {
        QJsonObject o{{QLatin1String("name"), c.name}, {QLatin1String("lastStatus"), c.lastStatus}};
        if (c.exitCode)
            o.insert(QLatin1String("exitCode"), *c.exitCode);
        if (!c.reason.isEmpty())
            o.insert(QLatin1String("reason"), c.reason);
        if (!c.health.isEmpty())
            o.insert(QLatin1String("healthStatus"), c.health);
        QJsonArray ports;
        for (const PortBinding &p : c.ports)
            ports.append(QJsonObject{{QLatin1String("containerPort"), p.containerPort},
                                     {QLatin1String("hostPort"), p.hostPort},
                                     {QLatin1String("hostIp"), p.hostIp},
                                     {QLatin1String("protocol"), p.protocol}});
        if (!ports.isEmpty())
            o.insert(QLatin1String("networkBindings"), ports);
        containers.append(o);
    }
    QJsonObject o{{QLatin1String("type"), QStringLiteral("task")},
                  {QLatin1String("time"), stamp()},
                  {QLatin1String("taskId"), t.id},
                  {QLatin1String("cluster"), t.cluster},
                  {QLatin1String("containerInstance"), t.instance},
                  {QLatin1String("address"), t.address},
                  {QLatin1String("group"), t.group},
                  {QLatin1String("taskDefinition"), t.taskDefinition},
                  {QLatin1String("lastStatus"), taskStatusName(t.lastStatus)},
                  {QLatin1String("desiredStatus"), taskStatusName(t.desiredStatus)},
                  {QLatin1String("healthStatus"), t.health},
                  {QLatin1String("containers"), containers}};
    if (!t.service.isEmpty())
        o.insert(QLatin1String("service"), t.service);
    if (!t.stopCode.isEmpty())
        o.insert(QLatin1String("stopCode"), t.stopCode);
    if (!t.stoppedReason.isEmpty())
        o.insert(QLatin1String("stoppedReason"), t.stoppedReason);
    return o;
}

QString taskLine(const Task &t)
{
    QString line = QStringLiteral("%1 task %2").arg(stamp(), t.id.left(8));
    if (!t.service.isEmpty())
        line += QStringLiteral(" (%1)").arg(t.service);
    line += Tr::tr(" on %1 %2: %3, desired %4")
                .arg(t.instance.isEmpty() ? QStringLiteral("Fargate") : t.instance, t.address,
                     taskStatusName(t.lastStatus), taskStatusName(t.desiredStatus));
    if (t.health != QLatin1String("UNKNOWN"))
        line += QStringLiteral(", ") + t.health;
    QStringList ports;
    for (const ContainerState &c : t.containers) {
        for (const PortBinding &p : c.ports)
            ports << QStringLiteral("%1:%2->%3").arg(p.hostIp).arg(p.hostPort).arg(p.containerPort);
    }
    if (!ports.isEmpty() && t.lastStatus == TaskStatus::Running)
        line += QStringLiteral(" [") + ports.join(QStringLiteral(", ")) + u']';
    if (!t.stoppedReason.isEmpty())
        line += QStringLiteral(" (%1: %2)").arg(t.stopCode, t.stoppedReason);
    for (const ContainerState &c : t.containers) {
        if (!c.reason.isEmpty())
            line += QStringLiteral(" [%1: %2]").arg(c.name, c.reason);
        else if (c.exitCode && t.lastStatus >= TaskStatus::Stopping)
            line += Tr::tr(" [%1 exited with %2]").arg(c.name).arg(*c.exitCode);
    }
    return line;
}

/// Whether a progress line is on stderr without its end: what prints on stderr next starts a
/// line of its own.
bool g_progressLineOpen = false;

void endProgressLine(Output io)
{
    if (g_progressLineOpen)
        io.err << '\n';
    g_progressLineOpen = false;
}

QString progressBar(int value, int maximum)
{
    const int width = 24;
    const int filled = int(qint64(width) * qBound(0, value, maximum) / maximum);
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.')
           + QStringLiteral("] %1%").arg(qint64(100) * qBound(0, value, maximum) / maximum);
}

/// Prints what a run reports, as text or one JSON object per line.
void followEngine(RunSession &host, Output io, bool json)
{
    QObject::connect(&host, &RunSession::taskChanged, &host, [io, json](const Task &t) {
        if (json)
            io.out << QJsonDocument(taskJson(t)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            io.out << taskLine(t) << Qt::endl;
    });
    QObject::connect(&host, &RunSession::serviceEvent, &host, [io, json](const ServiceEvent &e) {
        if (json)
            io.out << QJsonDocument(QJsonObject{{QLatin1String("type"), QStringLiteral("event")},
                                                {QLatin1String("time"),
                                                 e.createdAt.toString(Qt::ISODate)},
                                                {QLatin1String("service"), e.service},
                                                {QLatin1String("message"), e.message}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        else
            io.out << e.createdAt.toString(Qt::ISODate) << ' ' << e.message << Qt::endl;
    });
    QObject::connect(&host, &RunSession::notice, &host, [io](const QString &text) {
        endProgressLine(io);
        io.err << "berth: " << text << Qt::endl;
    });
}

/// Prints a service's deployments whenever their states or counts change.
void followDeployments(RunSession &host, Output io, bool json)
{
    auto seen = std::make_shared<QHash<QString, QList<Deployment>>>();
    QObject::connect(&host, &RunSession::snapshotReady, &host,
                     [io, json, seen](const EngineSnapshot &s) {
        for (const ServiceStatus &svc : s.services) {
            const QList<Deployment> before = seen->value(svc.name);
            if (before == svc.deployments)
                continue;
            seen->insert(svc.name, svc.deployments);
            for (const Deployment &d : svc.deployments) {
                if (before.contains(d))
                    continue;
                if (json) {
                    const QJsonObject o{{QLatin1String("type"), QStringLiteral("deployment")},
                                        {QLatin1String("time"), stamp()},
                                        {QLatin1String("service"), svc.name},
                                        {QLatin1String("id"), d.id},
                                        {QLatin1String("status"), d.status},
                                        {QLatin1String("taskDefinition"), d.taskDefinition},
                                        {QLatin1String("rolloutState"), d.rolloutState},
                                        {QLatin1String("desiredCount"), d.desiredCount},
                                        {QLatin1String("runningCount"), d.runningCount},
                                        {QLatin1String("pendingCount"), d.pendingCount},
                                        {QLatin1String("failedTasks"), d.failedTasks}};
                    io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
                } else {
                    io.out << Tr::tr("%1 service %2 deployment %3 (%4) %5 %6: desired %7, running "
                                     "%8, pending %9")
                                  .arg(stamp(), svc.name, d.id, d.taskDefinition, d.status,
                                       d.rolloutState)
                                  .arg(d.desiredCount)
                                  .arg(d.runningCount)
                                  .arg(d.pendingCount)
                           << Qt::endl;
                }
            }
        }
    });
}

/// Applies edits of the project file (e.g. by 'berth service') to the run. An edit that
/// cannot be read or has errors is reported and not applied.
void watchProject(RunSession &session, const QString &file, Output io)
{
    auto *watcher = new QFileSystemWatcher(&session);
    auto *settle = new QTimer(&session);
    settle->setSingleShot(true);
    settle->setInterval(100);
    const QString path = QFileInfo(file).absoluteFilePath();
    watcher->addPath(path);
    // Atomic saves replace the file: watch the directory too, and re-add the file.
    watcher->addPath(QFileInfo(path).absolutePath());
    auto last = std::make_shared<QByteArray>();
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            *last = f.readAll();
    }
    QObject::connect(settle, &QTimer::timeout, &session, [&session, watcher, path, io, last] {
        if (!watcher->files().contains(path) && QFileInfo::exists(path))
            watcher->addPath(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return; // between the removal and the rename of an atomic save
        const QByteArray text = f.readAll();
        if (text == *last)
            return;
        *last = text;
        const std::optional<ProjectData> project = loadProject(path, io, "run");
        if (!project) {
            io.err << Tr::tr("berth run: the edit of %1 cannot be read; the run goes on with the "
                             "design it had.")
                          .arg(path)
                   << Qt::endl;
            return;
        }
        const ApplyResult applied = session.apply(*project);
        if (applied.outcome == ApplyOutcome::DesignErrors)
            io.err << Tr::tr("berth run: the edit of %1 has %n error(s); the run goes on with the "
                             "design it had.",
                             nullptr, applied.errors)
                          .arg(path)
                   << Qt::endl;
        else if (applied.outcome == ApplyOutcome::Applied)
            io.err << Tr::tr("berth run: applying the edit of %1").arg(path) << Qt::endl;
    });
    QObject::connect(watcher, &QFileSystemWatcher::fileChanged, settle,
                     qOverload<>(&QTimer::start));
    QObject::connect(watcher, &QFileSystemWatcher::directoryChanged, settle,
                     qOverload<>(&QTimer::start));
}

/// Prints where the ECS API serves, and each call it answers (as CloudTrail would name it).
void followApi(RunSession &session, Output io, bool json, const QString &projectFile)
{
    QObject::connect(&session, &RunSession::apiServing, &session,
                     [io, json, projectFile](const QString &endpoint) {
        // Other faces (berth run-task, stop-task) find the run through its API.
        if (endpoint.isEmpty()) {
            RunRegistry::withdraw(projectFile);
            return;
        }
        RunRegistry::publish(projectFile, endpoint);
        if (json)
            io.out << QJsonDocument(QJsonObject{{QLatin1String("type"), QStringLiteral("api")},
                                                {QLatin1String("time"), stamp()},
                                                {QLatin1String("endpoint"), endpoint}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        else
            io.out << Tr::tr("ECS API: %1 (eval \"$(berth api env)\", then aws --endpoint-url %1 "
                             "ecs list-clusters)")
                          .arg(endpoint)
                   << Qt::endl;
    });
    QObject::connect(&session, &RunSession::apiCalled, &session,
                     [io, json](const ApiCall &call) {
        if (json)
            io.out << QJsonDocument(QJsonObject{{QLatin1String("type"), QStringLiteral("api-call")},
                                                {QLatin1String("time"), stamp()},
                                                {QLatin1String("service"), call.service},
                                                {QLatin1String("operation"), call.operation},
                                                {QLatin1String("accessKeyId"), call.accessKeyId},
                                                {QLatin1String("status"), call.status},
                                                {QLatin1String("error"), call.error}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        else
            io.out << Tr::tr("%1 api %2 by %3: %4")
                          .arg(stamp(), call.service + u':' + call.operation,
                               call.accessKeyId.isEmpty() ? Tr::tr("an unsigned caller")
                                                          : call.accessKeyId,
                               call.error.isEmpty() ? Tr::tr("ok") : call.error)
                   << Qt::endl;
    });
}

/// The API's edits go into the project file, as 'berth service' writes them, and reach the
/// run at once.
void editThroughFile(RunSession &session, const QString &file, Output io)
{
    session.setDesignEditor([&session, file, io](const QString &description,
                                                 const std::function<void(ProjectData &)> &edit)
                                -> QString {
        const std::optional<ProjectData> loaded = loadProject(file, io, "run");
        if (!loaded)
            return Tr::tr("the project file %1 cannot be read").arg(file);
        ProjectData project = *loaded;
        edit(project);
        const ApplyResult applied = session.apply(project);
        if (applied.outcome == ApplyOutcome::DesignErrors)
            return Tr::tr("the change gives the design %n error(s); nothing was changed", nullptr,
                          applied.errors);
        QString error;
        if (!ProjectFile::save(project, file, &error))
            return Tr::tr("%1 was applied to the run but not saved: %2").arg(description, error);
        return {};
    });
}

/// Prints image preparation (the demo build, pulls) on stderr: each new step at once, its
/// progress at most once a second. At a terminal (stdout and stderr both) a step is one line
/// with a bar, redrawn in place; when stdout goes to a file or a pipe, plain lines, as a log
/// wants them. Nothing with --quiet.
void followPreparation(RunSession &session, Output io, bool quiet)
{
    if (quiet)
        return;
    const bool bar = ::isatty(STDOUT_FILENO) && ::isatty(STDERR_FILENO);
    auto shown = std::make_shared<QElapsedTimer>();
    auto step = std::make_shared<QString>();
    QObject::connect(&session, &RunSession::preparing, &session,
                     [io, shown, step, bar](const QString &text, int value, int maximum) {
        if (text.isEmpty() || maximum < 0) {
            endProgressLine(io);
            io.err.flush();
            return;
        }
        const QString head = text.section(u':', 0, 0);
        if (bar) {
            if (head != *step)
                endProgressLine(io);
            *step = head;
            io.err << "\r\x1b[K" << "berth: " << text;
            if (maximum > 0)
                io.err << "  " << progressBar(value, maximum);
            io.err.flush();
            g_progressLineOpen = true;
            return;
        }
        if (head == *step && shown->isValid() && shown->elapsed() < 1000 && value < maximum)
            return;
        *step = head;
        shown->start();
        io.err << "berth: " << text << Qt::endl;
    });
}

/// Prints each load balancer's URL once HAProxy runs (the moved port when a privileged one
/// could not be bound), HAProxy's absence, and every change of a target's health.
void followLoadBalancers(RunSession &host, Output io, bool json)
{
    auto seen = std::make_shared<QHash<QString, QString>>();
    auto announced = std::make_shared<bool>(false);
    QObject::connect(&host, &RunSession::snapshotReady, &host,
                     [io, json, seen, announced](const EngineSnapshot &s) {
        if (!*announced && !s.loadBalancers.isEmpty() && s.loadBalancers.first().running) {
            *announced = true;
            for (const LoadBalancerStatus &lb : s.loadBalancers) {
                for (const ListenerAddress &l : lb.listeners) {
                    QString line = Tr::tr("load balancer %1: %2").arg(lb.name, l.url);
                    if (l.moved())
                        line += Tr::tr(" (port %1 needs privileges; listening on %2)")
                                    .arg(l.port)
                                    .arg(l.boundPort);
                    io.out << line << Qt::endl;
                    if (!l.insideUrl.isEmpty())
                        io.out
                            << Tr::tr("load balancer %1 from tasks: %2").arg(lb.name, l.insideUrl)
                            << Qt::endl;
                }
            }
        }
        for (const LoadBalancerStatus &lb : s.loadBalancers) {
            for (const TargetHealth &t : lb.targets) {
                const QString key = lb.name + u'/' + t.targetGroup + u'/' + t.taskId;
                if (seen->value(key) == t.state)
                    continue;
                seen->insert(key, t.state);
                if (json) {
                    const QJsonObject o{{QLatin1String("type"), QStringLiteral("target")},
                                        {QLatin1String("time"), stamp()},
                                        {QLatin1String("loadBalancer"), lb.name},
                                        {QLatin1String("targetGroup"), t.targetGroup},
                                        {QLatin1String("taskId"), t.taskId},
                                        {QLatin1String("target"),
                                         QStringLiteral("%1:%2").arg(t.address).arg(t.port)},
                                        {QLatin1String("state"), t.state},
                                        {QLatin1String("reason"), t.reason}};
                    io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
                } else {
                    QString line = Tr::tr("%1 target %2:%3 (task %4) in %5: %6")
                                       .arg(stamp(), t.address)
                                       .arg(t.port)
                                       .arg(t.taskId.left(8), t.targetGroup, t.state);
                    if (!t.reason.isEmpty())
                        line += QStringLiteral(" (%1)").arg(t.reason);
                    io.out << line << Qt::endl;
                }
            }
        }
    });
}

/// Ends the run when the first snapshot says Docker cannot be reached.
void failWithoutDocker(RunSession &host, Output io, int *code)
{
    auto first = std::make_shared<bool>(true);
    QObject::connect(&host, &RunSession::snapshotReady, &host,
                     [io, code, first](const EngineSnapshot &s) {
                         if (!*first)
                             return;
                         *first = false;
                         if (!s.dockerReachable) {
                             io.err << Tr::tr("berth: cannot run: %1").arg(s.dockerProblem)
                                    << Qt::endl;
                             *code = BadUsage;
                             QCoreApplication::exit(BadUsage);
                         }
                     });
}

/// Says why a run did not start; returns the exit code.
int refused(const StartResult &result, const QString &file, const char *command, Output io)
{
    const QString name = QString::fromLatin1(command);
    switch (result.outcome) {
    case StartResult::Outcome::DesignErrors:
        io.err << Tr::tr("berth %1: the design has %n error(s); 'berth validate %2' lists them.",
                         nullptr, result.errors())
                      .arg(name, file)
               << Qt::endl;
        return DesignErrors;
    case StartResult::Outcome::NeedsConsent:
        // Access to Docker is root on the host: what reaches beyond the containers needs
        // consent.
        io.err << Tr::tr("berth %1: the design reaches beyond its containers:\n").arg(name)
               << SafetyReview::describe(result.unsafe)
               << Tr::tr("berth %1: not started; pass --allow-unsafe to run it anyway.").arg(name)
               << Qt::endl;
        return DesignErrors;
    case StartResult::Outcome::NothingToRun:
        io.err << Tr::tr("berth %1: nothing to run: the design has no cluster and no service.")
                      .arg(name)
               << Qt::endl;
        return DesignErrors;
    case StartResult::Outcome::Busy:
    case StartResult::Outcome::Started:
        break;
    }
    return Ok;
}

void warnUnsafe(const StartResult &result, const char *command, Output io)
{
    if (!result.unsafe.isEmpty())
        io.err
            << Tr::tr("berth %1: running with --allow-unsafe:\n").arg(QString::fromLatin1(command))
            << SafetyReview::describe(result.unsafe) << Qt::flush;
}

} // namespace

int runCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs the design on the local Docker engine with ECS semantics: services keep "
               "their desired count, tasks go through PROVISIONING ... STOPPED. Prints task state "
               "changes and service events. Ctrl-C stops and removes what the run started."));
    parser.addHelpOption();
    const QCommandLineOption headless(QStringLiteral("headless"), Tr::tr("Run without a window."));
    const QCommandLineOption duration(QStringLiteral("duration"), Tr::tr("Stop after S seconds."),
                                      QStringLiteral("S"));
    const QCommandLineOption eventsJson(QStringLiteral("events-json"),
                                        Tr::tr("Print one JSON object per line."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  Tr::tr("Leave the containers running at the end."));
    const QCommandLineOption allowUnsafe(
        QStringLiteral("allow-unsafe"),
        Tr::tr("Run even though the design reaches beyond its containers (privileged, host "
               "mounts, host pid/ipc, added capabilities, a daemon over plain TCP)."));
    const QCommandLineOption apiPort(QStringLiteral("api-port"),
                                     Tr::tr("Serve ECS's API on this port (default 4080)."),
                                     QStringLiteral("N"), QString::number(ApiServer::kDefaultPort));
    const QCommandLineOption apiAddress(
        QStringLiteral("api-address"),
        Tr::tr("Serve ECS's API on this address instead of 127.0.0.1 (anyone who reaches it and "
               "has the credentials can change the run)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption noApi(QStringLiteral("no-api"), Tr::tr("Do not serve ECS's API."));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        Tr::tr("The lab clock: ECS's delays (alarm periods, cooldowns, the start-failure "
               "back-off, the deregistration delay) run N times faster, e.g. 60 makes a "
               "one-minute alarm period one second (default 1, or BERTH_TIME_SCALE)."),
        QStringLiteral("N"));
    parser.addOptions({headless, duration, eventsJson, keep, allowUnsafe, apiPort, apiAddress,
                       noApi, timeScale});
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   Tr::tr("Print no progress (image builds and pulls) on stderr."));
    parser.addOption(quiet);
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project to run."));
    if (const auto done = parseArguments(parser, arguments, "run", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    bool durationOk = true;
    const int seconds = parser.isSet(duration) ? parser.value(duration).toInt(&durationOk) : 0;
    if (positional.size() != 1 || !durationOk || seconds < 0) {
        io.err << Tr::tr("berth run: name one project, e.g. 'berth run shop.berth --headless "
                         "--duration 60'")
               << Qt::endl;
        return BadUsage;
    }
    const std::optional<ProjectData> project = loadProject(positional.first(), io, "run");
    if (!project)
        return BadUsage;

    RunSession session;
    int code = Ok;
    followPreparation(session, io, parser.isSet(quiet));
    followEngine(session, io, parser.isSet(eventsJson));
    followDeployments(session, io, parser.isSet(eventsJson));
    failWithoutDocker(session, io, &code);
    followLoadBalancers(session, io, parser.isSet(eventsJson));
    followApi(session, io, parser.isSet(eventsJson), positional.first());
    editThroughFile(session, positional.first(), io);
    RunOptions options;
    options.allowUnsafe = parser.isSet(allowUnsafe);
    options.api = !parser.isSet(noApi);
    bool portOk = false;
    options.apiPort = quint16(parser.value(apiPort).toUInt(&portOk));
    if (parser.isSet(apiAddress))
        options.apiAddress = QHostAddress(parser.value(apiAddress));
    if (!portOk || options.apiAddress.isNull()) {
        io.err << Tr::tr("berth run: --api-port takes a port number and --api-address an IP "
                         "address, e.g. --api-port 4080 --api-address 127.0.0.1")
               << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(timeScale)) {
        bool scaleOk = false;
        options.timeScale = parser.value(timeScale).toDouble(&scaleOk);
        if (!scaleOk || options.timeScale < 1.0 || options.timeScale > 3600.0) {
            io.err << Tr::tr("berth run: --time-scale takes a number from 1 to 3600, e.g. "
                             "--time-scale 60")
                   << Qt::endl;
            return BadUsage;
        }
    }
    const StartResult started = session.start(*project, options);
    if (!started.ok())
        return refused(started, positional.first(), "run", io);
    warnUnsafe(started, "run", io);
    if (const double scale = session.timeScale(); scale != 1.0)
        io.err << Tr::tr("Lab clock: ECS's delays run %1 times faster (a one-minute alarm "
                         "period takes %2 s, a 300 s cooldown %3 s); what Berth prints states "
                         "ECS's times.")
                      .arg(scale)
                      .arg(60.0 / scale, 0, 'g', 3)
                      .arg(300.0 / scale, 0, 'g', 3)
               << Qt::endl;
    watchProject(session, positional.first(), io);
    const bool keepRunning = parser.isSet(keep);
    auto finish = [&session, keepRunning] {
        if (keepRunning)
            QCoreApplication::exit(Ok);
        else
            session.stop();
    };
    QObject::connect(&session, &RunSession::stopped, qApp, [] { QCoreApplication::exit(Ok); });
    onInterrupt(&session, finish);
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &session, finish);
    const int result = QCoreApplication::exec();
    RunRegistry::withdraw(positional.first());
    return code != Ok ? code : result;
}

int runTaskCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs a one-off task of a task definition, as 'aws ecs run-task' does, and waits "
               "until it stops. Exit code 0 when every essential container exited with 0."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("How many tasks."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption command(QStringLiteral("command"),
                                     Tr::tr("Override the command of the first container "
                                            "(repeat for each argument)."),
                                     QStringLiteral("ARG"));
    const QCommandLineOption env(QStringLiteral("env"),
                                 Tr::tr("Add an environment variable to every container."),
                                 QStringLiteral("NAME=VALUE"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), Tr::tr("The cluster."),
                                     QStringLiteral("CLUSTER"));
    const QCommandLineOption allowUnsafe(QStringLiteral("allow-unsafe"),
                                         Tr::tr("Run even though the task reaches beyond its "
                                                "containers (see 'berth run --help')."));
    const QCommandLineOption overrides(
        QStringLiteral("overrides"),
        Tr::tr("RunTask's overrides as the aws CLI takes them, e.g. '{\"containerOverrides\": "
               "[{\"name\": \"web\", \"command\": [\"/demo\", \"--version\"]}]}'."),
        QStringLiteral("JSON"));
    const QCommandLineOption launchType(QStringLiteral("launch-type"),
                                        Tr::tr("EC2 (default) or FARGATE."), QStringLiteral("TYPE"),
                                        QStringLiteral("EC2"));
    parser.addOptions({count, command, env, cluster, allowUnsafe, overrides, launchType});
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   Tr::tr("Print no progress (image builds and pulls) on stderr."));
    parser.addOption(quiet);
    parser.addPositionalArgument(QStringLiteral("run-task"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project."));
    parser.addPositionalArgument(QStringLiteral("FAMILY[:REV]"), Tr::tr("The task definition."));
    if (const auto done = parseArguments(parser, arguments, "run-task", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    bool countOk = false;
    const int n = parser.value(count).toInt(&countOk);
    if (positional.size() != 2 || !countOk || n < 1) {
        io.err << Tr::tr("berth run-task: name a project and a task definition, e.g. 'berth "
                         "run-task shop.berth migrate --command /demo --command --version'")
               << Qt::endl;
        return BadUsage;
    }
    const std::optional<ProjectData> project = loadProject(positional.at(0), io, "run-task");
    if (!project)
        return BadUsage;
    const TaskDefinition *td = project->taskDefinition(positional.at(1));
    if (!td) {
        io.err
            << Tr::tr("berth run-task: the project has no task definition %1").arg(positional.at(1))
            << Qt::endl;
        return BadUsage;
    }
    RunTaskRequest request;
    request.taskDefinition = td->key();
    request.count = n;
    request.cluster = parser.value(cluster);
    request.launchType = parser.value(launchType).toUpper();
    if (request.launchType != QLatin1String("EC2") && request.launchType != QLatin1String("FARGATE")) {
        io.err << Tr::tr("berth run-task: --launch-type is EC2 or FARGATE, not %1")
                      .arg(parser.value(launchType))
               << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(overrides)) {
        QJsonParseError error;
        const QJsonDocument json =
            QJsonDocument::fromJson(parser.value(overrides).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            io.err << Tr::tr("berth run-task: --overrides is not a JSON object (column %1: %2)")
                          .arg(error.offset + 1)
                          .arg(error.errorString())
                   << Qt::endl;
            return BadUsage;
        }
        if (const QString wrong = EcsApi::readOverrides(json.object(), *td, &request);
            !wrong.isEmpty()) {
            io.err << Tr::tr("berth run-task: --overrides: %1").arg(wrong) << Qt::endl;
            return BadUsage;
        }
    }
    // A live run of the project (the window, 'berth run'): the task goes there, placed
    // against the services that run, as RunTask would place it.
    if (const std::optional<LiveRun> live = liveRunOf(positional.at(0), *project, io, "run-task")) {
        if (live->endpoint.isEmpty())
            return BadUsage;
        QJsonObject overridesIn = parser.isSet(overrides)
                                      ? QJsonDocument::fromJson(parser.value(overrides).toUtf8())
                                            .object()
                                      : QJsonObject();
        QJsonArray containerOverrides =
            overridesIn.value(QLatin1String("containerOverrides")).toArray();
        if (parser.isSet(command) && !td->containers().isEmpty())
            containerOverrides.append(QJsonObject{
                {QLatin1String("name"), td->containers().first().name()},
                {QLatin1String("command"), QJsonArray::fromStringList(parser.values(command))}});
        if (parser.isSet(env)) {
            QJsonArray environment;
            for (const QString &pair : parser.values(env))
                environment.append(QJsonObject{{QLatin1String("name"), pair.section(u'=', 0, 0)},
                                               {QLatin1String("value"), pair.section(u'=', 1)}});
            for (const ContainerDefinition &c : td->containers())
                containerOverrides.append(QJsonObject{{QLatin1String("name"), c.name()},
                                                      {QLatin1String("environment"), environment}});
        }
        if (!containerOverrides.isEmpty())
            overridesIn.insert(QLatin1String("containerOverrides"), containerOverrides);
        QJsonObject input{{QLatin1String("taskDefinition"), td->key()},
                          {QLatin1String("count"), n},
                          {QLatin1String("launchType"), request.launchType}};
        input.insert(QLatin1String("cluster"),
                     !request.cluster.isEmpty() ? request.cluster
                     : project->clusters.isEmpty() ? QString()
                                                   : project->clusters.first().name);
        if (!overridesIn.isEmpty())
            input.insert(QLatin1String("overrides"), overridesIn);
        return runTaskOnLiveRun(*live, input, true, io);
    }
    if (parser.isSet(command) && !td->containers().isEmpty())
        request.commandOverrides.insert(td->containers().first().name(), parser.values(command));
    for (const QString &pair : parser.values(env)) {
        for (const ContainerDefinition &c : td->containers())
            request.environmentOverrides[c.name()].append(
                {pair.section(u'=', 0, 0), pair.section(u'=', 1)});
    }
    RunSession session;
    int code = Ok;
    followPreparation(session, io, parser.isSet(quiet));
    followEngine(session, io, false);
    failWithoutDocker(session, io, &code);
    bool failed = false;
    QObject::connect(&session, &RunSession::snapshotReady, &session,
                     [&](const EngineSnapshot &s) {
                         if (!s.dockerReachable || s.tasks.isEmpty())
                             return;
                         bool allStopped = true;
                         for (const Task &t : s.tasks) {
                             allStopped = allStopped && t.isStopped();
                             for (const ContainerState &c : t.containers)
                                 failed = failed || (c.essential && c.exitCode.value_or(1) != 0);
                             failed = failed || t.stopCode == QLatin1String("TaskFailedToStart");
                         }
                         if (allStopped)
                             session.stop();
                     });
    QObject::connect(&session, &RunSession::stopped, qApp, [] { QCoreApplication::exit(Ok); });
    RunOptions options;
    options.allowUnsafe = parser.isSet(allowUnsafe);
    options.api = false; // a one-off task is over before anyone could call
    const StartResult started = session.startTasks(*project, request, options);
    if (!started.ok())
        return refused(started, positional.at(0), "run-task", io);
    warnUnsafe(started, "run-task", io);
    onInterrupt(&session, [&session] { session.stop(); });
    const int result = QCoreApplication::exec();
    if (code != Ok)
        return code;
    return result != Ok ? result : (failed ? DesignErrors : Ok);
}

int downCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(Tr::tr("Removes every container and task volume the project "
                                            "started, whichever run started them. The demo image "
                                            "stays."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("down"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project."));
    if (const auto done = parseArguments(parser, arguments, "down", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        io.err << Tr::tr("berth down: name one project, e.g. 'berth down shop.berth'") << Qt::endl;
        return BadUsage;
    }
    const std::optional<ProjectData> project = loadProject(positional.first(), io, "down");
    if (!project)
        return BadUsage;
    RunSession session;
    int removed = 0;
    QString error;
    QObject::connect(&session, &RunSession::removed, qApp, [&](int count, const QString &e) {
        removed = count;
        error = e;
        QCoreApplication::exit(Ok);
    });
    session.down(*project);
    QCoreApplication::exec();
    if (removed < 0) {
        io.err << Tr::tr("berth down: %1").arg(error) << Qt::endl;
        return BadUsage;
    }
    io.out << Tr::tr("removed %n container(s) of %1", nullptr, removed).arg(project->name)
           << Qt::endl;
    return Ok;
}

} // namespace Berth::Cli
