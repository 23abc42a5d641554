#include "fakeruntime.h"

#include <QJsonArray>

namespace Berth::Tests {

using Engine::ContainerDetails;
using Engine::Docker::ContainerSummary;
using Engine::Docker::CreatedContainer;
using Engine::Docker::DockerError;

class FakeRuntime::Events final : public Engine::EventStream
{
public:
    explicit Events(QStringList filters) : m_filters(std::move(filters)) {}
    void start() override { m_started = true; }
    void cancel() override { m_started = false; }
    /// Queued, as a daemon's events arrive after the call that caused them.
    void announce(const QString &action, const QString &id, int exitCode,
                  const Engine::Docker::Labels &labels)
    {
        if (!m_started || !FakeRuntime::matches(labels, m_filters))
            return;
        QMetaObject::invokeMethod(
            this, [=, this] { Q_EMIT containerEvent(action, id, exitCode); },
            Qt::QueuedConnection);
    }
    void end()
    {
        if (m_started)
            QMetaObject::invokeMethod(this, [this] { Q_EMIT ended(); }, Qt::QueuedConnection);
        m_started = false;
    }

private:
    QStringList m_filters;
    bool m_started = false;
};

void FakeRuntime::setReachable(bool reachable)
{
    QMutexLocker locker(&m_mutex);
    m_reachable = reachable;
    if (!reachable) {
        for (const QPointer<Events> &e : std::as_const(m_streams)) {
            if (e)
                e->end();
        }
    }
}

void FakeRuntime::exitOnStart(const QString &image, int exitCode)
{
    QMutexLocker locker(&m_mutex);
    m_exitOnStart.insert(image, exitCode);
}

void FakeRuntime::failStart(const QString &image, const QString &message)
{
    QMutexLocker locker(&m_mutex);
    m_failStart.insert(image, message);
}

void FakeRuntime::setHealth(const QString &image, const QString &health)
{
    QMutexLocker locker(&m_mutex);
    m_health.insert(image, health);
    for (Container &c : m_containers) {
        if (c.image == image)
            c.health = health;
    }
}

void FakeRuntime::missingImage(const QString &image)
{
    QMutexLocker locker(&m_mutex);
    m_missing.insert(image);
}

void FakeRuntime::crash(const QString &id, int exitCode)
{
    QMutexLocker locker(&m_mutex);
    if (Container *c = find(id); c && c->state == QLatin1String("running"))
        die(*c, exitCode);
}

QList<FakeRuntime::Container> FakeRuntime::containers() const
{
    QMutexLocker locker(&m_mutex);
    return m_containers;
}

int FakeRuntime::running(const QString &key, const QString &value) const
{
    QMutexLocker locker(&m_mutex);
    int n = 0;
    for (const Container &c : m_containers)
        n += c.state == QLatin1String("running") && c.labels.value(key) == value;
    return n;
}

int FakeRuntime::mostRunning(const QString &key, const QString &value) const
{
    QMutexLocker locker(&m_mutex);
    return m_mostRunning.value(key + u'=' + value);
}

int FakeRuntime::created() const
{
    QMutexLocker locker(&m_mutex);
    return m_created;
}

DockerError FakeRuntime::unreachable()
{
    return DockerError(DockerError::Kind::Connection,
                       QStringLiteral("Cannot connect to the fake runtime"));
}

DockerError FakeRuntime::notFound(const QString &what)
{
    return DockerError(DockerError::Kind::Http, QStringLiteral("No such container: %1").arg(what),
                       404);
}

FakeRuntime::Container *FakeRuntime::find(const QString &idOrName)
{
    for (Container &c : m_containers) {
        if (c.id == idOrName || c.name == idOrName)
            return &c;
    }
    return nullptr;
}

const FakeRuntime::Container *FakeRuntime::find(const QString &idOrName) const
{
    return const_cast<FakeRuntime *>(this)->find(idOrName);
}

bool FakeRuntime::matches(const Engine::Docker::Labels &labels, const QStringList &filters)
{
    for (const QString &f : filters) {
        const QString key = f.section(u'=', 0, 0);
        if (!labels.contains(key))
            return false;
        if (f.contains(u'=') && labels.value(key) != f.section(u'=', 1))
            return false;
    }
    return true;
}

void FakeRuntime::die(Container &c, int exitCode)
{
    c.state = QStringLiteral("exited");
    c.exitCode = exitCode;
    for (const QPointer<Events> &e : std::as_const(m_streams)) {
        if (e)
            e->announce(QStringLiteral("die"), c.id, exitCode, c.labels);
    }
}

void FakeRuntime::noteRunning()
{
    QHash<QString, int> now;
    for (const Container &c : std::as_const(m_containers)) {
        if (c.state != QLatin1String("running"))
            continue;
        for (auto l = c.labels.cbegin(); l != c.labels.cend(); ++l)
            ++now[l.key() + u'=' + l.value()];
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        m_mostRunning[it.key()] = qMax(m_mostRunning.value(it.key()), it.value());
}

FakeRuntime::Result<void> FakeRuntime::ping()
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    return {};
}

FakeRuntime::Result<bool> FakeRuntime::imageExists(const QString &reference)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    return !m_missing.contains(reference);
}

FakeRuntime::Result<QString> FakeRuntime::ensureDemoImage(
    const Engine::Docker::ProgressCallback &)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    return QStringLiteral("sha256:demo");
}

FakeRuntime::Result<void> FakeRuntime::pullImage(const QString &reference,
                                                      const Engine::Docker::RegistryAuth &,
                                                      const Engine::Docker::ProgressCallback &)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    if (m_missing.contains(reference))
        return DockerError(DockerError::Kind::Daemon,
                           QStringLiteral("pull access denied for %1").arg(reference), 0,
                           QStringLiteral("pull access denied for %1").arg(reference));
    return {};
}

FakeRuntime::Result<void> FakeRuntime::tagImage(const QString &source, const QString &)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    if (m_missing.contains(source))
        return DockerError(DockerError::Kind::Http,
                           QStringLiteral("No such image: %1").arg(source), 404);
    return {};
}

FakeRuntime::Result<CreatedContainer> FakeRuntime::createContainer(const QJsonObject &config,
                                                                        const QString &name)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    if (find(name))
        return DockerError(DockerError::Kind::Http,
                           QStringLiteral("Conflict. The container name \"/%1\" is already in use")
                               .arg(name),
                           409);
    Container c;
    c.id = QStringLiteral("%1").arg(++m_created, 12, 10, QLatin1Char('0'));
    c.name = name;
    c.image = config.value(QLatin1String("Image")).toString();
    c.config = config;
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto l = labels.begin(); l != labels.end(); ++l)
        c.labels.insert(l.key(), l->toString());
    c.health = m_health.value(c.image);
    const QJsonObject bindings = config.value(QLatin1String("HostConfig"))
                                     .toObject()
                                     .value(QLatin1String("PortBindings"))
                                     .toObject();
    for (auto b = bindings.begin(); b != bindings.end(); ++b) {
        for (const QJsonValue v : b->toArray()) {
            const QJsonObject o = v.toObject();
            const int port = o.value(QLatin1String("HostPort")).toString().toInt();
            c.ports[b.key()].append(
                {o.value(QLatin1String("HostIp")).toString(), port > 0 ? port : m_nextPort++});
        }
    }
    m_containers.append(c);
    return CreatedContainer{c.id, {}};
}

FakeRuntime::Result<void> FakeRuntime::startContainer(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    Container *c = find(id);
    if (!c)
        return notFound(id);
    if (m_failStart.contains(c->image))
        return DockerError(DockerError::Kind::Http, m_failStart.value(c->image), 500,
                           m_failStart.value(c->image));
    c->state = QStringLiteral("running");
    noteRunning();
    if (m_exitOnStart.contains(c->image))
        die(*c, m_exitOnStart.value(c->image));
    return {};
}

FakeRuntime::Result<void> FakeRuntime::killContainer(const QString &id, const QString &signal)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    Container *c = find(id);
    if (!c)
        return notFound(id);
    if (c->state == QLatin1String("running"))
        die(*c, signal == QLatin1String("SIGTERM") ? 143 : 137);
    return {};
}

FakeRuntime::Result<void> FakeRuntime::removeContainer(const QString &id, bool, bool)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    for (qsizetype i = 0; i < m_containers.size(); ++i) {
        if (m_containers.at(i).id == id || m_containers.at(i).name == id) {
            m_containers.removeAt(i);
            return {};
        }
    }
    return notFound(id);
}

FakeRuntime::Result<ContainerDetails> FakeRuntime::inspectContainer(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    const Container *c = find(id);
    if (!c)
        return notFound(id);
    ContainerDetails d;
    d.id = c->id;
    d.state = c->state;
    d.exitCode = c->exitCode;
    d.outOfMemory = c->outOfMemory;
    d.address = QStringLiteral("172.17.0.%1").arg(c->id.toInt() % 250 + 2);
    d.ports = c->ports;
    return d;
}

FakeRuntime::Result<QList<ContainerSummary>>
FakeRuntime::listContainers(const QStringList &labelFilters)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    QList<ContainerSummary> list;
    for (const Container &c : std::as_const(m_containers)) {
        if (!matches(c.labels, labelFilters))
            continue;
        ContainerSummary s;
        s.id = c.id;
        s.name = c.name;
        s.image = c.image;
        s.state = c.state;
        s.status = c.state == QLatin1String("running")
                       ? (c.health.isEmpty() ? QStringLiteral("Up 1 second")
                                             : QStringLiteral("Up 1 second (%1)").arg(c.health))
                       : QStringLiteral("Exited (%1) 1 second ago").arg(c.exitCode);
        s.labels = c.labels;
        list.append(s);
    }
    return list;
}

std::unique_ptr<Engine::EventStream> FakeRuntime::events(const QStringList &labelFilters,
                                                         qint64 /*sinceSecs*/)
{
    QMutexLocker locker(&m_mutex);
    auto stream = std::make_unique<Events>(labelFilters);
    m_streams.append(stream.get());
    return stream;
}

FakeRuntime::Result<QString> FakeRuntime::createNetwork(const QString &name,
                                                             const Engine::Docker::Labels &labels)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    const QString id = QStringLiteral("net%1").arg(m_networks.size() + 1);
    m_networks.append({id, name, labels});
    return id;
}

FakeRuntime::Result<void> FakeRuntime::removeNetwork(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    m_networks.removeIf([&](const Engine::NetworkSummary &n) { return n.id == id; });
    return {};
}

FakeRuntime::Result<QList<Engine::NetworkSummary>>
FakeRuntime::listNetworks(const QStringList &labelFilters)
{
    QMutexLocker locker(&m_mutex);
    if (!m_reachable)
        return unreachable();
    QList<Engine::NetworkSummary> list;
    for (const Engine::NetworkSummary &n : std::as_const(m_networks)) {
        if (matches(n.labels, labelFilters))
            list.append(n);
    }
    return list;
}

FakeRuntime::Result<QString> FakeRuntime::networkGateway(const QString &id)
{
    QMutexLocker locker(&m_mutex);
    for (qsizetype i = 0; i < m_networks.size(); ++i) {
        if (m_networks.at(i).id == id)
            return m_gateway.isEmpty() ? QStringLiteral("172.30.%1.1").arg(i + 1) : m_gateway;
    }
    return notFound(id);
}

} // namespace Berth::Tests
