// berth-bench-scaling: Application Auto Scaling's decisions for 200 services per tick, the
// work the run does once a (lab) minute. Each service has a target tracking policy on CPU
// and one on memory (half of them also a step scaling policy); every tick publishes a
// datapoint to every alarm, so each tick decides for every service. The CPU follows a slow
// wave so services scale out and back in. Prints the time per tick (all 200 services):
// median, p99 and worst over 2,000 ticks, as wall time and as the thread's CPU time (which a
// busy machine's preemption does not inflate). Build Release to measure.
#include "engine/scaling/servicescaler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

using namespace Berth;
using namespace Berth::Engine;

namespace {

constexpr int kServices = 200;
constexpr int kTicks = 2000;
constexpr qint64 kMinute = 60 * 1000;

qint64 threadCpuNanos()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Model::ServiceAutoScaling config(int i)
{
    Model::ServiceAutoScaling s;
    s.minCapacity = 1;
    s.maxCapacity = 50;
    Model::ScalingPolicy cpu;
    cpu.policyName = QStringLiteral("cpu");
    cpu.targetTracking.targetValue = 60;
    Model::ScalingPolicy memory = cpu;
    memory.policyName = QStringLiteral("memory");
    memory.targetTracking.predefinedMetricType =
        QStringLiteral("ECSServiceAverageMemoryUtilization");
    s.policies = {cpu, memory};
    if (i % 2 == 0) {
        Model::ScalingPolicy step;
        step.policyName = QStringLiteral("burst");
        step.policyType = QStringLiteral("StepScaling");
        step.stepScaling.adjustmentType = QStringLiteral("PercentChangeInCapacity");
        step.stepScaling.stepAdjustments = {{0.0, 20.0, 20}, {20.0, std::nullopt, 50}};
        step.stepScaling.minAdjustmentMagnitude = 1;
        step.stepScaling.alarm.alarmName = QStringLiteral("burst");
        step.stepScaling.alarm.threshold = 80;
        s.policies << step;
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    std::vector<ServiceScaler> scalers;
    std::vector<int> desired(kServices, 2);
    scalers.reserve(kServices);
    for (int i = 0; i < kServices; ++i)
        scalers.emplace_back(config(i), QStringLiteral("bench"), QStringLiteral("svc-%1").arg(i),
                             0);
    std::vector<qint64> nanos;
    std::vector<qint64> cpuNanos;
    nanos.reserve(kTicks);
    cpuNanos.reserve(kTicks);
    int changes = 0;
    qint64 now = 0;
    for (int tick = 0; tick < kTicks; ++tick) {
        // Samples are the engine's work (one per service per second); decisions are timed.
        for (int i = 0; i < kServices; ++i) {
            const double cpu = 55 + 45 * std::sin((tick + i) / 40.0);
            scalers[i].addSample(now + kMinute / 2, {cpu, 40.0, std::nullopt});
        }
        now += kMinute;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNanos();
        for (int i = 0; i < kServices; ++i) {
            const ScalingDecision d = scalers[i].tick(now, {desired[i], desired[i], false});
            if (d.desiredCount) {
                desired[i] = *d.desiredCount;
                ++changes;
            }
        }
        cpuNanos.push_back(threadCpuNanos() - cpuStart);
        nanos.push_back(timer.nsecsElapsed());
    }
    std::sort(nanos.begin(), nanos.end());
    std::sort(cpuNanos.begin(), cpuNanos.end());
    auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 3); };
    out << "scaling decisions, " << kServices << " services (2-3 policies each), " << kTicks
        << " ticks, " << changes << " desired-count changes\n";
    const auto line = [&](const char *what, const std::vector<qint64> &v) {
        out << what << ": median " << ms(v[v.size() / 2]) << " ms, p99 "
            << ms(v[v.size() * 99 / 100]) << " ms, worst " << ms(v.back()) << " ms\n";
    };
    line("per tick, wall time", nanos);
    line("per tick, thread CPU time", cpuNanos);
    out << "budget: 1 ms per tick\n";
    return cpuNanos[cpuNanos.size() * 99 / 100] < 1000000 ? 0 : 1;
}
