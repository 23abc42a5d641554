#include "app/cli/cli.h"
#include "app/cli/clitr.h"
#include "app/cli/projectloader.h"

#include "engine/scheduler/planner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

// `berth plan PROJECT [--json] [--seed N]`: where every task goes, what each instance
// reserves, the tasks that go nowhere (ECS's event text and Berth's fuller reason), and the
// rolling-deployment preflight. Exit 0 when all is placed and no deployment stalls, 1 when
// a task cannot be placed or a deployment would stall, 2 for bad usage or an unreadable
// project. The --json form is documented in the README ("berth plan --json").

namespace Berth::Cli {

using namespace Berth::Engine;

namespace {

void printServices(Output io, const Plan &plan)
{
    io.out << Tr::tr("Services") << '\n';
    for (const ServicePlan &s : plan.services) {
        QString kind = s.daemon ? QStringLiteral("DAEMON") : QStringLiteral("REPLICA");
        if (s.fargate)
            kind += QStringLiteral(", FARGATE");
        io.out << "  " << s.name << "  "
               << Tr::tr("(cluster %1, %2, %3): %n of %4 placed", nullptr, int(s.placed.size()))
                      .arg(s.cluster,
                           s.taskDefinition.isEmpty() ? Tr::tr("no task definition")
                                                      : s.taskDefinition,
                           kind)
                      .arg(s.desiredCount)
               << '\n';
        if (s.defaultCapacityProviderStrategy)
            io.out << "    " << s.defaultStrategyText() << '\n';
        for (const PlannedTask &t : s.placed) {
            io.out << "    " << t.task << "  ->  "
                   << (t.instance.isEmpty() ? Tr::tr("Fargate") : t.instance) << "  " << t.address;
            if (t.provisioning)
                io.out << "  " << Tr::tr("(PROVISIONING until the instance is launched)");
            io.out << '\n';
        }
        for (int i = 0; i < s.unplaced.size();) {
            const PlacementFailure &f = s.unplaced.at(i);
            int same = 1;
            while (i + same < s.unplaced.size() && s.unplaced.at(i + same) == f)
                ++same;
            io.out << "    " << Tr::tr("%n task(s) cannot be placed", nullptr, same) << '\n'
                   << "      ECS: " << f.ecsMessage << '\n'
                   << "      " << Tr::tr("why: ") << f.reason << '\n';
            if (!f.closestInstance.isEmpty())
                io.out << "      " << Tr::tr("closest instance: ") << f.closestInstance << '\n';
            i += same;
        }
        if (s.waitingForCapacity > 0)
            io.out << "    "
                   << Tr::tr("%n task(s) wait in PROVISIONING for capacity provider %1 to launch "
                             "the instances they are planned on (no placement failure)",
                             nullptr, s.waitingForCapacity)
                          .arg(s.capacityProvider)
                   << '\n';
    }
}

void printInstances(Output io, const Plan &plan)
{
    io.out << '\n' << Tr::tr("Instances") << '\n';
    for (const InstancePlan &in : plan.instances) {
        io.out << "  " << in.cluster << '/' << in.name << "  " << in.address << "  " << in.status
               << "  "
               << Tr::tr("CPU %1/%2  memory %3/%4 MiB  ENIs %5/%6")
                      .arg(in.cpuReserved)
                      .arg(in.cpuRegistered)
                      .arg(in.memoryReserved)
                      .arg(in.memoryRegistered)
                      .arg(in.enisUsed)
                      .arg(in.eniLimit);
        if (in.launchedByScaling)
            io.out << "  "
                   << Tr::tr("[capacity provider %1, launched by managed scaling]")
                          .arg(in.capacityProvider);
        else if (!in.capacityProvider.isEmpty())
            io.out << "  " << Tr::tr("[capacity provider %1]").arg(in.capacityProvider);
        io.out << '\n';
        QStringList taken;
        int reserved = 0;
        for (const ClusterState::PortUse &use : in.ports) {
            if (use.task.isEmpty())
                ++reserved;
            else
                taken << use.port.toString() + u' ' + use.task;
        }
        io.out << "    " << Tr::tr("ports: ")
               << (taken.isEmpty() ? Tr::tr("none") : taken.join(QStringLiteral(", ")))
               << Tr::tr(" (and %n reserved by ECS)", nullptr, reserved) << '\n';
    }
}

void printPreflight(Output io, const Plan &plan)
{
    io.out << '\n' << Tr::tr("Deployment preflight") << '\n';
    for (const PreflightFinding &f : plan.preflight) {
        io.out << "  " << f.service << ": " << (f.stalls ? Tr::tr("STALLS") : Tr::tr("ok")) << " - "
               << f.reason << '\n';
        for (const QString &fix : f.fixes)
            io.out << "    " << Tr::tr("fix: ") << fix << '\n';
    }
}

/// The plan's stable JSON, with what a script checks a design by: each service's resolved
/// task definition (family:revision, null when it does not resolve) and each instance's
/// attributes (ECS's built-in ecs.* ones and the custom ones), as placement constraints see
/// them.
QJsonObject planJson(const Plan &plan, const Model::ProjectData &project)
{
    QJsonObject root = plan.toJson();
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (qsizetype i = 0; i < services.size() && i < plan.services.size(); ++i) {
        QJsonObject service = services.at(i).toObject();
        const QString td = plan.services.at(i).taskDefinition;
        service.insert(QLatin1String("taskDefinition"),
                       td.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(td));
        services.replace(i, service);
    }
    root.insert(QLatin1String("services"), services);
    QJsonArray instances = root.value(QLatin1String("instances")).toArray();
    for (qsizetype i = 0; i < instances.size() && i < plan.instances.size(); ++i) {
        const InstancePlan &in = plan.instances.at(i);
        QJsonObject attributes;
        if (const Model::Cluster *cluster = project.cluster(in.cluster)) {
            for (const Model::ContainerInstance &ci : cluster->instances) {
                if (ci.name != in.name)
                    continue;
                const QMap<QString, QString> all = ci.allAttributes();
                for (auto it = all.cbegin(); it != all.cend(); ++it)
                    attributes.insert(it.key(), it.value());
            }
        }
        QJsonObject instance = instances.at(i).toObject();
        instance.insert(QLatin1String("attributes"), attributes);
        instances.replace(i, instance);
    }
    root.insert(QLatin1String("instances"), instances);
    return root;
}

} // namespace

int planCommand(const QStringList &arguments, Output io)
{
    CommandParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows where every task of a project would be placed and why, the tasks ECS could "
               "not place (with ECS's event text and the fuller reason), what each instance "
               "reserves, and whether a rolling deployment of each service would stall.\n"
               "Exit codes: 0 all placed; 1 a task cannot be placed or a deployment would stall; "
               "2 bad usage or unreadable project."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the plan as JSON."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Seed of the random placement strategy (default 0)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(json);
    parser.addOption(seed);
    parser.addPositionalArgument(QStringLiteral("plan"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project to plan."));
    if (const auto done = parseArguments(parser, arguments, "plan", io))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        io.err << Tr::tr("berth plan: name one project, e.g. 'berth plan shop.berth'") << '\n';
        return BadUsage;
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        io.err << Tr::tr("berth plan: --seed takes a non-negative integer, not '%1'")
                      .arg(parser.value(seed))
               << '\n';
        return BadUsage;
    }
    const QString project = positional.first();
    const std::optional<Model::ProjectData> data = loadProject(project, io, "plan");
    if (!data)
        return BadUsage;

    Planner planner(*data, seedValue);
    const Plan plan = planner.plan();
    if (parser.isSet(json)) {
        io.out << QJsonDocument(planJson(plan, *data)).toJson(QJsonDocument::Indented);
    } else {
        io.out << Tr::tr("Plan of %1 (seed %2)").arg(project).arg(seedValue) << "\n\n";
        printServices(io, plan);
        printInstances(io, plan);
        printPreflight(io, plan);
        int placed = 0;
        for (const ServicePlan &s : plan.services)
            placed += int(s.placed.size());
        io.out << '\n'
               << Tr::tr("%n task(s) placed, ", nullptr, placed)
               << Tr::tr("%n cannot be placed, ", nullptr, plan.unplacedCount())
               << Tr::tr("%n deployment(s) would stall.", nullptr, plan.stallCount()) << '\n';
    }
    io.out.flush();
    return plan.isClean() ? Ok : DesignErrors;
}

} // namespace Berth::Cli
