#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace Berth::Engine::Internal {

/// The one thread every QtKeychain job of the process runs on. QtKeychain runs its jobs one
/// at a time from a process-wide queue, and a backend may never answer (KWallet can wait for
/// days): on a thread of their own such jobs block nobody, and callers wait with a timeout.
class KeychainThread
{
public:
    static KeychainThread &instance();

    /// Runs \a work on the keychain thread, soon; returns at once.
    void post(std::function<void()> work);
    bool isCurrent() const;

private:
    KeychainThread();
    void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; ///< lives on m_thread; work is queued to it
};

} // namespace Berth::Engine::Internal
