#pragma once

#include "engine/lb/loadbalancerstatus.h"
#include "engine/lb/runtimeapi.h"
#include "engine/runtime/task.h"

#include "model/projectdata.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

namespace Berth::Engine {

class HaproxyProcess;

/// Runs a project's load balancers in HAProxy and keeps their targets in step with the
/// services' tasks, as ECS does with ELB: a task's targets are registered once it is
/// RUNNING, drained for the deregistration delay while it is DEACTIVATING, and a task whose
/// target fails its health checks after the grace period is replaced. Lives on the engine's
/// thread; every call is short (runtime API calls on a local socket).
class LoadBalancerManager
{
public:
    using EventSink = std::function<void(const QString &service, const QString &message)>;
    using NoticeSink = std::function<void(const QString &text)>;

    LoadBalancerManager(EventSink events, NoticeSink notices);
    ~LoadBalancerManager();

    /// Starts HAProxy when the project has load balancers, or reloads it seamlessly when
    /// the load balancers or target groups changed.
    void apply(const Model::ProjectData &project);
    /// One reconcile pass: registers RUNNING tasks, removes targets of tasks that are gone,
    /// samples metrics once a second. Returns the tasks to replace because their targets
    /// failed health checks; the engine stops them.
    QList<StopRequest> update(const QHash<QString, Task> &tasks);
    /// The deactivate hook: drains the task's targets; true once they are deregistered.
    bool deactivate(const Task &task);
    /// True when every target of the task is healthy (or it has none).
    bool targetsHealthy(const Task &task) const;
    /// Whether HAProxy runs, so that target health means something.
    bool isRunning() const;
    /// Everything is stopping: drain only until no request is in flight.
    void setShuttingDown(bool on) { m_shuttingDown = on; }
    /// Whether HAProxy connects to an instance target's container on its Docker network
    /// rather than through the published host port. The same route the kernel's port mapping
    /// takes for traffic from outside; through the loopback every connection would pass
    /// Docker's userland proxy. Off for a rootless daemon, whose networks the host cannot reach.
    void setDirectRoutes(bool on) { m_directRoutes = on; }
    /// Where each load balancer (by name) also listens for the project's containers; they
    /// reach it as hostName(NAME). Takes effect at the next apply().
    void setInsideAddresses(const QHash<QString, QString> &addresses)
    {
        m_insideAddresses = addresses;
    }
    /// The name a load balancer has inside the project's containers: "NAME.lb.berth".
    static QString hostName(const QString &loadBalancer);
    void stop();

    QList<LoadBalancerStatus> status() const;
    /// Why the load balancers do not run (HAProxy missing, a bad configuration), or empty.
    QString problem() const { return m_problem; }

private:
    struct Target
    {
        TargetHealth health; ///< address and port as ECS registers them
        QString connectAddress; ///< where HAProxy connects (see setDirectRoutes)
        int connectPort = 0;
        QString backend;
        QString server;
        QDateTime registeredAt;
        QDateTime drainUntil;
        QDateTime drainStarted;
        bool wasHealthy = false;
        bool reported = false;
        qint64 lastTotal = -1;
        qint64 lastSecond = 0;
    };

    /// The configuration; without \a servers, only what a reload is needed for (targets come
    /// and go through the runtime API).
    QString configText(bool servers = true) const;
    void registerTask(const Task &task, const Model::Service &service);
    void removeTargets(const QString &taskId);
    void sample(const QHash<QString, Task> &tasks, QList<StopRequest> *stops);
    void judge(Target &target, const HaproxyStat &stat, const QHash<QString, Task> &tasks,
               QList<StopRequest> *stops);
    void decidePorts();
    void makeCertificates();
    void flushEvents();
    void started(const char *how);
    /// HAProxy died: said, and started again at once.
    void restartAfterExit(const QString &message);
    /// Starts HAProxy again when it died and its back-off is over.
    void restartIfDown();

    EventSink m_events;
    NoticeSink m_notices;
    std::unique_ptr<HaproxyProcess> m_process;
    RuntimeApi m_api;
    Model::ProjectData m_project;
    QString m_config; ///< configText(false) of the running process
    QString m_problem;
    QDateTime m_nextRestart; ///< valid while HAProxy died and is to be started again
    int m_restartDelayMs = 0;
    QString m_lastRestartError;
    QHash<QString, int> m_boundPorts;
    QHash<QString, QList<Target>> m_targets;             // by task id
    QHash<QString, QList<LoadBalancerSample>> m_samples; // by load balancer
    QHash<QString, qint64> m_lastCounters;               // "frontend/field" -> last total
    QList<HaproxyStat> m_lastStats;
    QDateTime m_lastSample;
    bool m_shuttingDown = false;
    bool m_directRoutes = false;
    QHash<QString, QString> m_insideAddresses;
    // Events of this pass, reported together: (service, target group) -> targets.
    QMap<std::pair<QString, QString>, int> m_registered;
    QMap<std::pair<QString, QString>, int> m_deregistered;
    QMap<QString, int> m_draining; // service -> tasks
    QHash<QString, QString> m_certificates; // load balancer -> PEM
    QSet<QString> m_told;                   // listeners already reported as not served
};

} // namespace Berth::Engine
