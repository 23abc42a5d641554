#include "engine/lb/loadbalancermanager.h"
#include "engine/enginetr.h"

#include "engine/lb/certificates.h"
#include "engine/lb/haproxyconfig.h"
#include "engine/lb/haproxyprocess.h"
#include "engine/lb/lblog.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/task.h"
#include "engine/scheduler/ecsevents.h"

#include <QCoreApplication>
#include <QTimer>

namespace Berth::Engine {

namespace {

constexpr int kKeptSamples = 600;
constexpr int kShutdownDrainSeconds = 10;
// A HAProxy that will not start again (its ports taken meanwhile) is tried again after 0.5 s,
// then twice as long each time, up to 30 s.
constexpr int kFirstRestartDelayMs = 500;
constexpr int kLastRestartDelayMs = 30000;

// ELB's reason codes' descriptions, as ECS quotes them in "(reason ...)": not translated.
QString failureReason(const HaproxyStat &s)
{
    if (s.checkStatus == QLatin1String("L7STS"))
        return QStringLiteral("Health checks failed with these codes: [%1]").arg(s.checkCode);
    if (s.checkStatus.endsWith(QLatin1String("TOUT")))
        return QStringLiteral("Request timed out");
    if (s.checkStatus == QLatin1String("L4CON"))
        return QStringLiteral("Connection refused");
    return QStringLiteral("Health checks failed (%1)").arg(s.checkStatus);
}

bool checkFailing(const QString &checkStatus)
{
    static const QStringList passing{QStringLiteral("INI"),   QStringLiteral("L7OK"),
                                     QStringLiteral("L4OK"),  QStringLiteral("L6OK"),
                                     QStringLiteral("L7OKC"), QString()};
    return !passing.contains(checkStatus);
}

} // namespace

LoadBalancerManager::LoadBalancerManager(EventSink events, NoticeSink notices)
    : m_events(std::move(events)), m_notices(std::move(notices))
{
}

LoadBalancerManager::~LoadBalancerManager()
{
    stop();
}

void LoadBalancerManager::stop()
{
    m_nextRestart = {};
    if (m_process)
        m_process->stop();
    m_targets.clear();
}

// Certificates for HTTPS/TLS listeners; what is not served locally is said once.
void LoadBalancerManager::makeCertificates()
{
    for (int i = 0; i < m_project.loadBalancers.size(); ++i) {
        const Model::LoadBalancer &lb = m_project.loadBalancers.at(i);
        for (const Model::Listener &l : lb.listeners) {
            const QString key = HaproxyConfig::portKey(lb.name, l.port);
            if (l.protocol.toUpper() == QLatin1String("UDP")) {
                if (!m_told.contains(key))
                    m_notices(Tr::tr("load balancer %1: the UDP listener on port %2 is not served "
                                     "locally (HAProxy balances no UDP); use TCP to try it here")
                                  .arg(lb.name)
                                  .arg(l.port));
                m_told.insert(key);
                continue;
            }
            if (!HaproxyConfig::isSecure(l.protocol) || m_certificates.contains(lb.name))
                continue;
            QString error;
            const QString pem = LoadBalancerCertificates::ensure(
                m_process->directory(), lb.name, HaproxyConfig::loadBalancerAddress(i), &error);
            if (!pem.isEmpty()) {
                m_certificates.insert(lb.name, pem);
            } else if (!m_told.contains(key)) {
                m_told.insert(key);
                m_notices(Tr::tr("load balancer %1: the %2 listener on port %3 is not served: %4")
                              .arg(lb.name, l.protocol)
                              .arg(l.port)
                              .arg(error));
            }
        }
    }
}

void LoadBalancerManager::decidePorts()
{
    for (int i = 0; i < m_project.loadBalancers.size(); ++i) {
        const Model::LoadBalancer &lb = m_project.loadBalancers.at(i);
        for (const Model::Listener &l : lb.listeners) {
            const QString key = HaproxyConfig::portKey(lb.name, l.port);
            if (m_boundPorts.contains(key))
                continue;
            int port = l.port;
            if (port < 1024 &&
                !HaproxyProcess::mayBind(HaproxyConfig::loadBalancerAddress(i), port)) {
                port = HaproxyConfig::unprivilegedPort(port);
                m_notices(Tr::tr("load balancer %1: port %2 needs privileges; the listener "
                                 "listens on port %3 instead")
                              .arg(lb.name)
                              .arg(l.port)
                              .arg(port));
            }
            m_boundPorts.insert(key, port);
        }
    }
}

QString LoadBalancerManager::configText(bool servers) const
{
    HaproxyConfig::Options o;
    o.statsSocket = m_process ? m_process->socketPath() : QString();
    o.boundPorts = m_boundPorts;
    o.insideAddresses = m_insideAddresses;
    o.certificates = m_certificates;
    for (const QList<Target> &targets : m_targets) {
        if (!servers)
            break;
        for (const Target &t : targets) {
            if (!t.drainStarted.isValid())
                o.servers[t.health.targetGroup].append({t.server, t.connectAddress, t.connectPort});
        }
    }
    return HaproxyConfig::generate(m_project, o);
}

void LoadBalancerManager::apply(const Model::ProjectData &project)
{
    m_project = project;
    if (project.loadBalancers.isEmpty()) {
        stop();
        return;
    }
    decidePorts();
    QString error;
    if (!m_process) {
        m_process = std::make_unique<HaproxyProcess>();
        QObject::connect(m_process.get(), &HaproxyProcess::exited, m_process.get(),
                         [this](const QString &message) { restartAfterExit(message); });
    }
    makeCertificates();
    const bool wasRunning = m_process->isRunning();
    if (!wasRunning) {
        if (!m_process->start(configText(), &error)) {
            if (error != m_problem)
                m_notices(error);
            m_problem = error;
            m_process->stop();
            return;
        }
    } else {
        // A reload makes the old process close its idle client connections: only for a
        // change of listeners, rules or target groups, not of targets.
        if (configText(false) == m_config)
            return;
        if (!m_process->reload(configText(), &error)) {
            m_problem = error;
            m_notices(error);
            return;
        }
    }
    started(wasRunning ? "reloaded" : "started");
}

void LoadBalancerManager::started(const char *how)
{
    m_problem.clear();
    m_restartDelayMs = 0;
    m_api.setSocketPath(m_process->socketPath());
    m_config = configText(false);
    qCInfo(lcLb) << "HAProxy" << how << "with" << m_project.loadBalancers.size()
                 << "load balancer(s)";
}

void LoadBalancerManager::restartAfterExit(const QString &message)
{
    // HAProxy's log ends with why it stopped; the rest is its earlier work.
    m_problem = Tr::tr("HAProxy exited: %1").arg(message.section(u'\n', -1).trimmed());
    m_notices(m_problem);
    m_nextRestart = QDateTime::currentDateTimeUtc();
    // At once, not at the next reconcile pass: clients wait for the listeners meanwhile.
    QTimer::singleShot(0, m_process.get(), [this] { restartIfDown(); });
}

void LoadBalancerManager::restartIfDown()
{
    if (!m_nextRestart.isValid() || !m_process || m_process->isRunning())
        return;
    if (m_shuttingDown || m_project.loadBalancers.isEmpty()) {
        m_nextRestart = {};
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < m_nextRestart)
        return;
    // The same listeners and the targets HAProxy had: the configuration names them all, so
    // they serve at once and no target is registered twice.
    QString error;
    if (!m_process->start(configText(), &error)) {
        m_process->stop();
        m_restartDelayMs = qBound(kFirstRestartDelayMs, m_restartDelayMs * 2,
                                  kLastRestartDelayMs);
        m_nextRestart = now.addMSecs(m_restartDelayMs);
        const QString problem =
            Tr::tr("HAProxy could not be restarted (%1); Berth tries again in %2 s.")
                .arg(error)
                .arg(m_restartDelayMs / 1000.0, 0, 'f', 1);
        if (error != m_lastRestartError)
            m_notices(problem);
        m_lastRestartError = error;
        m_problem = problem;
        return;
    }
    m_nextRestart = {};
    m_lastRestartError.clear();
    started("restarted");
    int targets = 0;
    for (const QList<Target> &t : std::as_const(m_targets))
        targets += int(t.size());
    m_notices(Tr::tr("HAProxy was restarted with the same listeners and %n target(s).", nullptr,
                     targets));
}

QList<StopRequest> LoadBalancerManager::update(const QHash<QString, Task> &tasks)
{
    QList<StopRequest> stops;
    restartIfDown(); // after a failed restart, when its back-off is over
    if (!m_process || !m_process->isRunning())
        return stops;
    flushEvents(); // the previous pass's drains
    for (auto it = m_targets.begin(); it != m_targets.end();) {
        const auto task = tasks.constFind(it.key());
        if (task == tasks.cend() || task->lastStatus >= TaskStatus::Stopping) {
            for (const Target &t : *it)
                m_api.deleteServer(t.backend, t.server);
            it = m_targets.erase(it);
        } else {
            ++it;
        }
    }
    for (const Task &t : tasks) {
        if (t.service.isEmpty() || !t.isActive() || t.lastStatus != TaskStatus::Running)
            continue;
        if (const Model::Service *s = m_project.service(t.service))
            registerTask(t, *s);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_lastSample.isValid() || m_lastSample.msecsTo(now) >= 950)
        sample(tasks, &stops);
    flushEvents();
    return stops;
}

// ECS reports a pass's registrations per target group in one event ("registered 3 targets
// in"), and draining per service.
void LoadBalancerManager::flushEvents()
{
    for (auto it = m_registered.cbegin(); it != m_registered.cend(); ++it)
        m_events(it.key().first, EcsEvents::registeredTargets(it.key().first, it.value(),
                                                              m_project.targetGroupArn(
                                                                  it.key().second)));
    for (auto it = m_draining.cbegin(); it != m_draining.cend(); ++it)
        m_events(it.key(), EcsEvents::beganDraining(it.key(), it.value()));
    for (auto it = m_deregistered.cbegin(); it != m_deregistered.cend(); ++it)
        m_events(it.key().first, EcsEvents::deregisteredTargets(it.key().first, it.value(),
                                                                m_project.targetGroupArn(
                                                                    it.key().second)));
    m_registered.clear();
    m_draining.clear();
    m_deregistered.clear();
}

void LoadBalancerManager::registerTask(const Task &task, const Model::Service &service)
{
    QList<Target> &targets = m_targets[task.id];
    for (const Model::ServiceLoadBalancer &link : service.loadBalancers) {
        const Model::TargetGroup *tg = m_project.targetGroup(link.targetGroup);
        if (!tg)
            continue;
        bool known = false;
        for (const Target &t : targets)
            known = known || t.health.targetGroup == tg->name;
        if (known)
            continue;
        const ContainerState *c = task.container(link.containerName);
        if (!c)
            continue;
        Target target;
        target.health.targetGroup = tg->name;
        target.health.taskId = task.id;
        target.health.service = service.name;
        if (tg->targetType == QLatin1String("ip")) {
            target.health.address = task.address;
            target.health.port = link.containerPort;
        } else {
            for (const PortBinding &p : c->ports) {
                if (p.containerPort == link.containerPort && p.hostPort > 0) {
                    const bool any = p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0");
                    target.health.address = any ? task.address : p.hostIp;
                    target.health.port = p.hostPort;
                }
            }
            if (target.health.port == 0)
                continue; // the host port is not read back yet
        }
        target.connectAddress = target.health.address;
        target.connectPort = target.health.port;
        if (m_directRoutes && tg->targetType != QLatin1String("ip")
            && !c->networkAddress.isEmpty()) {
            target.connectAddress = c->networkAddress;
            target.connectPort = link.containerPort;
        }
        target.backend = HaproxyConfig::backendName(tg->name);
        target.server = QStringLiteral("%1-%2").arg(task.id.left(12)).arg(link.containerPort);
        target.registeredAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (!m_api.addServer(target.backend, target.server, target.connectAddress,
                             target.connectPort, HaproxyConfig::serverOptions(*tg), &error)) {
            qCWarning(lcLb).noquote() << "cannot register target" << target.server << "of task"
                                      << task.id << "in" << tg->name << ":" << error;
            continue;
        }
        targets << target;
        ++m_registered[{service.name, tg->name}];
    }
    if (targets.isEmpty())
        m_targets.remove(task.id);
}

bool LoadBalancerManager::deactivate(const Task &task)
{
    auto it = m_targets.find(task.id);
    if (it == m_targets.end() || it->isEmpty() || !m_process || !m_process->isRunning())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!it->first().drainStarted.isValid()) {
        ++m_draining[it->first().health.service];
        for (Target &t : *it) {
            const Model::TargetGroup *tg = m_project.targetGroup(t.health.targetGroup);
            int delay = tg ? tg->deregistrationDelaySeconds : 300;
            if (m_shuttingDown)
                delay = qMin(delay, kShutdownDrainSeconds);
            m_api.drainServer(t.backend, t.server);
            t.drainStarted = now;
            // The lab clock shortens the delay; the log still states ECS's seconds.
            t.drainUntil = now.addMSecs(qint64(delay * 1000.0 / Deployment::timeScale()));
            qCDebug(lcLb).noquote() << "target" << t.server << "of" << t.health.targetGroup
                                    << "drains for at most" << delay << "s";
            t.health.state = QStringLiteral("draining");
            ++m_deregistered[{t.health.service, t.health.targetGroup}];
        }
        return false;
    }
    // ELB ends the delay early once no request is in flight.
    bool idle = it->first().drainStarted.msecsTo(now) >= 1000;
    bool expired = true;
    const QList<HaproxyStat> stats = m_api.showStat();
    for (const Target &t : std::as_const(*it)) {
        expired = expired && now >= t.drainUntil;
        for (const HaproxyStat &s : stats) {
            if (s.proxy == t.backend && s.server == t.server && s.currentSessions > 0)
                idle = false;
        }
    }
    if (!idle && !expired)
        return false;
    removeTargets(task.id);
    return true;
}

void LoadBalancerManager::removeTargets(const QString &taskId)
{
    for (const Target &t : m_targets.value(taskId))
        m_api.deleteServer(t.backend, t.server);
    m_targets.remove(taskId);
}

bool LoadBalancerManager::isRunning() const
{
    return m_process && m_process->isRunning();
}

bool LoadBalancerManager::targetsHealthy(const Task &task) const
{
    const Model::Service *s = m_project.service(task.service);
    if (!s || s->loadBalancers.isEmpty() || !m_process || !m_process->isRunning())
        return true;
    const QList<Target> targets = m_targets.value(task.id);
    if (targets.size() < s->loadBalancers.size())
        return false;
    for (const Target &t : targets) {
        if (t.health.state != QLatin1String("healthy"))
            return false;
    }
    return true;
}

void LoadBalancerManager::judge(Target &target, const HaproxyStat &stat,
                                const QHash<QString, Task> &tasks, QList<StopRequest> *stops)
{
    if (target.drainStarted.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Model::TargetGroup *tg = m_project.targetGroup(target.health.targetGroup);
    QString state = target.health.state;
    if (stat.status.startsWith(QLatin1String("UP")) || stat.status == QLatin1String("no check")) {
        state = QStringLiteral("healthy");
        target.wasHealthy = true;
        target.health.reason.clear();
    } else if (stat.status.startsWith(QLatin1String("DOWN"))) {
        const bool failing = checkFailing(stat.checkStatus);
        const qint64 patience =
            tg ? qint64(tg->healthCheck.unhealthyThreshold) * tg->healthCheck.intervalSeconds * 1000
               : 0;
        if (target.wasHealthy || (failing && target.registeredAt.msecsTo(now) >= patience)) {
            state = QStringLiteral("unhealthy");
            if (failing)
                target.health.reason = failureReason(stat);
        } else {
            state = QStringLiteral("initial");
        }
    }
    const QString service = target.health.service;
    const auto task = tasks.constFind(target.health.taskId);
    if (state != target.health.state && state == QLatin1String("unhealthy")) {
        QString ec2Instance;
        if (task != tasks.end() && tg && tg->targetType != QLatin1String("ip")) {
            if (const Model::Cluster *c = m_project.cluster(task->cluster)) {
                for (const Model::ContainerInstance &ci : c->instances) {
                    if (ci.name == task->instance)
                        ec2Instance = ci.ec2InstanceId(task->cluster);
                }
            }
        }
        m_events(service, EcsEvents::targetUnhealthy(service, target.health.taskId, ec2Instance,
                                                     target.health.port,
                                                     m_project.targetGroupArn(
                                                         target.health.targetGroup),
                                                     target.health.reason));
    }
    target.health.state = state;
    if (state != QLatin1String("unhealthy") || target.reported || task == tasks.end() ||
        !task->isActive() || task->lastStatus != TaskStatus::Running)
        return;
    const Model::Service *s = m_project.service(service);
    const int grace = s ? s->healthCheckGracePeriodSeconds.value_or(0) : 0;
    if (task->startedAt.isValid() && task->startedAt.secsTo(now) < grace)
        return;
    target.reported = true;
    stops->append({task->id, QStringLiteral("ServiceSchedulerInitiated"),
                   EcsEvents::failedElbHealthChecks(
                       m_project.targetGroupArn(target.health.targetGroup))});
    m_events(service, EcsEvents::stoppedTasks(service, {task->id}));
}

void LoadBalancerManager::sample(const QHash<QString, Task> &tasks, QList<StopRequest> *stops)
{
    QString error;
    const QList<HaproxyStat> stats = m_api.showStat(&error);
    if (stats.isEmpty())
        return;
    m_lastSample = QDateTime::currentDateTimeUtc();
    m_lastStats = stats;
    QHash<QString, const HaproxyStat *> byName;
    for (const HaproxyStat &s : stats)
        byName.insert(s.proxy + u'/' + s.server, &s);
    const auto delta = [this](const QString &key, qint64 total) {
        const qint64 last = m_lastCounters.value(key, -1);
        m_lastCounters.insert(key, total);
        // A reload starts the counters again.
        return last < 0 ? 0 : (total >= last ? total - last : total);
    };
    for (QList<Target> &targets : m_targets) {
        for (Target &t : targets) {
            const HaproxyStat *s = byName.value(t.backend + u'/' + t.server);
            if (!s)
                continue;
            t.lastSecond = delta(t.backend + u'/' + t.server, s->totalSessions);
            judge(t, *s, tasks, stops);
        }
    }
    for (const Model::LoadBalancer &lb : m_project.loadBalancers) {
        LoadBalancerSample sample;
        sample.at = m_lastSample;
        QSet<QString> groups;
        for (const Model::Listener &l : lb.listeners) {
            const QString front = HaproxyConfig::frontendName(lb.name, l.port);
            const HaproxyStat *s = byName.value(front + QStringLiteral("/FRONTEND"));
            for (const QString &g : l.targetGroups())
                groups.insert(g);
            if (!s)
                continue;
            sample.requests += delta(front + QStringLiteral("/req"), s->requests);
            sample.responses2xx += delta(front + QStringLiteral("/2xx"), s->responses2xx);
            sample.responses4xx += delta(front + QStringLiteral("/4xx"), s->responses4xx);
            sample.responses5xx += delta(front + QStringLiteral("/5xx"), s->responses5xx);
        }
        for (const QList<Target> &targets : std::as_const(m_targets)) {
            for (const Target &t : targets) {
                if (groups.contains(t.health.targetGroup))
                    sample.targets << TargetSample{t.health.taskId, t.health.targetGroup,
                                                   t.lastSecond, t.health.state};
            }
        }
        QList<LoadBalancerSample> &kept = m_samples[lb.name];
        kept << sample;
        if (kept.size() > kKeptSamples)
            kept.remove(0, kept.size() - kKeptSamples);
    }
}

QString LoadBalancerManager::hostName(const QString &loadBalancer)
{
    return loadBalancer.toLower() + QStringLiteral(".lb.berth");
}

QList<LoadBalancerStatus> LoadBalancerManager::status() const
{
    QList<LoadBalancerStatus> out;
    const bool running = m_process && m_process->isRunning();
    for (int i = 0; i < m_project.loadBalancers.size(); ++i) {
        const Model::LoadBalancer &lb = m_project.loadBalancers.at(i);
        LoadBalancerStatus st;
        st.name = lb.name;
        st.type = Model::LoadBalancer::typeName(lb.type);
        st.address = HaproxyConfig::loadBalancerAddress(i);
        st.running = running;
        QSet<QString> groups;
        for (const Model::Listener &l : lb.listeners) {
            ListenerAddress a;
            a.protocol = l.protocol;
            a.port = l.port;
            a.boundPort = m_boundPorts.value(HaproxyConfig::portKey(lb.name, l.port), l.port);
            const bool tcp =
                lb.type == Model::LoadBalancer::Type::Network || HaproxyConfig::isTcp(l.protocol);
            const bool https = l.protocol.toUpper() == QLatin1String("HTTPS");
            const auto url = [&](const QString &host) {
                if (tcp)
                    return QStringLiteral("tcp://%1:%2").arg(host).arg(a.boundPort);
                const QString scheme = https ? QStringLiteral("https") : QStringLiteral("http");
                if (a.boundPort == (https ? 443 : 80))
                    return QStringLiteral("%1://%2/").arg(scheme, host);
                return QStringLiteral("%1://%2:%3/").arg(scheme, host).arg(a.boundPort);
            };
            a.url = url(st.address);
            if (m_insideAddresses.contains(lb.name))
                a.insideUrl = url(hostName(lb.name));
            st.listeners << a;
            for (const QString &g : l.targetGroups())
                groups.insert(g);
        }
        for (const QList<Target> &targets : m_targets) {
            for (const Target &t : targets) {
                if (groups.contains(t.health.targetGroup))
                    st.targets << t.health;
            }
        }
        std::sort(st.targets.begin(), st.targets.end(),
                  [](const TargetHealth &a, const TargetHealth &b) {
                      return std::tie(a.targetGroup, a.taskId) < std::tie(b.targetGroup, b.taskId);
                  });
        st.samples = m_samples.value(lb.name);
        out << st;
    }
    return out;
}

} // namespace Berth::Engine
