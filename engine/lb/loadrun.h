#pragma once

#include "engine/lb/loadgenerator.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Berth::Engine {

/// A LoadGenerator on a thread of its own, for a face with an event loop (the window): its
/// samples and its end arrive as queued signals.
class LoadRun : public QObject
{
    Q_OBJECT
public:
    explicit LoadRun(LoadSettings settings, QObject *parent = nullptr);
    ~LoadRun() override;

    void start();
    /// Stops sending; finished() follows.
    void stop();
    bool isRunning() const;
    const LoadSettings &settings() const { return m_settings; }

signals:
    void sampled(const Berth::Engine::LoadSample &sample);
    void finished(const Berth::Engine::LoadSummary &summary);

private:
    LoadSettings m_settings;
    std::atomic_bool m_stop = false;
    QThread *m_thread = nullptr;
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::LoadSample)
Q_DECLARE_METATYPE(Berth::Engine::LoadSummary)
