#pragma once

#include "engine/metrics/ringbuffer.h"
#include "engine/runtime/engine.h"

#include <QObject>
#include <QThread>

namespace Berth::Engine {

/// Owns the Engine and the thread it runs on, and is the face the window and the command
/// line talk to: its calls return at once (they are queued to the engine's thread) and the
/// engine's signals reach the host's thread queued. The latest snapshot is kept.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(std::shared_ptr<ContainerRuntime> runtime = {},
                        QObject *parent = nullptr);
    ~EngineHost() override;

    void start(const Model::ProjectData &project);
    void applyProject(const Model::ProjectData &project);
    void setDesiredCount(const QString &service, int count);
    void addServiceEvent(const QString &service, const QString &message);
    void runTask(const RunTaskRequest &request);
    void stopTask(const QString &taskId, const QString &reason = {});
    void stopAll();

    const EngineSnapshot &lastSnapshot() const { return m_snapshot; }
    /// The last 10 minutes (one sample a second) of an instance's registered, reserved and
    /// used CPU and memory; key "cluster/instance".
    QList<InstanceUsage> instanceHistory(const QString &key) const;
    static constexpr int kHistorySamples = 600;
    Engine *engine() const { return m_engine; }

Q_SIGNALS:
    void snapshotReady(const Berth::Engine::EngineSnapshot &snapshot);
    void taskChanged(const Berth::Engine::Task &task);
    void serviceEvent(const Berth::Engine::ServiceEvent &event);
    void notice(const QString &text);
    void allStopped();

private:
    QThread m_thread;
    Engine *m_engine;
    EngineSnapshot m_snapshot;
    QHash<QString, RingBuffer<InstanceUsage>> m_history;
    QDateTime m_lastSample;
};

} // namespace Berth::Engine
