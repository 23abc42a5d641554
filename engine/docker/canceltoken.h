#pragma once

#include <atomic>
#include <mutex>
#include <vector>

namespace Berth::Engine::Docker {

/**
 * Cancels Transport calls from any thread. cancel() takes effect at once: it wakes every
 * call waiting on the daemon with this token, which then returns DockerError::Cancelled.
 * A token stays cancelled; use a new one for new calls.
 */
class CancelToken
{
public:
    CancelToken() = default;
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

private:
    friend class Transport;
    void attach(void *multiHandle);
    void detach(void *multiHandle);

    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::vector<void *> m_handles;
};

} // namespace Berth::Engine::Docker
