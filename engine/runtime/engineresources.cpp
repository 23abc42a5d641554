// What a project owns in the runtime, by label: its name as a label value, and removing all
// of it (`berth down`).
#include "engine/runtime/engine.h"

#include "engine/docker/dockerruntime.h"
#include "engine/runtime/containerspec.h"

#include <QRegularExpression>

namespace Berth::Engine {

QString Engine::projectLabel(const Model::ProjectData &project)
{
    static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_.-]+"));
    QString name = project.name.isEmpty() ? QStringLiteral("project") : project.name;
    return name.replace(bad, QStringLiteral("_"));
}

int Engine::removeProjectResources(ContainerRuntime &runtime, const QString &project,
                                   QString *error)
{
    const auto listed =
        runtime.listContainers({QLatin1String(ContainerSpec::kProject) + u'=' + project});
    if (!listed.ok()) {
        if (error)
            *error = listed.error().message();
        return -1;
    }
    int removed = 0;
    QStringList tasks;
    for (const Docker::ContainerSummary &c : listed.value()) {
        tasks << c.labels.value(QLatin1String(ContainerSpec::kTask)).left(12);
        if (runtime.removeContainer(c.id, true, true).ok())
            ++removed;
    }
    const auto volumes = runtime.listVolumes();
    if (volumes.ok()) {
        for (const QString &name : volumes.value()) {
            const QString owner = name.section(u'-', 1, 1);
            if (name.startsWith(QLatin1String("berth-"))
                && (tasks.contains(owner) || name.startsWith(QStringLiteral("berth-%1-")
                                                                  .arg(project))))
                runtime.removeVolume(name);
        }
    }
    const auto networks =
        runtime.listNetworks({QLatin1String(ContainerSpec::kProject) + u'=' + project});
    if (networks.ok()) {
        for (const NetworkSummary &n : networks.value())
            runtime.removeNetwork(n.id);
    }
    return removed;
}

int Engine::removeProjectResources(Docker::DockerClient &docker, const QString &project,
                                   QString *error)
{
    // Not owned: the caller keeps the client.
    Docker::DockerRuntime runtime(std::shared_ptr<Docker::DockerClient>(&docker, [](auto *) {}));
    return removeProjectResources(runtime, project, error);
}

} // namespace Berth::Engine
