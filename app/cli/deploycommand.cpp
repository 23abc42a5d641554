#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "engine/secrets/keychainsecretstore.h"
#include "engine/swarm/swarmdeployer.h"
#include "engine/swarm/swarmstack.h"
#include "model/validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Berth::Cli {

using namespace Berth::Model;
using Berth::Engine::SwarmDeployer;
using Berth::Engine::SwarmServiceState;
using Berth::Engine::SwarmStack;

namespace {

void printStates(const QList<SwarmServiceState> &states, Output io)
{
    QStringList parts;
    for (const SwarmServiceState &s : states) {
        QString part = Tr::tr("%1 %2/%3").arg(s.name).arg(s.running).arg(s.desired);
        if (s.outdated > 0)
            part += Tr::tr(" (+%n old)", nullptr, s.outdated);
        parts << part;
    }
    io.out << Tr::tr("running: ") << parts.join(QStringLiteral(", ")) << '\n';
    for (const SwarmServiceState &s : states)
        if (!s.problem.isEmpty())
            io.out << "    " << s.name << ": " << s.problem << '\n';
    io.out.flush();
}

} // namespace

int deployCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Deploys the design to a Docker Swarm through the Engine API of a swarm manager, as "
               "the stack that 'berth export --format swarm' writes, and waits until every "
               "service runs its replicas. Services and networks are named and labelled as 'docker "
               "stack deploy' does, so 'docker stack ps STACK' shows them. Swarm schedules: the "
               "ECS strategies it cannot follow are printed as warnings."));
    parser.addHelpOption();
    const QCommandLineOption swarm(QStringLiteral("swarm"),
                                   Tr::tr("Deploy to a Docker Swarm (the only target so far)."));
    const QCommandLineOption host(
        QStringLiteral("docker-host"),
        Tr::tr("The swarm manager: unix:///PATH or tcp://HOST:PORT (default: DOCKER_HOST, else the "
               "local socket). For TLS set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder "
               "of ca.pem, cert.pem and key.pem, as for the docker CLI."),
        QStringLiteral("URL"));
    const QCommandLineOption keychainTls(
        QStringLiteral("tls-from-keychain"),
        Tr::tr("Take the TLS client certificate for a tcp:// manager from the OS keychain: "
               "docker-tls:HOST:PORT:ca.pem, :cert.pem and :key.pem, stored with 'berth secret "
               "set KEY < FILE'."));
    const QCommandLineOption stack(QStringLiteral("stack"),
                                   Tr::tr("The stack's name (default: the project's name)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    Tr::tr("Remove the stack instead, and wait until its "
                                           "containers are gone."));
    const QCommandLineOption labelNodes(
        QStringLiteral("label-nodes"),
        Tr::tr("Label the swarm's nodes with the design's instance attributes first "
               "(ecs.availability-zone, ecs.instance-type, custom ones), instance by instance "
               "in node hostname order."));
    const QCommandLineOption noReservations(
        QStringLiteral("no-reservations"),
        Tr::tr("Leave CPU and memory reservations out, for a swarm smaller than the design's "
               "cluster (one laptop). Limits stay."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    Tr::tr("Return once the services are created."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Tr::tr("Seconds to wait for the stack to converge "
                                            "(default 300)."),
                                     QStringLiteral("S"), QStringLiteral("300"));
    parser.addOptions(
        {swarm, host, keychainTls, stack, remove, labelNodes, noReservations, noWait, timeout});
    parser.addPositionalArgument(QStringLiteral("deploy"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project to deploy."));
    if (const auto done = parseArguments(parser, arguments, "deploy", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(swarm)) {
        io.err << Tr::tr("berth deploy: name a project and the target, e.g. 'berth deploy "
                         "shop.berth --swarm'")
               << '\n';
        return BadUsage;
    }
    bool numeric = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&numeric);
    if (!numeric || timeoutSeconds <= 0) {
        io.err << Tr::tr("berth deploy: --timeout takes a number of seconds, e.g. --timeout 120")
               << '\n';
        return BadUsage;
    }
    const QString project = positional.first();
    const std::optional<ProjectData> data = loadProject(project, io, "deploy");
    if (!data)
        return BadUsage;
    const QString stackName =
        parser.isSet(stack) ? parser.value(stack) : SwarmStack::stackName(data->name);
    if (SwarmStack::stackName(stackName) != stackName) {
        io.err << Tr::tr("berth deploy: \"%1\" is not a stack name Docker takes; use lower-case "
                         "letters, digits, '-' and '_', e.g. --stack %2")
                      .arg(stackName, SwarmStack::stackName(stackName))
               << '\n';
        return BadUsage;
    }

    QString error;
    Engine::KeychainSecretStore keychain;
    const std::unique_ptr<SwarmDeployer> deployer =
        SwarmDeployer::forHost(parser.value(host), &error);
    if (!deployer) {
        io.err << "berth deploy: " << error << '\n';
        return BadUsage;
    }
    deployer->onLine([io](const QString &line) mutable {
        io.out << line << '\n';
        io.out.flush();
    });
    deployer->onStates([io](const QList<SwarmServiceState> &states) { printStates(states, io); });
    const auto fail = [&](const QString &message) {
        io.err << "berth deploy: " << message << '\n';
        return BadUsage;
    };
    if (parser.isSet(keychainTls)) {
        if (const auto tls = deployer->useTlsFromKeychain(keychain); !tls.ok())
            return fail(tls.error().message());
    }
    if (const auto manager = deployer->checkManager(); !manager.ok())
        return fail(manager.error().message().isEmpty() ? manager.error().daemonMessage()
                                                        : manager.error().message());
    QElapsedTimer clock;
    clock.start();
    if (parser.isSet(remove)) {
        const auto removed = deployer->remove(stackName, timeoutSeconds * 1000);
        if (!removed.ok())
            return fail(removed.error().message());
        io.out << Tr::tr("Removed stack %1 from %2 in %3 s")
                      .arg(stackName, deployer->endpointName())
                      .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               << '\n';
        return Ok;
    }

    const int errors = errorCount(Validator::validate(*data));
    if (errors > 0)
        return fail(Tr::tr("the design has %n error(s); run 'berth validate %1' and fix them "
                           "first",
                           nullptr, errors)
                        .arg(project));
    if (parser.isSet(labelNodes)) {
        const auto labelled = deployer->labelNodes(*data);
        if (!labelled.ok())
            return fail(labelled.error().message());
        for (const QString &line : labelled.value())
            io.out << Tr::tr("labelled %1").arg(line) << '\n';
    }
    const SwarmStack::Result result =
        SwarmStack::fromProject(*data, {!parser.isSet(noReservations)});
    printDiagnostics(io.err, project, result.warnings);
    io.out << Tr::tr("Deploying stack %1 to %2").arg(stackName, deployer->endpointName()) << '\n';
    if (const auto deployed = deployer->deploy(stackName, result.compose); !deployed.ok())
        return fail(deployed.error().message());
    if (parser.isSet(noWait))
        return Ok;
    const auto converged = deployer->waitConverged(stackName, timeoutSeconds * 1000);
    if (!converged.ok())
        return fail(converged.error().message());
    int replicas = 0;
    for (const SwarmServiceState &s : converged.value())
        replicas += s.running;
    QString removeCommand = QStringLiteral("berth deploy %1 --swarm").arg(project);
    if (parser.isSet(stack))
        removeCommand += QStringLiteral(" --stack ") + stackName;
    if (parser.isSet(host))
        removeCommand += QStringLiteral(" --docker-host ") + parser.value(host);
    if (parser.isSet(keychainTls))
        removeCommand += QStringLiteral(" --tls-from-keychain");
    io.out << Tr::tr("Stack %1 converged in %2 s: %n replica(s) running. See 'docker stack ps %1'; "
                     "'%3 --remove' removes it.",
                     nullptr, replicas)
                  .arg(stackName)
                  .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(removeCommand)
           << '\n';
    return Ok;
}

} // namespace Berth::Cli
