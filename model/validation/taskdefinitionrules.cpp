#include "model/validation/taskdefinitionrules.h"

#include "model/jsontext.h"
#include "model/validation/containerrules.h"
#include "model/validation/fargaterules.h"
#include "model/validation/placementrules.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Berth::Model::Internal {

namespace {

QString member(const QString &path, const char *key)
{
    return JsonText::member(path, QLatin1String(key));
}

} // namespace

void TaskDefinitionRules::check(const TaskDefinition &td, const QString &path, Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::TaskDefinition, td.key());
    checkFamily(td, path, report);
    checkContainerList(td, path, report);
    checkCpu(td, path, report);
    checkMemory(td, path, report);
    ContainerRules(td, path, report).check();
    FargateRules::check(td, path, report);
    PlacementRules::checkConstraints(td.placementConstraints(),
                                     member(path, "placementConstraints"),
                                     PlacementRules::Owner::TaskDefinition, report);
}

void TaskDefinitionRules::checkRevisions(const ProjectData &project, Diagnostics &out)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < project.taskDefinitions.size(); ++i) {
        const TaskDefinition &td = project.taskDefinitions.at(i);
        if (td.family().isEmpty())
            continue;
        if (seen.contains(td.key())) {
            Reporter report(out, Diagnostic::EntityKind::TaskDefinition, td.key());
            report.error(
                QStringLiteral("taskdef.revision.unique"),
                member(JsonText::index(QStringLiteral("$.taskDefinitions"), i), "revision"),
                tr("task definition %1 is in the project twice").arg(td.key()),
                tr("Give this revision the number %1, the next free one.")
                    .arg(project.nextRevision(td.family())));
        }
        seen.insert(td.key());
    }
}

void TaskDefinitionRules::checkFamily(const TaskDefinition &td, const QString &path,
                                      Reporter &report)
{
    const QString family = td.family();
    const QString rule = QStringLiteral("taskdef.family");
    if (family.isEmpty())
        report.error(rule, member(path, "family"), tr("the task definition has no family"),
                     tr("Set family; services name the task definition by it."));
    else if (!ContainerRules::isValidName(family))
        report.error(rule, member(path, "family"), tr("family \"%1\" is not valid").arg(family),
                     tr("Use up to 255 letters, digits, hyphens and underscores."));
}

void TaskDefinitionRules::checkContainerList(const TaskDefinition &td, const QString &path,
                                             Reporter &report)
{
    const QList<ContainerDefinition> containers = td.containers();
    const QString list = member(path, "containerDefinitions");
    if (containers.isEmpty()) {
        report.error(QStringLiteral("taskdef.containers"), list,
                     tr("the task definition has no container definitions"),
                     tr("Add at least one container to containerDefinitions."));
        return;
    }
    QHash<QString, qsizetype> names;
    bool anyEssential = false;
    for (qsizetype j = 0; j < containers.size(); ++j) {
        const ContainerDefinition &c = containers.at(j);
        anyEssential = anyEssential || c.essential();
        if (c.name().isEmpty())
            continue;
        if (names.contains(c.name()))
            report.error(QStringLiteral("taskdef.container.unique"),
                         member(JsonText::index(list, j), "name"),
                         tr("container name \"%1\" is used more than once (also at "
                            "containerDefinitions[%2])")
                             .arg(c.name())
                             .arg(names.value(c.name())),
                         tr("Give every container in the task definition its own name."));
        else
            names.insert(c.name(), j);
    }
    if (!anyEssential)
        report.error(QStringLiteral("taskdef.essential"), list,
                     tr("no container is essential; a task needs at least one essential "
                        "container"),
                     tr("Set essential to true (the default) on the main container."));
}

void TaskDefinitionRules::checkCpu(const TaskDefinition &td, const QString &path, Reporter &report)
{
    const QJsonValue value = td.json().value(QLatin1String("cpu"));
    if (value.isUndefined() || value.isNull())
        return;
    const auto cpu = td.cpu();
    if (!cpu || *cpu <= 0) {
        report.error(
            QStringLiteral("taskdef.cpu.format"), member(path, "cpu"),
            tr("task cpu \"%1\" is not a CPU value")
                .arg(value.isString() ? value.toString() : QString::number(value.toDouble())),
            tr("Write CPU units (\"256\", \"1024\") or vCPUs (\"1 vCPU\", "
               "\"0.5 vCPU\")."));
        return;
    }
    if (*cpu < 128)
        report.error(QStringLiteral("taskdef.cpu.minimum"), member(path, "cpu"),
                     tr("task cpu %1 is below ECS's minimum of 128 CPU units (0.125 vCPU)")
                         .arg(*cpu),
                     tr("Set the task's cpu to 128 or more, or remove it and size the "
                        "containers instead."));
    int sum = 0;
    for (const ContainerDefinition &c : td.containers())
        sum += c.cpu();
    if (sum > *cpu)
        report.error(
            QStringLiteral("taskdef.cpu.sum"), member(path, "cpu"),
            tr("the containers reserve %1 CPU units, more than the task's cpu (%2)")
                .arg(sum)
                .arg(*cpu),
            tr("Raise the task's cpu to at least %1 or lower the containers' cpu.").arg(sum));
}

void TaskDefinitionRules::checkMemory(const TaskDefinition &td, const QString &path,
                                      Reporter &report)
{
    const QJsonValue value = td.json().value(QLatin1String("memory"));
    if (value.isUndefined() || value.isNull())
        return;
    const auto memory = td.memory();
    if (!memory || *memory <= 0) {
        report.error(
            QStringLiteral("taskdef.memory.format"), member(path, "memory"),
            tr("task memory \"%1\" is not a memory value")
                .arg(value.isString() ? value.toString() : QString::number(value.toDouble())),
            tr("Write MiB (\"512\", \"2048\") or GB (\"2 GB\")."));
        return;
    }
    const QList<ContainerDefinition> containers = td.containers();
    const QString list = member(path, "containerDefinitions");
    int sum = 0;
    for (qsizetype j = 0; j < containers.size(); ++j) {
        const ContainerDefinition &c = containers.at(j);
        sum += c.reservedMemory();
        const auto limit = c.memory();
        if (limit && *limit > *memory)
            report.error(QStringLiteral("taskdef.memory.container"),
                         member(JsonText::index(list, j), "memory"),
                         tr("container \"%1\" has a memory hard limit of %2 MiB, more than the "
                            "task's memory (%3 MiB)")
                             .arg(c.name())
                             .arg(*limit)
                             .arg(*memory),
                         tr("Lower the container's memory to at most %1 MiB or raise the "
                            "task's memory.")
                             .arg(*memory));
    }
    if (sum > *memory)
        report.error(QStringLiteral("taskdef.memory.sum"), member(path, "memory"),
                     tr("the containers reserve %1 MiB (memoryReservation, else memory), more "
                        "than the task's memory (%2 MiB)")
                         .arg(sum)
                         .arg(*memory),
                     tr("Raise the task's memory to at least %1 MiB or lower the containers' "
                        "memory.")
                         .arg(sum));
}

} // namespace Berth::Model::Internal
