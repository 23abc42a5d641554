#include "engine/runtime/enginehost.h"

namespace Berth::Engine {

EngineHost::EngineHost(std::shared_ptr<ContainerRuntime> runtime, QObject *parent)
    : QObject(parent), m_engine(new Engine(std::move(runtime)))
{
    m_thread.setObjectName(QStringLiteral("berth-engine"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::snapshotReady, this, [this](const EngineSnapshot &s) {
        m_snapshot = s;
        // Snapshots also follow Docker events: the history keeps one sample a second.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool sample = !m_lastSample.isValid() || m_lastSample.msecsTo(now) >= 950;
        if (sample)
            m_lastSample = now;
        for (const InstanceUsage &u : s.instances) {
            if (!sample)
                break;
            const QString key = u.cluster + u'/' + u.name;
            auto it = m_history.find(key);
            if (it == m_history.end())
                it = m_history.insert(key, RingBuffer<InstanceUsage>(kHistorySamples));
            it->append(u);
        }
        Q_EMIT snapshotReady(s);
    });
    connect(m_engine, &Engine::taskChanged, this, &EngineHost::taskChanged);
    connect(m_engine, &Engine::serviceEvent, this, &EngineHost::serviceEvent);
    connect(m_engine, &Engine::notice, this, &EngineHost::notice);
    connect(m_engine, &Engine::allStopped, this, &EngineHost::allStopped);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    m_thread.quit();
    m_thread.wait();
}

QList<InstanceUsage> EngineHost::instanceHistory(const QString &key) const
{
    const auto it = m_history.constFind(key);
    return it == m_history.cend() ? QList<InstanceUsage>() : it->toList();
}

void EngineHost::start(const Model::ProjectData &project)
{
    QMetaObject::invokeMethod(m_engine, [e = m_engine, project] { e->start(project); });
}

void EngineHost::applyProject(const Model::ProjectData &project)
{
    QMetaObject::invokeMethod(m_engine, [e = m_engine, project] { e->applyProject(project); });
}

void EngineHost::setDesiredCount(const QString &service, int count)
{
    QMetaObject::invokeMethod(m_engine,
                              [e = m_engine, service, count] { e->setDesiredCount(service, count); });
}

void EngineHost::addServiceEvent(const QString &service, const QString &message)
{
    QMetaObject::invokeMethod(m_engine, [e = m_engine, service, message] {
        e->addServiceEvent(service, message);
    });
}

void EngineHost::runTask(const RunTaskRequest &request)
{
    QMetaObject::invokeMethod(m_engine, [e = m_engine, request] { e->runTask(request); });
}

void EngineHost::stopTask(const QString &taskId, const QString &reason)
{
    QMetaObject::invokeMethod(m_engine,
                              [e = m_engine, taskId, reason] { e->stopTask(taskId, reason); });
}

void EngineHost::stopAll()
{
    QMetaObject::invokeMethod(m_engine, [e = m_engine] { e->stopAll(); });
}

} // namespace Berth::Engine
