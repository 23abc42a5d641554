#include "model/validation/fargaterules.h"

#include "model/jsontext.h"

#include <QJsonArray>

namespace Berth::Model::Internal {

namespace {

/// Whether a member is set to something that asks for the feature (false, [] and "" don't).
bool isSet(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    return v.isDouble();
}

/// ECS treats a member set to null as absent.
bool has(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString joined(const QList<int> &values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(QLatin1String(", "));
}

} // namespace

QList<int> FargateRules::memoryChoices(int cpu)
{
    struct Row
    {
        int cpu, first, last, step;
    };
    static const Row table[] = {{512, 1024, 4096, 1024},    {1024, 2048, 8192, 1024},
                                {2048, 4096, 16384, 1024},  {4096, 8192, 30720, 1024},
                                {8192, 16384, 61440, 4096}, {16384, 32768, 122880, 8192}};
    if (cpu == 256)
        return {512, 1024, 2048};
    for (const Row &row : table) {
        if (row.cpu != cpu)
            continue;
        QList<int> out;
        for (int m = row.first; m <= row.last; m += row.step)
            out << m;
        return out;
    }
    return {};
}

bool FargateRules::isValidSize(int cpu, int memory)
{
    return memoryChoices(cpu).contains(memory);
}

void FargateRules::check(const TaskDefinition &td, const QString &path, Reporter &report)
{
    if (!td.requiresFargate())
        return;
    if (td.networkMode() != QLatin1String("awsvpc"))
        report.error(QStringLiteral("taskdef.fargate.networkMode"),
                     JsonText::member(path, QStringLiteral("networkMode")),
                     tr("a task definition that requires FARGATE must use networkMode awsvpc, "
                        "not %1")
                         .arg(td.networkMode()),
                     tr("Set networkMode to awsvpc."));
    checkSize(td, path, report);
    checkUnsupported(td, path, report);
}

void FargateRules::checkSize(const TaskDefinition &td, const QString &path, Reporter &report)
{
    const QString rule = QStringLiteral("taskdef.fargate.size");
    const QString cpuPath = JsonText::member(path, QStringLiteral("cpu"));
    const QString memoryPath = JsonText::member(path, QStringLiteral("memory"));
    const bool hasCpu = has(td.json(), "cpu");
    const bool hasMemory = has(td.json(), "memory");
    if (!hasCpu || !hasMemory) {
        report.error(rule, hasCpu ? memoryPath : cpuPath,
                     tr("a task definition that requires FARGATE needs task-level cpu and "
                        "memory"),
                     tr("Set cpu and memory on the task definition, e.g. \"cpu\": \"256\", "
                        "\"memory\": \"512\"."));
        return;
    }
    const auto cpu = td.cpu();
    const auto memory = td.memory();
    if (!cpu || !memory)
        return; // reported as taskdef.cpu.format / taskdef.memory.format
    const QList<int> choices = memoryChoices(*cpu);
    if (choices.isEmpty()) {
        report.error(rule, cpuPath, tr("Fargate does not offer %1 CPU units").arg(*cpu),
                     tr("Use 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units."));
        return;
    }
    if (!choices.contains(*memory))
        report.error(
            rule, memoryPath,
            tr("Fargate does not offer %1 MiB of memory with %2 CPU units").arg(*memory).arg(*cpu),
            tr("With %1 CPU units use one of: %2 (MiB).").arg(*cpu).arg(joined(choices)));
}

void FargateRules::checkUnsupported(const TaskDefinition &td, const QString &path,
                                    Reporter &report)
{
    const QString rule = QStringLiteral("taskdef.fargate.unsupported");
    auto flag = [&](const QString &at, const QString &what) {
        report.error(rule, at, tr("%1 is not supported on Fargate").arg(what),
                     tr("Remove %1, or drop FARGATE from requiresCompatibilities.").arg(what));
    };
    const QJsonObject &o = td.json();
    if (isSet(o.value(QLatin1String("placementConstraints"))))
        flag(JsonText::member(path, QStringLiteral("placementConstraints")),
             QStringLiteral("placementConstraints"));
    if (isSet(o.value(QLatin1String("ipcMode"))))
        flag(JsonText::member(path, QStringLiteral("ipcMode")), QStringLiteral("ipcMode"));
    const QString pidMode = o.value(QLatin1String("pidMode")).toString();
    if (!pidMode.isEmpty() && pidMode != QLatin1String("task"))
        flag(JsonText::member(path, QStringLiteral("pidMode")),
             QStringLiteral("pidMode %1").arg(pidMode));
    const QJsonArray volumes = o.value(QLatin1String("volumes")).toArray();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QJsonObject host = volumes.at(i).toObject().value(QLatin1String("host")).toObject();
        if (isSet(host.value(QLatin1String("sourcePath"))))
            flag(JsonText::member(
                     JsonText::member(
                         JsonText::index(JsonText::member(path, QStringLiteral("volumes")), i),
                         QStringLiteral("host")),
                     QStringLiteral("sourcePath")),
                 QStringLiteral("a host volume's sourcePath"));
    }

    static const QStringList containerMembers = {
        QStringLiteral("disableNetworking"), QStringLiteral("dnsSearchDomains"),
        QStringLiteral("dnsServers"),        QStringLiteral("dockerSecurityOptions"),
        QStringLiteral("extraHosts"),        QStringLiteral("links"),
        QStringLiteral("privileged")};
    const QString list = JsonText::member(path, QStringLiteral("containerDefinitions"));
    const QList<ContainerDefinition> containers = td.containers();
    for (qsizetype j = 0; j < containers.size(); ++j) {
        const QJsonObject &c = containers.at(j).json();
        const QString cp = JsonText::index(list, j);
        for (const QString &key : containerMembers) {
            if (isSet(c.value(key)))
                flag(JsonText::member(cp, key), key);
        }
        const QJsonObject linuxParameters = c.value(QLatin1String("linuxParameters")).toObject();
        for (const QString &key : {QStringLiteral("maxSwap"), QStringLiteral("swappiness")}) {
            if (linuxParameters.contains(key))
                flag(
                    JsonText::member(JsonText::member(cp, QStringLiteral("linuxParameters")), key),
                    QStringLiteral("linuxParameters.") + key);
        }
    }
}

} // namespace Berth::Model::Internal
