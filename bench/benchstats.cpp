// berth-bench-stats: 50 containers sampled at 1 Hz for 60 s through Berth's StatsSampler as
// Berth runs it (the kernel's counters for local containers), again from the daemon's
// one-shot stats only, then the same minute of `docker stats`. Prints the share of samples
// delivered (goal >= 95%) and the CPU time of each (goal: Berth <= 0.3x docker stats).   berth-bench-stats [--containers N] [--seconds S]
#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/metrics/statssampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Berth::Engine;

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Measured
{
    quint64 samples = 0;
    double produced = 0; ///< seconds covered by the samples, summed over the containers
    double cpu = 0;
    int fromKernel = 0;
};

Measured measure(const std::shared_ptr<Docker::DockerClient> &docker, const QStringList &ids,
                 int seconds, StatsSampler::Source source)
{
    Measured m;
    const double before = cpuSeconds(RUSAGE_SELF);
    {
        StatsSampler sampler(docker, source);
        sampler.sync(ids);
        // Until every container has a sample (the daemon's first one-shot round can take
        // seconds), then one more second: the first sample of each carries no CPU delta.
        QElapsedTimer waited;
        waited.start();
        const auto allSampled = [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](const QString &id) { return sampler.latest(id).has_value(); });
        };
        while (!allSampled() && waited.elapsed() < 15000)
            QThread::msleep(100);
        QThread::msleep(1000);
        const quint64 start = sampler.samplesReceived();
        QHash<QString, QDateTime> first;
        for (const QString &id : ids) {
            if (const auto s = sampler.latest(id))
                first.insert(id, s->at);
        }
        QThread::sleep(seconds);
        m.samples = sampler.samplesReceived() - start;
        m.fromKernel = sampler.readFromKernel();
        // Each sample carries its read time: how far apart they came.
        for (const QString &id : ids) {
            const auto s = sampler.latest(id);
            if (s && first.contains(id))
                m.produced += double(first.value(id).msecsTo(s->at)) / 1000.0;
        }
    }
    m.cpu = cpuSeconds(RUSAGE_SELF) - before;
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count =
        args.contains("--containers") ? args.at(args.indexOf("--containers") + 1).toInt() : 50;
    const int seconds =
        args.contains("--seconds") ? args.at(args.indexOf("--seconds") + 1).toInt() : 60;
    auto docker = std::make_shared<Docker::DockerClient>();
    if (!docker->ping().ok() || !ensureDemoImage(*docker).ok()) {
        std::fprintf(stderr, "berth-bench-stats: needs a Docker daemon and the demo image\n");
        return 2;
    }
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QJsonObject body{{"Image", "berth/demo:1"},
                               {"Labels", QJsonObject{{"io.berth.bench", "stats"}}},
                               {"HostConfig", QJsonObject{{"Memory", 32 * 1024 * 1024}}}};
        const auto created = docker->createContainer(body, QStringLiteral("berth-bench-stats-%1")
                                                               .arg(i));
        if (!created.ok() || !docker->startContainer(created->id).ok()) {
            std::fprintf(stderr, "cannot start container %d\n", i);
            return 2;
        }
        ids << created->id;
    }
    QThread::sleep(2);

    const Measured kernel = measure(docker, ids, seconds, StatsSampler::Source::Automatic);
    const Measured daemon = measure(docker, ids, seconds, StatsSampler::Source::DaemonOnly);

    double before = cpuSeconds(RUSAGE_CHILDREN);
    QProcess stats;
    stats.setStandardOutputFile(QProcess::nullDevice());
    const QStringList statsArgs = QStringList{QStringLiteral("stats"), QStringLiteral("--format"),
                                              QStringLiteral("{{.Container}} {{.CPUPerc}}")}
                                  + ids;
    stats.start(QStringLiteral("docker"), statsArgs);
    stats.waitForStarted();
    QThread::sleep(seconds);
    stats.kill(); // the docker CLI keeps streaming until killed
    stats.waitForFinished(10000);
    const double dockerCpu = cpuSeconds(RUSAGE_CHILDREN) - before;

    for (const QString &id : ids)
        docker->removeContainer(id, true, true);

    const double expected = double(count) * seconds;
    std::printf("containers: %d, seconds: %d\ndocker stats CPU time: %.2f s\n", count, seconds,
                dockerCpu);
    const auto print = [&](const char *name, const Measured &m) {
        std::printf("%s (%d of %d containers read from the kernel's counters):\n"
                    "  samples delivered: %llu of %.0f (%.1f%%)\n"
                    "  sampler CPU time: %.2f s, ratio to docker stats: %.2f\n"
                    "  interval between a container's samples (mean): %.3f s\n",
                    name, m.fromKernel, count, static_cast<unsigned long long>(m.samples),
                    expected, 100.0 * double(m.samples) / expected, m.cpu,
                    dockerCpu > 0 ? m.cpu / dockerCpu : 0.0,
                    m.samples > 0 ? m.produced / double(m.samples) : 0.0);
    };
    print("Berth (automatic: what Berth uses)", kernel);
    print("Berth, daemon's one-shot stats only", daemon);
    return 0;
}
