// What the fault cases share: a small service design on the demo image, `berth run
// --headless` as a child process that can be killed, and a look at the daemon from outside
// Berth (containers and networks by the project's label), so what a case counts does not
// depend on what Berth says about itself.
#pragma once

#include "engine/docker/dockerclient.h"
#include "engine/runtime/engine.h"
#include "engine/runtime/enginehost.h"
#include "model/projectdata.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

/// In initTestCase(): skips without a Docker daemon (fails under CI) and removes what an
/// earlier run of the case left of \a project.
#define BERTH_FAULT_NEEDS_DOCKER(docker, project)                                                 \
    do {                                                                                           \
        const auto ping = (docker).ping();                                                         \
        if (!ping.ok()) {                                                                          \
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();     \
            BERTH_SKIP_OR_FAIL(reason.constData());                                                \
        }                                                                                          \
        Berth::Engine::Engine::removeProjectResources(docker, project, nullptr);                   \
    } while (false)

namespace FaultSupport {

/// The seed of a case's random choices: BERTH_FAULT_SEED, else 22.
inline quint32 faultSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("BERTH_FAULT_SEED").toUInt(&ok);
    return ok ? seed : 22;
}

using namespace Berth;

inline QJsonObject webDefinition(const QString &version, const QJsonObject &extra = {})
{
    QJsonObject c{{"name", "web"},
                  {"image", "berth/demo:1"},
                  {"cpu", 64},
                  {"memory", 48},
                  {"essential", true},
                  {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080},
                                                          {"hostPort", 0}}}},
                  {"environment", QJsonArray{QJsonObject{{"name", "VERSION"},
                                                         {"value", version}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{c}}};
}

/// One cluster "lab" with \a instances t3.small instances, web:1 and web:2, and a service
/// "web" of \a desired tasks of web:1.
inline Model::ProjectData serviceProject(const QString &name, int instances, int desired)
{
    Model::ProjectData p;
    p.name = name;
    Model::Cluster c;
    c.name = QStringLiteral("lab");
    for (int i = 1; i <= instances; ++i)
        c.instances << Model::ContainerInstance::ofType(QStringLiteral("i%1").arg(i), "t3.small",
                                                        "us-east-1a");
    p.clusters << c;
    p.registerTaskDefinition(webDefinition("1"));
    p.registerTaskDefinition(webDefinition("2"));
    Model::Service s;
    s.name = QStringLiteral("web");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("web:1");
    s.desiredCount = desired;
    p.services << s;
    return p;
}

/// Stops every task of the run and waits at most \a ms for it.
inline bool stopAll(Engine::EngineHost &host, int ms = 60000)
{
    QSignalSpy stopped(&host, &Engine::EngineHost::allStopped);
    host.stopAll();
    return stopped.wait(ms);
}

/// What the daemon holds of a project, read from outside Berth.
struct DaemonView
{
    int running = 0;                ///< running containers
    QMap<QString, int> runningByTd; ///< running containers per task definition
    QSet<QString> runningTasks;     ///< distinct task ids among the running containers
    int containers = 0;             ///< containers in any state
    int networks = 0;
    bool ok = false;
};

inline DaemonView lookAt(Engine::Docker::DockerClient &docker, const QString &project)
{
    DaemonView v;
    const QString label = QStringLiteral("io.berth.project=") + project;
    const auto listed = docker.listContainers({label});
    const auto networks = docker.listNetworks({label});
    if (!listed.ok() || !networks.ok())
        return v;
    v.ok = true;
    v.networks = int(networks.value().size());
    for (const Engine::Docker::ContainerSummary &c : listed.value()) {
        ++v.containers;
        if (c.state != QLatin1String("running"))
            continue;
        ++v.running;
        ++v.runningByTd[c.labels.value(QStringLiteral("io.berth.task-definition"))];
        v.runningTasks.insert(c.labels.value(QStringLiteral("io.berth.task")));
    }
    return v;
}

/// `berth run FILE --headless` as a child process, its output collected.
class BerthRun
{
public:
    explicit BerthRun(QStringList extraArguments = {}, QProcessEnvironment env =
                                                            QProcessEnvironment::systemEnvironment())
        : m_extra(std::move(extraArguments))
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                         [this] { m_output += m_process.readAll(); });
    }
    ~BerthRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool start(const QString &file)
    {
        m_all += m_output;
        m_output.clear();
        m_process.start(QStringLiteral(BERTH_BINARY),
                        QStringList{"run", file, "--headless", "--no-api"} + m_extra);
        return m_process.waitForStarted(10000);
    }
    void kill9()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    /// SIGTERM: the run stops and removes what it started.
    bool terminate(int timeoutMs)
    {
        m_process.terminate();
        return m_process.waitForFinished(timeoutMs) && m_process.exitStatus() == QProcess::NormalExit;
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    int exitCode() const { return m_process.exitCode(); }
    qint64 pid() const { return m_process.processId(); }
    /// Everything printed so far, the output of earlier starts included.
    QByteArray output() const { return m_all + m_output; }
    /// What this start printed.
    const QByteArray &current() const { return m_output; }

private:
    QStringList m_extra;
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_all;
};

/// The environment of a run on the lab clock: ECS's waits 20x faster and tasks healthy
/// 1 s after RUNNING.
inline QProcessEnvironment labEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BERTH_TIME_SCALE"), QStringLiteral("20"));
    env.insert(QStringLiteral("BERTH_HEALTHY_AFTER_SECONDS"), QStringLiteral("1"));
    env.insert(QStringLiteral("BERTH_LANG"), QStringLiteral("en"));
    return env;
}

} // namespace FaultSupport
