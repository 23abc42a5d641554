#include "engine/metrics/containerstats.h"

#include <QJsonArray>

namespace Berth::Engine {

namespace {
constexpr double kMiB = 1024.0 * 1024.0;

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}
} // namespace

std::optional<ContainerStats> ContainerStats::fromJson(const QJsonObject &stats,
                                                       const QJsonObject &previous)
{
    const QJsonObject cpu = stats.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject memory = stats.value(QLatin1String("memory_stats")).toObject();
    if (cpu.isEmpty() && memory.isEmpty())
        return std::nullopt;
    ContainerStats s;
    s.at = QDateTime::fromString(stats.value(QLatin1String("read")).toString(),
                                 Qt::ISODateWithMs);
    if (!s.at.isValid())
        s.at = QDateTime::currentDateTimeUtc();

    const QJsonObject pre = previous.isEmpty()
                                ? stats.value(QLatin1String("precpu_stats")).toObject()
                                : previous.value(QLatin1String("cpu_stats")).toObject();
    const double total = number(cpu.value(QLatin1String("cpu_usage")).toObject(), "total_usage");
    const double preTotal =
        number(pre.value(QLatin1String("cpu_usage")).toObject(), "total_usage");
    const double system = number(cpu, "system_cpu_usage");
    const double preSystem = number(pre, "system_cpu_usage");
    double cpus = number(cpu, "online_cpus");
    if (cpus <= 0)
        cpus = cpu.value(QLatin1String("cpu_usage")).toObject()
                   .value(QLatin1String("percpu_usage")).toArray().size();
    if (cpus <= 0)
        cpus = 1;
    if (system > preSystem && total >= preTotal && preSystem > 0)
        s.cpuPercent = (total - preTotal) / (system - preSystem) * cpus * 100.0;

    // Page cache is not "used": cgroup v2 reports inactive_file, v1 total_inactive_file.
    const QJsonObject detail = memory.value(QLatin1String("stats")).toObject();
    double cache = number(detail, "inactive_file");
    if (cache <= 0)
        cache = number(detail, "total_inactive_file");
    const double usage = number(memory, "usage");
    s.memoryMiB = qMax(0.0, usage - cache) / kMiB;
    s.memoryLimitMiB = number(memory, "limit") / kMiB;

    const QJsonObject networks = stats.value(QLatin1String("networks")).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        s.networkRxBytes += qint64(number(it.value().toObject(), "rx_bytes"));
        s.networkTxBytes += qint64(number(it.value().toObject(), "tx_bytes"));
    }
    const QJsonArray io = stats.value(QLatin1String("blkio_stats")).toObject()
                              .value(QLatin1String("io_service_bytes_recursive")).toArray();
    for (const QJsonValue v : io) {
        const QJsonObject o = v.toObject();
        const QString op = o.value(QLatin1String("op")).toString().toLower();
        if (op == QLatin1String("read"))
            s.blockReadBytes += qint64(number(o, "value"));
        else if (op == QLatin1String("write"))
            s.blockWriteBytes += qint64(number(o, "value"));
    }
    return s;
}

} // namespace Berth::Engine
