#include "engine/lb/loadrun.h"

namespace Berth::Engine {

LoadRun::LoadRun(LoadSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    qRegisterMetaType<LoadSample>();
    qRegisterMetaType<LoadSummary>();
}

LoadRun::~LoadRun()
{
    stop();
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

void LoadRun::start()
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_stop = false;
    m_thread = QThread::create([this] {
        LoadGenerator generator(m_settings);
        const LoadSummary summary =
            generator.run([this](const LoadSample &s) { emit sampled(s); }, &m_stop);
        emit finished(summary);
    });
    m_thread->setObjectName(QStringLiteral("berth-load"));
    m_thread->start();
}

void LoadRun::stop()
{
    m_stop = true;
}

bool LoadRun::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

} // namespace Berth::Engine
