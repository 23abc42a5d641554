#include "engine/swarm/swarmdeployer.h"
#include "engine/enginetr.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/docker/dockerendpoint.h"
#include "engine/docker/transport.h"
#include "engine/secrets/secretstore.h"
#include "engine/swarm/stackspec.h"
#include "model/projectdata.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace Berth::Engine {

using Docker::DockerError;
using Docker::DockerResult;

namespace {

// A /services and a /tasks call take 1-4 ms each on a single-node swarm, so polling ten
// times a second costs the manager little and notices convergence within 0.1 s.
constexpr int kPollMs = 100;

QString stackFilter(const QString &stack)
{
    return QLatin1String(StackSpec::namespaceLabel) + QLatin1Char('=') + stack;
}

DockerError failure(const QString &message)
{
    return DockerError(DockerError::Kind::Daemon, message);
}

qint64 versionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("Version"))[QLatin1String("Index")].toInteger();
}

/// Whether a node meets constraints of the forms Berth writes: node.labels.NAME, node.role,
/// node.hostname, node.platform.os and .arch, each with == or !=.
bool meets(const QJsonObject &node, const QJsonArray &constraints)
{
    const QJsonObject spec = node.value(QLatin1String("Spec")).toObject();
    const QJsonObject description = node.value(QLatin1String("Description")).toObject();
    static const QRegularExpression form(QStringLiteral("^\\s*(\\S+)\\s*(==|!=)\\s*(.*?)\\s*$"));
    for (const QJsonValue &c : constraints) {
        const QRegularExpressionMatch m = form.match(c.toString());
        if (!m.hasMatch())
            continue;
        const QString subject = m.captured(1);
        QString actual;
        if (subject.startsWith(QLatin1String("node.labels.")))
            actual = spec.value(QLatin1String("Labels"))[subject.mid(12)].toString();
        else if (subject == QLatin1String("node.role"))
            actual = spec.value(QLatin1String("Role")).toString();
        else if (subject == QLatin1String("node.hostname"))
            actual = description.value(QLatin1String("Hostname")).toString();
        else if (subject == QLatin1String("node.platform.os"))
            actual = description.value(QLatin1String("Platform"))[QLatin1String("OS")].toString();
        else if (subject == QLatin1String("node.platform.arch"))
            actual = description.value(QLatin1String("Platform"))[QLatin1String("Architecture")]
                         .toString();
        else
            continue;
        if ((actual == m.captured(3)) != (m.captured(2) == QLatin1String("==")))
            return false;
    }
    return true;
}

} // namespace

bool SwarmServiceState::converged() const
{
    return running == desired && outdated == 0 && update != QLatin1String("updating") &&
           update != QLatin1String("rollback_started");
}

SwarmDeployer::SwarmDeployer(std::shared_ptr<Docker::DockerClient> client)
    : m_client(std::move(client))
{
}

SwarmDeployer::~SwarmDeployer() = default;

std::unique_ptr<SwarmDeployer> SwarmDeployer::forHost(const QString &dockerHost, QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dockerHost.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    Docker::DockerEndpoint endpoint;
    if (!Docker::DockerEndpoint::fromEnvironment(env, &endpoint, error))
        return nullptr;
    return std::make_unique<SwarmDeployer>(
        std::make_shared<Docker::DockerClient>(std::make_shared<Docker::Transport>(endpoint)));
}

DockerResult<void> SwarmDeployer::useTlsFromKeychain(SecretStore &keychain)
{
    Docker::DockerEndpoint endpoint = m_client->transport()->endpoint();
    if (endpoint.kind() != Docker::DockerEndpoint::Kind::Tcp)
        return DockerError(DockerError::Kind::Usage,
                           Tr::tr("TLS certificates from the keychain need a tcp:// manager, e.g. "
                                  "--docker-host tcp://manager:2376"));
    auto certificates = std::make_unique<QTemporaryDir>();
    const QString hostAndPort = QStringLiteral("%1:%2").arg(endpoint.host()).arg(endpoint.port());
    for (const QString file :
         {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}) {
        const QString key = SecretStore::dockerTlsKey(hostAndPort, file);
        const SecretResult value = keychain.read(key);
        if (!value.ok())
            return DockerError(
                DockerError::Kind::Usage,
                value.notFound()
                    ? Tr::tr("the keychain has no %1; store it with 'berth secret set %1 < %2'")
                          .arg(key, file)
                    : Tr::tr("cannot read %1 from the keychain: %2").arg(key, value.error));
        // libcurl reads certificates from files: owner-only, gone with the deployer.
        QFile out(certificates->filePath(file));
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            out.write(value.value.toUtf8() + '\n') < 0)
            return DockerError(DockerError::Kind::Usage,
                               Tr::tr("cannot write the TLS files to %1: %2")
                                   .arg(certificates->path(), out.errorString()));
    }
    endpoint.setTls(true, true, certificates->path());
    m_client =
        std::make_shared<Docker::DockerClient>(std::make_shared<Docker::Transport>(endpoint));
    m_certificates = std::move(certificates);
    return {};
}

QString SwarmDeployer::endpointName() const
{
    return m_client->transport()->endpoint().displayName();
}

void SwarmDeployer::line(const QString &text) const
{
    if (m_line)
        m_line(text);
}

DockerResult<void> SwarmDeployer::checkManager()
{
    const DockerResult<QJsonObject> info = m_client->info();
    if (!info.ok())
        return info.error();
    const QJsonObject swarm = info->value(QLatin1String("Swarm")).toObject();
    const QString state = swarm.value(QLatin1String("LocalNodeState")).toString();
    if (state != QLatin1String("active"))
        return DockerError(DockerError::Kind::Usage,
                           Tr::tr("the daemon is not part of a swarm (its state is \"%1\"); run "
                                  "'docker swarm init' on the machine that should manage it, or "
                                  "name a manager with --docker-host")
                               .arg(state));
    if (!swarm.value(QLatin1String("ControlAvailable")).toBool())
        return DockerError(DockerError::Kind::Usage,
                           Tr::tr("the daemon is a swarm worker, not a manager; name a manager "
                                  "with --docker-host (see 'docker node ls' on a manager)"));
    return {};
}

DockerResult<void> SwarmDeployer::deploy(const QString &stack, const QJsonObject &compose)
{
    QString error;
    QList<StackSpec::ServiceSpec> specs = StackSpec::services(stack, compose, &error);
    if (!error.isEmpty())
        return DockerError(DockerError::Kind::Usage, error);
    // A health-checked task counts as running only after its first check passes (an interval
    // later), so those services decide when the stack converges: they go first.
    std::stable_sort(
        specs.begin(), specs.end(),
        [](const StackSpec::ServiceSpec &a, const StackSpec::ServiceSpec &b) {
            const auto checked = [](const StackSpec::ServiceSpec &s) {
                return s.spec[QLatin1String("TaskTemplate")][QLatin1String("ContainerSpec")]
                    .toObject()
                    .contains(QLatin1String("Healthcheck"));
            };
            return checked(a) && !checked(b);
        });

    // Berth's demo image is built on the spot, as for a run; other images are the swarm's.
    for (const StackSpec::ServiceSpec &s : specs) {
        if (s.spec.value(QLatin1String("Labels"))[QLatin1String(StackSpec::imageLabel)] ==
            demoImageReference()) {
            line(Tr::tr("Preparing %1").arg(demoImageReference()));
            const auto image = ensureDemoImage(*m_client);
            if (!image.ok())
                return image.error();
            break;
        }
    }

    const QString network = StackSpec::defaultNetworkName(stack);
    const auto networks = m_client->listNetworks({stackFilter(stack)});
    if (!networks.ok())
        return networks.error();
    const bool haveNetwork =
        std::any_of(networks->begin(), networks->end(), [&](const QJsonObject &n) {
            return n.value(QLatin1String("Name")).toString() == network;
        });
    if (!haveNetwork) {
        line(Tr::tr("Creating network %1").arg(network));
        const QJsonObject body = StackSpec::defaultNetwork(stack);
        Docker::Labels labels;
        labels.insert(QLatin1String(StackSpec::namespaceLabel), stack);
        const auto created = m_client->createNetwork(network, body, labels);
        if (!created.ok())
            return created.error();
    }

    const auto existing = m_client->listServices({stackFilter(stack)});
    if (!existing.ok())
        return existing.error();
    QMap<QString, QJsonObject> byName;
    for (const QJsonObject &s : existing.value())
        byName.insert(s.value(QLatin1String("Spec"))[QLatin1String("Name")].toString(), s);
    for (const StackSpec::ServiceSpec &s : specs) {
        const QString name = s.spec.value(QLatin1String("Name")).toString();
        const auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            line(Tr::tr("Creating service %1").arg(name));
            const auto created = m_client->createService(s.spec);
            if (!created.ok())
                return created.error();
            continue;
        }
        line(Tr::tr("Updating service %1").arg(name));
        const auto updated = m_client->updateService(it->value(QLatin1String("ID")).toString(),
                                                     versionOf(*it), s.spec);
        if (!updated.ok())
            return updated.error();
        byName.remove(name);
    }
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        if (std::any_of(specs.begin(), specs.end(), [&](const StackSpec::ServiceSpec &s) {
                return s.spec.value(QLatin1String("Name")).toString() == it.key();
            }))
            continue;
        line(Tr::tr("Removing service %1, which the design no longer has").arg(it.key()));
        const auto removed = m_client->removeService(it->value(QLatin1String("ID")).toString());
        if (!removed.ok())
            return removed.error();
    }
    return {};
}

DockerResult<QList<SwarmServiceState>> SwarmDeployer::states(const QString &stack)
{
    const auto services = m_client->listServices({stackFilter(stack)});
    if (!services.ok())
        return services.error();
    QStringList ids;
    for (const QJsonObject &s : services.value())
        ids << s.value(QLatin1String("ID")).toString();
    QList<QJsonObject> tasks;
    if (!ids.isEmpty()) {
        const auto listed = m_client->listTasks({{QStringLiteral("service"), ids}});
        if (!listed.ok())
            return listed.error();
        tasks = listed.value();
    }
    // A global service runs once on every ready, active node that meets its constraints;
    // counting its tasks instead would call it converged before the first one is made.
    QList<QJsonObject> nodes;
    for (const QJsonObject &s : services.value()) {
        if (!s.value(QLatin1String("Spec"))[QLatin1String("Mode")].toObject().contains(
                QLatin1String("Global")))
            continue;
        const auto listed = m_client->listNodes();
        if (!listed.ok())
            return listed.error();
        for (const QJsonObject &n : listed.value())
            if (n.value(QLatin1String("Status"))[QLatin1String("State")] ==
                    QLatin1String("ready") &&
                n.value(QLatin1String("Spec"))[QLatin1String("Availability")] ==
                    QLatin1String("active"))
                nodes << n;
        break;
    }
    QList<SwarmServiceState> out;
    for (const QJsonObject &s : services.value()) {
        const QJsonObject spec = s.value(QLatin1String("Spec")).toObject();
        const QJsonValue current =
            spec.value(QLatin1String("TaskTemplate"))[QLatin1String("ContainerSpec")];
        const QString id = s.value(QLatin1String("ID")).toString();
        SwarmServiceState state;
        state.name = spec.value(QLatin1String("Name")).toString();
        state.update = s.value(QLatin1String("UpdateStatus"))[QLatin1String("State")].toString();
        const bool global =
            spec.value(QLatin1String("Mode")).toObject().contains(QLatin1String("Global"));
        QDateTime latestProblem;
        for (const QJsonObject &t : std::as_const(tasks)) {
            if (t.value(QLatin1String("ServiceID")).toString() != id)
                continue;
            const QJsonObject status = t.value(QLatin1String("Status")).toObject();
            const QString err = status.value(QLatin1String("Err")).toString();
            const QString taskState = status.value(QLatin1String("State")).toString();
            const QDateTime at = QDateTime::fromString(
                status.value(QLatin1String("Timestamp")).toString(), Qt::ISODateWithMs);
            const bool problem = !err.isEmpty() || (taskState == QLatin1String("pending") &&
                                                    !status.value("Message").isNull());
            if (problem && (latestProblem.isNull() || at > latestProblem)) {
                latestProblem = at;
                state.problem =
                    err.isEmpty() ? status.value(QLatin1String("Message")).toString() : err;
            }
            if (t.value(QLatin1String("DesiredState")).toString() != QLatin1String("running"))
                continue;
            const bool isCurrent =
                t.value(QLatin1String("Spec"))[QLatin1String("ContainerSpec")] == current;
            if (!isCurrent) {
                ++state.outdated;
                continue;
            }
            state.running += taskState == QLatin1String("running");
        }
        if (global) {
            const QJsonArray constraints = spec.value(QLatin1String(
                "TaskTemplate"))[QLatin1String("Placement")][QLatin1String("Constraints")]
                                               .toArray();
            state.desired =
                int(std::count_if(nodes.begin(), nodes.end(),
                                  [&](const QJsonObject &n) { return meets(n, constraints); }));
        } else {
            state.desired = spec.value(QLatin1String(
                "Mode"))[QLatin1String("Replicated")][QLatin1String("Replicas")]
                                .toInt();
        }
        if (state.running == state.desired)
            state.problem.clear();
        out.append(state);
    }
    std::sort(out.begin(), out.end(), [](const SwarmServiceState &a, const SwarmServiceState &b) {
        return a.name < b.name;
    });
    return out;
}

DockerResult<QList<SwarmServiceState>> SwarmDeployer::waitConverged(const QString &stack,
                                                                    int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QList<SwarmServiceState> last;
    for (;;) {
        const auto now = states(stack);
        if (!now.ok())
            return now.error();
        if (now.value() != last) {
            last = now.value();
            if (m_states)
                m_states(last);
        }
        for (const SwarmServiceState &s : last) {
            if (s.update == QLatin1String("rollback_completed") ||
                s.update == QLatin1String("paused") || s.update == QLatin1String("rollback_paused"))
                return failure(
                    Tr::tr("the update of %1 failed (%2)%3; see 'docker service ps %1'")
                        .arg(s.name, s.update,
                             s.problem.isEmpty() ? QString() : QStringLiteral(": ") + s.problem));
        }
        if (std::all_of(last.begin(), last.end(),
                        [](const SwarmServiceState &s) { return s.converged(); }))
            return last;
        if (m_cancelled)
            return DockerError(DockerError::Kind::Cancelled,
                               Tr::tr("the wait was cancelled; the stack goes on converging"));
        if (deadline.hasExpired()) {
            QStringList behind;
            for (const SwarmServiceState &s : std::as_const(last))
                if (!s.converged())
                    behind << Tr::tr("%1 %2/%3 running%4")
                                  .arg(s.name)
                                  .arg(s.running)
                                  .arg(s.desired)
                                  .arg(s.problem.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" (") + s.problem + QLatin1Char(')'));
            return DockerError(DockerError::Kind::Timeout,
                               Tr::tr("the stack did not converge within %1 s: %2. The services "
                                      "keep trying; 'docker service ps' shows why.")
                                   .arg(timeoutMs / 1000)
                                   .arg(behind.join(QStringLiteral("; "))));
        }
        QThread::msleep(kPollMs);
    }
}

DockerResult<void> SwarmDeployer::remove(const QString &stack, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto services = m_client->listServices({stackFilter(stack)});
    if (!services.ok())
        return services.error();
    for (const QJsonObject &s : services.value()) {
        line(Tr::tr("Removing service %1")
                 .arg(s.value(QLatin1String("Spec"))[QLatin1String("Name")].toString()));
        const auto removed = m_client->removeService(s.value(QLatin1String("ID")).toString());
        if (!removed.ok() && removed.error().httpStatus() != 404)
            return removed.error();
    }
    // The tasks' containers stop in the background; a network with endpoints left cannot go.
    for (;;) {
        const auto containers = m_client->listContainers({stackFilter(stack)});
        const auto networks = m_client->listNetworks({stackFilter(stack)});
        if (!containers.ok())
            return containers.error();
        if (!networks.ok())
            return networks.error();
        if (containers->isEmpty()) {
            bool allGone = true;
            for (const QJsonObject &n : networks.value()) {
                const QString name = n.value(QLatin1String("Name")).toString();
                const auto removed =
                    m_client->removeNetwork(n.value(QLatin1String("Id")).toString());
                if (removed.ok())
                    line(Tr::tr("Removed network %1").arg(name));
                allGone = allGone && (removed.ok() || removed.error().httpStatus() == 404);
            }
            if (allGone)
                return {};
        }
        if (m_cancelled)
            return DockerError(
                DockerError::Kind::Cancelled,
                Tr::tr("the wait was cancelled; run the removal again to finish it"));
        if (deadline.hasExpired())
            return DockerError(DockerError::Kind::Timeout,
                               Tr::tr("the stack's containers were still stopping after %1 s; run "
                                      "the removal again to finish it")
                                   .arg(timeoutMs / 1000));
        QThread::msleep(kPollMs);
    }
}

DockerResult<QStringList> SwarmDeployer::labelNodes(const Model::ProjectData &project)
{
    const auto nodes = m_client->listNodes();
    if (!nodes.ok())
        return nodes.error();
    QList<QJsonObject> sorted = nodes.value();
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("Description"))[QLatin1String("Hostname")].toString() <
               b.value(QLatin1String("Description"))[QLatin1String("Hostname")].toString();
    });
    QList<QMap<QString, QString>> attributes;
    for (const Model::Cluster &c : project.clusters)
        for (const Model::ContainerInstance &i : c.instances) {
            QMap<QString, QString> a = i.attributes;
            a.insert(QStringLiteral("ecs.availability-zone"), i.availabilityZone);
            a.insert(QStringLiteral("ecs.instance-type"), i.instanceType);
            attributes << a;
        }
    QStringList done;
    for (qsizetype n = 0; n < sorted.size() && n < attributes.size(); ++n) {
        const QJsonObject &node = sorted.at(n);
        QJsonObject spec = node.value(QLatin1String("Spec")).toObject();
        QJsonObject labels = spec.value(QLatin1String("Labels")).toObject();
        QStringList shown;
        const QMap<QString, QString> &a = attributes.at(n);
        for (auto it = a.begin(); it != a.end(); ++it) {
            labels.insert(it.key(), it.value());
            shown << it.key() + QLatin1Char('=') + it.value();
        }
        spec.insert(QLatin1String("Labels"), labels);
        const auto updated =
            m_client->updateNode(node.value(QLatin1String("ID")).toString(), versionOf(node), spec);
        if (!updated.ok())
            return updated.error();
        done << QStringLiteral("%1: %2").arg(
            node.value(QLatin1String("Description"))[QLatin1String("Hostname")].toString(),
            shown.join(QStringLiteral(", ")));
    }
    return done;
}

} // namespace Berth::Engine
