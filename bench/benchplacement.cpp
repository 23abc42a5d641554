// Places 10,000 tasks (20 services of 500) on 500, 5,000 and 50,000 instances with
// binpack(memory), spread(attribute:ecs.availability-zone), distinctInstance and a memberOf
// constraint, one task at a time on one thread, and prints placements/s and the latency of
// one placement (p50, p99, max). Failed placements count as placements: the placer still
// searched. Explanations are not computed: they are on demand, off this path. Then it
// times a whole Planner::plan() of the same design (placement and deployment preflight).
//
//   berth-bench-placement [--instances N]... [--tasks T] [--seed S]
//                         [--strategy TYPE:FIELD,...]   e.g. spread:instanceId,random:

#include "engine/scheduler/placer.h"
#include "engine/scheduler/planner.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Berth;
using namespace Berth::Engine;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kServices = 20;

struct Result
{
    int instances = 0;
    int attempts = 0;
    int placed = 0;
    double seconds = 0;
    double setupSeconds = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double planSeconds = 0;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Model::ProjectData makeProject(int instances, int tasks, quint32 seed,
                               const QList<Model::PlacementStrategy> &chain)
{
    static const QStringList types{"t3.medium", "m5.large", "m5.xlarge", "c5.xlarge",
                                   "m5.2xlarge", "t3.xlarge"};
    static const QStringList zones{"us-east-1a", "us-east-1b", "us-east-1c"};
    QRandomGenerator rng(seed);
    Model::ProjectData project;
    Model::Cluster cluster;
    cluster.name = QStringLiteral("bench");
    for (int i = 0; i < instances; ++i) {
        Model::ContainerInstance ci = Model::ContainerInstance::ofType(
            QStringLiteral("i-%1").arg(i), types.at(int(rng.bounded(types.size()))),
            zones.at(int(rng.bounded(zones.size()))));
        ci.attributes.insert(QStringLiteral("tier"), rng.bounded(10) == 0
                                                         ? QStringLiteral("batch")
                                                         : QStringLiteral("web"));
        cluster.instances.append(ci);
    }
    project.clusters = {cluster};
    for (int s = 0; s < kServices; ++s) {
        Model::ContainerDefinition c;
        c.setName(QStringLiteral("app"));
        c.setImage(QStringLiteral("berth/demo"));
        c.setCpu(64 * (1 + s % 4));
        c.setMemory(128 * (1 + s % 5));
        Model::TaskDefinition td(QJsonObject{{"family", QStringLiteral("svc%1").arg(s)}});
        td.setContainers({c});
        project.taskDefinitions.append(td);
        Model::Service service;
        service.name = QStringLiteral("svc%1").arg(s);
        service.cluster = cluster.name;
        service.taskDefinition = td.family();
        service.desiredCount = tasks / kServices;
        service.placementStrategy = chain;
        service.placementConstraints = {{"distinctInstance", {}},
                                        {"memberOf", "attribute:tier != batch"}};
        project.services.append(service);
    }
    return project;
}

Result run(int instances, int tasks, quint32 seed, const QList<Model::PlacementStrategy> &chain)
{
    Result r;
    r.instances = instances;
    const auto setupStart = Clock::now();
    const Model::ProjectData project = makeProject(instances, tasks, seed, chain);
    ClusterState state = ClusterState::fromCluster(project.clusters.first(), 0);
    QList<TaskRequirements> services;
    for (const Model::Service &s : project.services)
        services << TaskRequirements::forService(s, *project.taskDefinitionOf(s));
    QStringList ids;
    for (int k = 0; k < tasks; ++k)
        ids << QStringLiteral("task-%1").arg(k);
    r.setupSeconds = secondsSince(setupStart);

    Placer placer(state, seed);
    std::vector<double> latencies;
    latencies.reserve(size_t(tasks));
    const int perService = std::max(1, tasks / kServices);
    const auto start = Clock::now();
    for (int k = 0; k < tasks; ++k) {
        const TaskRequirements &task = services.at(std::min(k / perService, kServices - 1));
        const auto before = Clock::now();
        const int instance = placer.place(task, ids.at(k));
        latencies.push_back(std::chrono::duration<double, std::micro>(Clock::now() - before)
                                .count());
        r.placed += instance >= 0 ? 1 : 0;
    }
    r.seconds = secondsSince(start);
    r.attempts = tasks;
    std::sort(latencies.begin(), latencies.end());
    r.p50 = latencies[latencies.size() / 2];
    r.p99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    r.max = latencies.back();

    const auto planStart = Clock::now();
    const Plan plan = Planner(project, seed).plan();
    r.planSeconds = secondsSince(planStart);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    int tasks = 10000;
    quint32 seed = 1;
    QList<Model::PlacementStrategy> chain{{"binpack", "memory"},
                                          {"spread", "attribute:ecs.availability-zone"}};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--instances")) {
            sizes << args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--tasks")) {
            tasks = std::max(kServices, args.at(i + 1).toInt());
        } else if (args.at(i) == QLatin1String("--seed")) {
            seed = args.at(i + 1).toUInt();
        } else if (args.at(i) == QLatin1String("--strategy")) {
            chain.clear();
            for (const QString &s : args.at(i + 1).split(u',', Qt::SkipEmptyParts))
                chain.append({s.section(u':', 0, 0), s.section(u':', 1)});
        }
    }
    if (sizes.isEmpty())
        sizes = {500, 5000, 50000};

    QTextStream out(stdout);
    QStringList names;
    for (const Model::PlacementStrategy &s : std::as_const(chain))
        names << (s.field.isEmpty() ? s.type : s.type + u'(' + s.field + u')');
    out << "berth-bench-placement: " << tasks << " tasks (" << kServices << " services), "
        << names.join(QStringLiteral(", "))
        << ", distinctInstance, memberOf(attribute:tier != batch); one thread\n";
    for (int size : std::as_const(sizes)) {
        const Result r = run(size, tasks, seed, chain);
        out << "\ninstances: " << r.instances << "\n"
            << "placed: " << r.placed << " of " << r.attempts << "\n"
            << "setup (s): " << QString::number(r.setupSeconds, 'f', 3) << "\n"
            << "placing (s): " << QString::number(r.seconds, 'f', 3) << "\n"
            << "placements/s: " << qint64(r.attempts / r.seconds) << "\n"
            << "p50 latency (us): " << QString::number(r.p50, 'f', 1) << "\n"
            << "p99 latency (us): " << QString::number(r.p99, 'f', 1) << "\n"
            << "max latency (us): " << QString::number(r.max, 'f', 1) << "\n"
            << "whole plan with preflight (ms): " << QString::number(r.planSeconds * 1000, 'f', 1)
            << "\n";
        out.flush();
    }
    return 0;
}
