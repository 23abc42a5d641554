#include "engine/secrets/keychainthread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace Berth::Engine::Internal {

namespace {

QMutex g_mutex;
KeychainThread *g_instance = nullptr;

} // namespace

KeychainThread::KeychainThread() : m_thread(new QThread), m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("berth-keychain"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

KeychainThread &KeychainThread::instance()
{
    QMutexLocker lock(&g_mutex);
    if (!g_instance) {
        // Never deleted: a job that never answered may still refer to the thread at exit.
        g_instance = new KeychainThread;
        qAddPostRoutine([] { g_instance->stop(); });
    }
    return *g_instance;
}

void KeychainThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

bool KeychainThread::isCurrent() const
{
    return QThread::currentThread() == m_thread;
}

void KeychainThread::stop()
{
    m_thread->quit();
    m_thread->wait(1000); // a backend that never answered must not hang the exit
}

} // namespace Berth::Engine::Internal
