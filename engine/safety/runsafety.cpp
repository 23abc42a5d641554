#include "engine/safety/runsafety.h"

#include "model/jsontext.h"

#include <QDir>
#include <QJsonArray>

namespace Berth::Engine {

using Model::JsonText;
using Model::SafetyFinding;

namespace {

bool isDockerSocket(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return clean == QLatin1String("/var/run/docker.sock")
           || clean == QLatin1String("/run/docker.sock")
           || clean.endsWith(QLatin1String("/docker.sock"));
}

} // namespace

QList<SafetyFinding> RunSafety::ofTaskDefinition(const Model::TaskDefinition &td,
                                                 const QString &path)
{
    QList<SafetyFinding> out = Model::SafetyReview::ofTaskDefinition(td, path);
    const QString volumesPath = JsonText::member(path, QStringLiteral("volumes"));
    const QJsonArray volumes = td.json().value(QLatin1String("volumes")).toArray();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QString source = volumes.at(i).toObject().value(QLatin1String("host")).toObject()
                                   .value(QLatin1String("sourcePath")).toString();
        if (source.isEmpty() || !isDockerSocket(source))
            continue;
        const QString at = JsonText::member(
            JsonText::member(JsonText::index(volumesPath, i), QStringLiteral("host")),
            QStringLiteral("sourcePath"));
        for (SafetyFinding &f : out) {
            if (f.rule == QLatin1String("safety.host-mount") && f.path == at)
                f.allows = tr("controlling the Docker daemon, e.g. starting a privileged "
                              "container: root on the host");
        }
    }
    return out;
}

QList<SafetyFinding> RunSafety::ofProject(const Model::ProjectData &project)
{
    QList<SafetyFinding> out;
    for (qsizetype i = 0; i < project.taskDefinitions.size(); ++i)
        out += ofTaskDefinition(
            project.taskDefinitions.at(i),
            JsonText::member(JsonText::index(QStringLiteral("$.taskDefinitions"), i),
                             QStringLiteral("definition")));
    return out;
}

QList<SafetyFinding> RunSafety::ofDockerHost(const QProcessEnvironment &env)
{
    const QString host = env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    const bool tcp = host.startsWith(QLatin1String("tcp://"))
                     || host.startsWith(QLatin1String("http://"));
    // As the docker CLI: any non-empty DOCKER_TLS_VERIFY or DOCKER_TLS turns TLS on.
    const bool tls = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty()
                     || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    if (!tcp || (tls && host.startsWith(QLatin1String("tcp://"))))
        return {};
    return {{QStringLiteral("safety.docker-tcp"), {}, {}, QStringLiteral("DOCKER_HOST"),
             tr("the Docker daemon at %1 is reached over plain TCP, without TLS").arg(host),
             tr("anyone who can reach that address to run containers as root on its host, and "
                "to read what Berth sends it, secret values among them")}};
}

QList<SafetyFinding> RunSafety::review(const Model::ProjectData &project,
                                       const QProcessEnvironment &env)
{
    return ofDockerHost(env) + ofProject(project);
}

QList<SafetyFinding> RunSafety::review(const Model::TaskDefinition &td,
                                       const QProcessEnvironment &env)
{
    return ofTaskDefinition(td) + ofDockerHost(env);
}

} // namespace Berth::Engine
