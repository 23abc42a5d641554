// Places 10,000 tasks (20 services of 500) on 500, 5,000 and 50,000 instances with
// binpack(memory), spread(attribute:ecs.availability-zone), distinctInstance and a memberOf
// constraint, one task at a time on one thread, and prints placements/s and the latency of
// one placement (p50, p99, max). Failed placements count as placements: the placer still
// searched. Explanations are not computed: they are on demand, off this path.
//
//   berth-bench-placement [--instances N]... [--tasks T] [--seed S]
//                         [--strategy TYPE:FIELD,...]   e.g. spread:instanceId,random:

#include "engine/scheduler/placer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Berth;
using namespace Berth::Engine;

namespace {

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
};

ClusterState makeCluster(int count, quint32 seed)
{
    static const QStringList types{"t3.medium", "m5.large", "m5.xlarge", "c5.xlarge",
                                   "m5.2xlarge", "t3.xlarge"};
    static const QStringList zones{"us-east-1a", "us-east-1b", "us-east-1c"};
    QRandomGenerator rng(seed);
    ClusterState state(QStringLiteral("bench"));
    for (int i = 0; i < count; ++i) {
        Model::ContainerInstance ci = Model::ContainerInstance::ofType(
            QStringLiteral("i-%1").arg(i), types.at(int(rng.bounded(types.size()))),
            zones.at(int(rng.bounded(zones.size()))));
        ci.attributes.insert(QStringLiteral("tier"), rng.bounded(10) == 0
                                                         ? QStringLiteral("batch")
                                                         : QStringLiteral("web"));
        state.addInstance(ci);
    }
    return state;
}

QList<Model::PlacementStrategy> g_chain{{"binpack", "memory"},
                                        {"spread", "attribute:ecs.availability-zone"}};

QList<TaskRequirements> makeServices(int services)
{
    QList<TaskRequirements> out;
    for (int s = 0; s < services; ++s) {
        Model::ContainerDefinition c;
        c.setName(QStringLiteral("app"));
        c.setImage(QStringLiteral("berth/demo"));
        c.setCpu(64 * (1 + s % 4));
        c.setMemory(128 * (1 + s % 5));
        Model::TaskDefinition td(QJsonObject{{"family", QStringLiteral("svc%1").arg(s)}});
        td.setContainers({c});
        Model::Service service;
        service.name = QStringLiteral("svc%1").arg(s);
        service.placementStrategy = g_chain;
        service.placementConstraints = {{"distinctInstance", {}},
                                        {"memberOf", "attribute:tier != batch"}};
        out << TaskRequirements::forService(service, td);
    }
    return out;
}

Result run(int instances, int tasks, quint32 seed)
{
    using Clock = std::chrono::steady_clock;
    Result r;
    r.instances = instances;
    const auto setupStart = Clock::now();
    ClusterState state = makeCluster(instances, seed);
    const QList<TaskRequirements> services = makeServices(20);
    r.setupSeconds = std::chrono::duration<double>(Clock::now() - setupStart).count();

    Placer placer(state, seed);
    std::vector<double> latencies;
    latencies.reserve(size_t(tasks));
    QStringList ids;
    for (int k = 0; k < tasks; ++k)
        ids << QStringLiteral("task-%1").arg(k);
    const int perService = std::max(1, tasks / int(services.size()));
    const auto start = Clock::now();
    for (int k = 0; k < tasks; ++k) {
        const TaskRequirements &task = services.at(std::min(k / perService,
                                                            int(services.size()) - 1));
        const auto before = Clock::now();
        const int instance = placer.place(task, ids.at(k));
        latencies.push_back(std::chrono::duration<double, std::micro>(Clock::now() - before)
                                .count());
        r.placed += instance >= 0 ? 1 : 0;
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    r.attempts = tasks;
    std::sort(latencies.begin(), latencies.end());
    r.p50 = latencies[latencies.size() / 2];
    r.p99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    r.max = latencies.back();
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    int tasks = 10000;
    quint32 seed = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--instances"))
            sizes << args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--tasks"))
            tasks = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--strategy")) {
            // e.g. "spread:attribute:ecs.availability-zone,spread:instanceId"
            g_chain.clear();
            for (const QString &s : args.at(i + 1).split(u',', Qt::SkipEmptyParts))
                g_chain.append({s.section(u':', 0, 0), s.section(u':', 1)});
        }
    }
    if (sizes.isEmpty())
        sizes = {500, 5000, 50000};

    QTextStream out(stdout);
    QStringList chain;
    for (const Model::PlacementStrategy &s : std::as_const(g_chain))
        chain << (s.field.isEmpty() ? s.type : s.type + u'(' + s.field + u')');
    out << "berth-bench-placement: " << tasks << " tasks (20 services), "
        << chain.join(QStringLiteral(", "))
        << ", distinctInstance, memberOf(attribute:tier != batch); one thread\n";
    for (int size : std::as_const(sizes)) {
        const Result r = run(size, tasks, seed);
        out << "\ninstances: " << r.instances << "\n"
            << "placed: " << r.placed << " of " << r.attempts << "\n"
            << "setup (s): " << QString::number(r.setupSeconds, 'f', 3) << "\n"
            << "total (s): " << QString::number(r.seconds, 'f', 3) << "\n"
            << "placements/s: " << qint64(r.attempts / r.seconds) << "\n"
            << "p50 latency (us): " << QString::number(r.p50, 'f', 1) << "\n"
            << "p99 latency (us): " << QString::number(r.p99, 'f', 1) << "\n"
            << "max latency (us): " << QString::number(r.max, 'f', 1) << "\n";
        out.flush();
    }
    return 0;
}
